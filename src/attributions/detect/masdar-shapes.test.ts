import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, entitiesBySurface, spanText } from '../testing.js';

/** Cue, source and the content's first words of each attribution in t. */
const views = (t: string, ents = entitiesBySurface(t, [])): string[] => attributionsOf(t, ents).map((a) => `${spanText(t, a.cue)} | ${spanText(t, a.source)} | ${spanText(t, a.content).split(' ').slice(0, 2).join(' ')}`);

test('after a closed subject, a verbal noun of the shape تفاعل is what was confirmed', () => {
  const t = 'أكد السفير الياباني تواصل دعم حكومته للمشروعات الصحية.';
  assert.deepEqual(views(t), ['أكد | السفير الياباني | تواصل دعم']);
});

test('after a closed subject, verbal nouns of the shapes فعول and فعال (weak root) are what was forecast, not a glued preposition or a participle', () => {
  const t = 'توقع المركز الوطني للأرصاد هطول أمطار غزيرة على المرتفعات.';
  assert.deepEqual(views(t), ['توقع | المركز الوطني للأرصاد | هطول أمطار']);
  const u = 'توقع المدرب الإسباني خوان لوبيز بقاء حارسه الأساسي حتى نهاية الموسم.';
  const ue = entitiesBySurface(u, [{ id: 'l', type: 'PER', name: 'خوان لوبيز', forms: ['خوان لوبيز'] }]);
  assert.deepEqual(views(u, ue), ['توقع | خوان لوبيز | بقاء حارسه']);
  // Not a preposition glued to a noun of the shape (بسوق), nor a participle in م (ممول).
  const v = 'وأوضح الخبير المتخصص في الشؤون المتعلقة بسوق العقار والتمويل، أن الأسعار ستنخفض.';
  assert.deepEqual(attributionsOf(v).map((a) => spanText(v, a.content)), ['الأسعار ستنخفض']);
  const w = 'وأوضح رجل الأعمال ممول الكرسي البحثي في الجامعة أن اختياره للمجال لم يكن عشوائيا.';
  assert.deepEqual(attributionsOf(w).map((a) => spanText(w, a.content).split(' ')[0]), ['اختياره']);
  // Nor an imperfect verb (تكون، تواجهه) or an adverb of cause (جراء).
  const x = 'إذ تتوقع انخفاض العائدات عشرة في المائة جراء هبوط الأسعار.';
  assert.deepEqual(attributionsOf(x).map((a) => spanText(x, a.content).split(' ')[0]), []);
  const y = 'فالاتحاد أكد عجزه في التصدي للقضايا التي تواجهه.';
  assert.deepEqual(attributionsOf(y).map((a) => spanText(y, a.content)), []);
});

test('past a frame phrase, a verbal noun of the shape مفاعلة with the speaker\'s pronoun is the object', () => {
  const t = 'وأكدت الهيئة الملكية في اليوم نفسه مساندتها الكاملة للمشروع.';
  assert.deepEqual(views(t), ['وأكدت | الهيئة الملكية | مساندتها الكاملة']);
});
