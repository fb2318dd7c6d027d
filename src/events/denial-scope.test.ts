import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeEvents, eventOn, eventsIn, type LayerSpec } from './testing.js';

const entities: LayerSpec['entities'] = [
  { id: 'e1', type: 'PER', name: 'حازم قاسم' },
  { id: 'e2', type: 'ORG', name: 'الحركة' },
  { id: 'e3', type: 'GPE', name: 'إسرائيل' },
];

const text = 'ونفى المتحدث حازم قاسم أن تكون الحركة قد أطلقت أي صواريخ، متهما إسرائيل بالبحث عن ذرائع.';

test('an accusation right after the content of a denial is not denied with it', () => {
  const spec: LayerSpec = {
    entities,
    attributions: [{ id: 'a1', cue: 'ونفى', sourceEntity: 'e1', content: 'تكون', contentEnd: 'صواريخ', stance: 'deny' }],
  };
  const events = eventsIn(text, spec);
  const denied = eventOn(events, text, 'ASSAULT', 'أطلقت');
  assert.ok(denied?.negated, describeEvents(text, events));
  const accusation = eventOn(events, text, 'ACCUSE', 'متهما');
  assert.ok(accusation, describeEvents(text, events));
  assert.ok(!accusation.negated, describeEvents(text, events));
});

test('without a denial the attribution layer found, a denial verb before أن still negates the act it denies', () => {
  const t = 'ونفى المتحدث حازم قاسم أن تكون الحركة قد أطلقت أي صواريخ.';
  const events = eventsIn(t, { entities });
  assert.ok(eventOn(events, t, 'ASSAULT', 'أطلقت')?.negated, describeEvents(t, events));
});
