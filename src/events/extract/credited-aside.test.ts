import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeEvents as show, eventOn, eventsIn, type LayerSpec } from '../testing.js';

const spec: LayerSpec = {
  entities: [
    { id: 'e1', type: 'ORG', name: 'القوات الفرنسية' },
    { id: 'e2', type: 'ORG', name: 'فرانس برس' },
    { id: 'e3', type: 'ORG', name: 'جماعة بوكو حرام' },
  ],
};

test('the outlet an account is credited to between commas is not the doer of the act after it', () => {
  const t = 'وصعدت القوات الفرنسية، الأحد بحسب وكالة فرانس برس، هجماتها على مواقع جماعة بوكو حرام.';
  const events = eventsIn(t, spec);
  const e = eventOn(events, t, 'ASSAULT', 'هجماتها');
  assert.ok(e, show(t, events));
  assert.ok(!e.actor.includes('e2'), show(t, events));
});

test('a support verb is still found past an aside of crediting (شنت X، وفق Y، غارات)', () => {
  const t = 'وشنت القوات الفرنسية، وفق فرانس برس، غارات على مواقع جماعة بوكو حرام.';
  const events = eventsIn(t, spec);
  const e = eventOn(events, t, 'ASSAULT', 'غارات');
  assert.ok(e, show(t, events));
  assert.deepEqual(e.actor, ['e1'], show(t, events));
});
