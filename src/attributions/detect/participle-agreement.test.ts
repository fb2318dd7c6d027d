import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews } from '../testing.js';

const views = (t: string) => attributionViews(t, []).map((x) => `${x.cue} | ${x.source}`);

test('وأصدرت إدارة المستشفى تعميما …، مشيرا: a masculine participle does not go on with a body named by a feminine noun', () => {
  const t = 'وقال المدير العام للمستشفى خالد السالم إن العمل يسير كما خطط له. وأصدرت إدارة المستشفى تعميما على الموظفين بضرورة الالتزام بالدوام، مشيرا إلى أن المخالفين سيحاسبون.';
  const v = views(t).find((x) => x.startsWith('مشيرا'));
  assert.ok(v === undefined || !v.includes('إدارة المستشفى'), v);
});

test('وأجابت بثقة عالية على أسئلة المراسلين، قائلة: a phrase that opens with a preposition is nobody\'s name', () => {
  const t = 'واللافت أن اللاعبة سارة خالد تحلت بالهدوء وأجابت بثقة عالية على أسئلة المراسلين بلغة عربية فصيحة، قائلة: «أنا سعيدة جدا بهذا الفوز».';
  assert.deepEqual(views(t).filter((x) => /^قائلة \| (ب|على)/.test(x)), []);
});

test('بحسب ما ذكره الباحثون …، مؤكدين: a plural participle goes on with the plural speaker, not with the things in ات named between', () => {
  const t = 'بحسب ما ذكره الباحثون لـ"الصحيفة" أنه لا بد من مراجعة الطبيب ومخاطبة جهات الرعاية، بعد ظهور الأعراض الأولى، مؤكدين أن التأخر في العلاج خطير.';
  assert.ok(views(t).includes('مؤكدين | الباحثون لـ"الصحيفة"') || views(t).includes('مؤكدين | الباحثون'), views(t).join('\n'));
});

test('وأضاف كلما اقتربنا …، وأردف قائلا: a clause opened by كلما is no speaker; the last one who agrees goes on', () => {
  const t = 'وقال المتحدث باسم النادي سامر الخالدي إن التفاوض مستمر مع مدربين. وأضاف كلما اقتربنا من الاتفاق ظهرت عقبات جديدة في العقد، وأردف قائلا: نحن لسنا مستعجلين.';
  assert.ok(views(t).includes('قائلا | المتحدث باسم النادي سامر الخالدي'), views(t).join('\n'));
});

test('وبحسب موقع …، معللين: one outlet is no speaker of a plural participle', () => {
  const t = 'وبحسب موقع "الخبر" المحلي، اعتراف والد الطفل وعمه بالحادثة؛ معللين ذلك بأنها عادة قديمة في القرية.';
  assert.ok(!views(t).includes('معللين | موقع'), views(t).join('\n'));
});
