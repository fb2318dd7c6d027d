import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeEvents as show, eventOn, eventsIn, type LayerSpec } from '../testing.js';

const spec: LayerSpec = {
  entities: [
    { id: 'e1', type: 'ORG', name: 'ميليشيا الشبيحة' },
    { id: 'e2', type: 'GPE', name: 'حمص' },
  ],
};

test('a masdar annexed to its doer takes its object with ل after a quantifier (ملاحقة X لجميع …)', () => {
  const t = 'ويعيش السكان في حمص في ظل ملاحقة ميليشيا الشبيحة لجميع الناشطين.';
  const events = eventsIn(t, spec);
  const e = eventOn(events, t, 'COERCE', 'ملاحقة');
  assert.ok(e, show(t, events));
  assert.deepEqual(e.actor, ['e1'], show(t, events));
  assert.deepEqual(e.recipient, [], show(t, events));
});
