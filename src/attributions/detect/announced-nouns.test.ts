import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, entitiesBySurface, spanText } from '../testing.js';

const views = (t: string, ents = entitiesBySurface(t, [])): { cue: string; source: string; content: string }[] =>
  attributionsOf(t, ents).map((a) => ({ cue: spanText(t, a.cue), source: spanText(t, a.source), content: spanText(t, a.content) }));

test('a listed verbal noun spelled like a verb, after a whole subject, is what was announced', () => {
  const t = 'أعلنت الهيئة العامة للطيران نقل رحلات الشركة إلى المطار الجديد.';
  const v = views(t).filter((x) => x.cue === 'أعلنت');
  assert.equal(v.length, 1);
  assert.equal(v[0]?.source, 'الهيئة العامة للطيران');
  assert.match(v[0]?.content ?? '', /^نقل رحلات الشركة/);
  // … past a comma too.
  const u = 'وأكد مدير فرع الجمعية بالمحافظة، عقد ورشة ثانية للمتطوعين الشهر المقبل.';
  assert.match(views(u).find((x) => x.cue === 'وأكد')?.content ?? '', /^عقد ورشة ثانية/);
});

test('a verbal noun missing from the shapes is the object past a time word', () => {
  const t = 'أعلن المصرف المركزي الأردني الخميس خفض أسعار الفائدة على القروض.';
  const v = views(t).filter((x) => x.cue === 'أعلن');
  assert.equal(v.length, 1);
  assert.match(v[0]?.content ?? '', /^خفض أسعار الفائدة/);
});

test('a listed verbal noun after a title and its body is no first name', () => {
  const t = 'أعلن رئيس رابطة الأندية المحترفة دعم الإيطالي ماركو روسي لرئاسة اللجنة.';
  const ents = entitiesBySurface(t, [{ id: 'r', type: 'PER', name: 'ماركو روسي', forms: ['ماركو روسي'] }]);
  const v = views(t, ents).filter((x) => x.cue === 'أعلن');
  assert.equal(v.length, 1);
  assert.equal(v[0]?.source, 'رئيس رابطة الأندية المحترفة');
  assert.match(v[0]?.content ?? '', /^دعم الإيطالي/);
});

test('a noun that stands for what is revealed, or a definite verbal noun with its preposition, is the object', () => {
  const t = 'كشف مهندس بالطاقة الشمسية طريقة تنظيف الألواح دون ماء.';
  const v = views(t).filter((x) => x.cue === 'كشف');
  assert.equal(v.length, 1);
  assert.equal(v[0]?.source, 'مهندس بالطاقة الشمسية');
  assert.match(v[0]?.content ?? '', /^طريقة تنظيف/);
  const u = 'أعلنت لجنة المسابقات بالاتحاد الآسيوي السماح للأندية بتسجيل لاعب إضافي.';
  assert.match(views(u).find((x) => x.cue === 'أعلنت')?.content ?? '', /^السماح للأندية/);
});

test('a listed verbal noun before a preposition or after an indefinite word is no object of the subject', () => {
  // عقد here is the verb of a new clause: a preposition follows it.
  const t = 'وصل وفد الوزارة، عقد في المساء لقاء مع الأهالي.';
  assert.equal(views(t).filter((x) => x.cue === 'وصل').length, 0);
  // لجنة الاحتراف: a verbal noun right after an indefinite head is its genitive, inside the subject.
  const u = 'أعلنت لجنة الاحتراف أن التسجيل يفتح غدا.';
  assert.equal(views(u).find((x) => x.cue === 'أعلنت')?.source, 'لجنة الاحتراف');
});
