import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeEvents as show, eventOn, eventsIn, type LayerSpec } from '../testing.js';

const spec: LayerSpec = {
  entities: [
    { id: 'e1', type: 'PER', name: 'نبيه بري' },
    { id: 'e2', type: 'PER', name: 'تمام سلام' },
    { id: 'e3', type: 'ORG', name: 'حزب الكتائب' },
  ],
};
const reported: LayerSpec = { ...spec, attributions: [{ id: 'a1', cue: 'قال', source: 'نبيه بري', sourceEntity: 'e1', content: '300' }] };

test('a count of people before a plural verb with no object after أن is no act of the reporter', () => {
  const t = 'قال نبيه بري إن 300 شخص بينهم أطفال اعتقلوا خلال المداهمات الأخيرة.';
  const events = eventsIn(t, reported);
  const e = eventOn(events, t, 'COERCE', 'اعتقلوا');
  assert.ok(e, show(t, events));
  assert.deepEqual(e.actor, [], show(t, events));
});

test('a crowd right after an intransitive verb is its subject: not the doer of the verb before', () => {
  const t = 'وانتقد تمام سلام أداء الحكومة وخرج الآلاف مساء أمس إلى ساحة الشهداء.';
  const events = eventsIn(t, spec);
  const e = eventOn(events, t, 'PROTEST', 'وخرج');
  assert.ok(e, show(t, events));
  assert.deepEqual(e.actor, [], show(t, events));
});

test('a crowd that names its party still stands for it', () => {
  const t = 'وخرج الآلاف من أنصار حزب الكتائب إلى ساحة الشهداء.';
  const events = eventsIn(t, spec);
  const e = eventOn(events, t, 'PROTEST', 'وخرج');
  assert.ok(e, show(t, events));
  assert.deepEqual(e.actor, ['e3'], show(t, events));
});
