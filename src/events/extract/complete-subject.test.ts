import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeEvents as show, eventOn, eventsIn, type LayerSpec } from '../testing.js';

const spec: LayerSpec = {
  entities: [
    { id: 'e1', type: 'ORG', name: 'السفارة النرويجية' },
    { id: 'e2', type: 'ORG', name: 'مقر البلدية' },
  ],
};

test('a dual subject after the verb is complete: the name after it is the object', () => {
  const t = 'هاجمت امرأتان مسلحتان السفارة النرويجية في العاصمة.';
  const events = eventsIn(t, spec);
  const e = eventOn(events, t, 'ASSAULT', 'هاجمت');
  assert.ok(e, show(t, events));
  assert.deepEqual(e.actor, [], show(t, events));
  assert.deepEqual(e.recipient, ['e1'], show(t, events));
});

test('a time word closes an indefinite subject: the name after it is the object', () => {
  const t = 'واقتحم شبان ملثمون أمس مقر البلدية وأضرموا فيه النار.';
  const events = eventsIn(t, spec);
  const e = eventOn(events, t, 'ASSAULT', 'واقتحم');
  assert.ok(e, show(t, events));
  assert.deepEqual(e.actor, [], show(t, events));
  assert.deepEqual(e.recipient, ['e2'], show(t, events));
});
