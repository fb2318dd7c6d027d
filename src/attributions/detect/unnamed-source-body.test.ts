import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews, entitiesBySurface } from '../testing.js';

/** An unnamed source with the body or place he belongs to (unnamed-source-body.ts). */

const view = (t: string, orgs: string[] = []): string[] =>
  attributionViews(t, entitiesBySurface(t, orgs.map((name, k) => ({ id: `o${k}`, type: 'ORG' as const, name, forms: [name] }))))
    .map((x) => `${x.cue} | ${x.source}`);

test('قال مسؤول في الأمم المتحدة، طلب عدم الكشف عن اسمه، إن …: the official with his body', () => {
  const t = 'وقال مسؤول في الأمم المتحدة، طلب عدم الكشف عن اسمه، إن المساعدات لم تصل إلى المدينة منذ أسبوعين.';
  assert.deepEqual(view(t, ['الأمم المتحدة']), ['وقال | مسؤول في الأمم المتحدة']);
});

test('مصدر أمني في وزارة الداخلية الكويتية، مسؤول في الحكومة الأفغانية، مصادر محلية في تعز', () => {
  assert.deepEqual(view('وقال مصدر أمني في وزارة الداخلية الكويتية إن المتهم أحيل إلى النيابة العامة.', ['وزارة الداخلية الكويتية']),
    ['وقال | مصدر أمني في وزارة الداخلية الكويتية']);
  assert.deepEqual(view('وقال مسؤول في الحكومة الأفغانية إن مسلحين هاجموا نقطة تفتيش.'), ['وقال | مسؤول في الحكومة الأفغانية']);
  assert.deepEqual(view('وأكدت مصادر محلية في تعز أن الاشتباكات تجددت صباح اليوم.', ['تعز']), ['وأكدت | مصادر محلية في تعز']);
});

test('قال مسؤول في مؤتمر صحفي، قال مصدر في تصريح: the occasion and the medium stay out', () => {
  assert.deepEqual(view('وقال مسؤول في مؤتمر صحفي إن الانتخابات ستجرى في موعدها.'), ['وقال | مسؤول']);
  assert.deepEqual(view('وقال مصدر في تصريح للصحفيين إن الاتفاق بات وشيكا.'), ['وقال | مصدر']);
});

test('مسؤول في إدارة الرئيس X: another person inside the body leaves the source unnamed; محافظة «لحج» passes whole', () => {
  const t = 'وقال مسؤول كبير في إدارة الرئيس باراك أوباما إن الهدف إقامة منطقة آمنة.';
  const a = attributionViews(t, entitiesBySurface(t, [{ id: 'p1', type: 'PER', name: 'باراك أوباما', forms: ['باراك أوباما'] }]));
  assert.deepEqual(a.map((x) => `${x.cue} | ${x.source}`), ['وقال | مسؤول كبير']);
  assert.deepEqual(view('وأفادت مصادر محلية في محافظة «لحج»، أن عشرات المواطنين سقطوا بين قتيل وجريح.'),
    ['وأفادت | مصادر محلية في محافظة «لحج»']);
});
