import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews, entitiesBySurface } from '../testing.js';

/** يشكو X من …: a complaint with its nominal complement; a symptom is none (complaint-cue.ts). */
const cuesOf = (t: string): string[] => attributionViews(t).map((x) => x.cue);

test('يشكو سكان الحي من انقطاع المياه: a complaint with its complement is a report', () => {
  const t = 'يشكو سكان حي النسيم في الرياض من انقطاع المياه منذ أسبوع، مطالبين الشركة بسرعة التدخل.';
  assert.deepEqual(cuesOf(t), ['يشكو', 'مطالبين']);
});

test('أهالي القرية يشكون من تكرار انقطاع الكهرباء: the subject before the verb', () => {
  const t = 'أهالي قرية الشعف يشكون من تكرار انقطاع التيار الكهربائي خلال فصل الصيف.';
  const v = attributionViews(t).find((x) => x.cue === 'يشكون');
  assert.equal(v?.source, 'أهالي قرية الشعف');
});

test('واشتكى مزارعون من ارتفاع أسعار الأعلاف: اشتكى من too', () => {
  const t = 'واشتكى مزارعون في منطقة القصيم من ارتفاع أسعار الأعلاف خلال الأشهر الماضية.';
  assert.deepEqual(cuesOf(t), ['واشتكى']);
});

test('تشتكي من آلام، يشكو من ارتفاع في درجة الحرارة: a symptom is no report', () => {
  assert.deepEqual(cuesOf('ووصلت المريضة إلى المستشفى وهي تشتكي من آلام حادة في البطن.'), []);
  assert.deepEqual(cuesOf('وكان الطفل يشكو من ارتفاع في درجة الحرارة قبل نقله إلى الطوارئ.'), []);
});

test('سمع من العمال أنهم يشتكون من …: a plural complaint is not given to the one person named before', () => {
  const t = 'وزار المهندس خالد العتيبي الموقع، وسمع من العمال هناك أنهم يشتكون من تأخر الرواتب.';
  const ents = entitiesBySurface(t, [{ id: 'p1', type: 'PER', name: 'خالد العتيبي', forms: ['المهندس خالد العتيبي'] }]);
  assert.ok(!attributionViews(t, ents).some((x) => x.cue === 'يشتكون' && x.source.includes('العتيبي')));
});

test('يشكو من خلاله …: «through it» is no complaint content', () => {
  const t = 'وتقدم النادي البرتغالي بشكوى رسمية إلى الفيفا يشكو من خلاله النادي السعودي بسبب تأخر المستحقات.';
  assert.ok(!cuesOf(t).includes('يشكو'));
});
