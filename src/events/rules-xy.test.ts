import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertEvent, assertNoEvent, describeEvents as show, eventOn, eventsIn, typedTriggers, type LayerSpec } from './testing.js';

const spec: LayerSpec = {
  entities: [
    { id: 'e1', type: 'ORG', name: 'جبهة النصرة' },
    { id: 'e2', type: 'GPE', name: 'تركيا' },
    { id: 'e3', type: 'PER', name: 'خالد المنصوري' },
    { id: 'e4', type: 'ORG', name: 'الجيش الوطني' },
    { id: 'e5', type: 'GPE', name: 'عدن' },
  ],
};

function roleOf(text: string, trigger: string, type: string, role: 'actor' | 'recipient', ids: string[], layers: LayerSpec = spec) {
  const events = eventsIn(text, layers);
  const e = eventOn(events, text, type, trigger);
  assert.ok(e, `${text} → ${typedTriggers(text, events).join('; ')}`);
  assert.deepEqual([...e[role]].sort(), ids, `${text} → ${show(text, events)}`);
}

test('recruiting for a group (تجنيد عناصر لحساب تنظيم، يجند مقاتلين له) is aid to the group', () => {
  assertEvent('واعتقلت الشرطة رجلا يشتبه بتجنيده عناصر لحساب جبهة النصرة.', spec, 'AID', 'بتجنيده');
  assertEvent('وكان خالد المنصوري يجند الشباب لجبهة النصرة.', spec, 'AID', 'يجند');
  roleOf('وكان خالد المنصوري يجند الشباب لجبهة النصرة.', 'يجند', 'AID', 'recipient', ['e1']);
  assertNoEvent('واعتقلت الشرطة رجلا يشتبه بتجنيده عناصر لحساب جبهة النصرة.', spec, 'MOBILIZE');
  // Guard: compulsory service (التجنيد الإجباري) is no act.
  assertNoEvent('ويفر كثير من الشبان من التجنيد الإجباري في تركيا.', spec, 'AID');
});
