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

test('a liberation or a training named by a common noun or a pronoun (تحرير المدينة، بعد تحريرها، تدريب المتطوعين) is an act without a named party', () => {
  assertEvent('وتمكنت القوات من تحرير المدينة بالكامل أمس.', spec, 'ASSAULT', 'تحرير');
  assertEvent('وعاد السكان إلى الحي بعد تحريرها من المسلحين.', spec, 'ASSAULT', 'تحريرها');
  assertEvent('وأعلن الجيش الوطني تحرير القوات الشرعية محافظة مأرب.', spec, 'ASSAULT', 'تحرير');
  assertEvent('ولم نحصل على شيء باستثناء تدريب المتطوعين في القاعدة.', spec, 'AID', 'تدريب');
  // Guard: an editor-in-chief (رئيس تحريرها), a liberation movement or square, a war of liberation are no attack.
  assertNoEvent('وكتب رئيس تحريرها مقالا عن تركيا.', spec, 'ASSAULT');
  assertNoEvent('وتظاهر المئات في ساحة التحرير وسط عدن.', spec, 'ASSAULT');
  assertNoEvent('ودعمت تركيا حرب تحرير عدن عام 1967.', spec, 'ASSAULT');
  // Guard: liberalising prices and training in general (التدريب المهني) stay no event.
  assertNoEvent('وناقش الوزراء تحرير أسعار الوقود.', spec, 'ASSAULT');
  assertNoEvent('ووقعت الجامعة اتفاقية للتدريب المهني.', spec, 'AID');
});

test('forces that enter a place (دخل مقاتلو المقاومة، نجاح القوات في الدخول إلى) take control of it: coercion', () => {
  assertEvent('ودخل مقاتلو المقاومة حي التواهي في عدن.', spec, 'COERCE', 'ودخل');
  assertEvent('وأكدت المصادر نجاح القوات الحكومية في الدخول إلى مدينة عدن.', spec, 'COERCE', 'الدخول');
  // Guard: an intervention (تدخل قوات الأمن), entry of aid, an entry prevented are no coercion.
  assertNoEvent('ونجا خالد المنصوري بفضل تدخل قوات الأمن.', spec, 'COERCE');
  assertNoEvent('وسمحت تركيا بدخول المساعدات إلى عدن.', spec, 'COERCE');
  assertNoEvent('وحفر المسلحون الخنادق لمنع دخول القوات إلى عدن.', spec, 'COERCE', 'دخول');
});
