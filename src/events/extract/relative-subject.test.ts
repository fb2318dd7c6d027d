import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeEvents as show, eventOn, eventsIn, type LayerSpec } from '../testing.js';

const spec: LayerSpec = {
  entities: [
    { id: 'e1', type: 'ORG', name: 'القوات المشتركة', forms: ['القوات المشتركة'] },
    { id: 'e2', type: 'GPE', name: 'الإمارات', forms: ['الدولة'] },
    { id: 'e3', type: 'ORG', name: 'الجماعة المسلحة' },
  ],
};

test('the subject of a relative clause before a possessed attack noun is not its owner', () => {
  const t = 'وسعت القوات المشتركة التي تقودها الدولة هجماتها على مواقع الجماعة المسلحة في الجبال.';
  const events = eventsIn(t, spec);
  const e = eventOn(events, t, 'ASSAULT', 'هجماتها');
  assert.ok(e, show(t, events));
  assert.deepEqual(e.actor, ['e1'], show(t, events));
});

test('a possessed noun inside the relative clause belongs to its antecedent, not to the main subject', () => {
  const t = 'أشادت الدولة بالقوات المشتركة التي وسعت هجماتها على مواقع الجماعة المسلحة في الجبال.';
  const events = eventsIn(t, spec);
  const e = eventOn(events, t, 'ASSAULT', 'هجماتها');
  assert.ok(e, show(t, events));
  assert.deepEqual(e.actor, ['e1'], show(t, events));
});
