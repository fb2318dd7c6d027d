import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf } from './testing.js';

const cut = (t: string, s: { start?: number; end?: number }) => t.slice(s.start ?? 0, s.end ?? 0);
const views = (t: string) => attributionsOf(t).map((a) => ({ cue: cut(t, a.cue), source: cut(t, a.source), stance: a.stance }));
const one = (t: string, cue: string, source: string, stance = 'assert') => assert.deepEqual(views(t), [{ cue, source, stance }], t);

test('verbs of insisting, hoping, fearing and agreeing report a clause (all persons and numbers)', () => {
  one('وأصر الوزير على أن الموعد نهائي.', 'وأصر', 'الوزير');
  one('وكان المسؤولون قد أصروا على أن الموعد نهائي.', 'أصروا', 'المسؤولون');
  one('ويأمل الخبراء أن تنخفض الأسعار.', 'ويأمل', 'الخبراء');
  one('وأملت الوزارة أن تنخفض الأسعار.', 'وأملت', 'الوزارة');
  one('وتخشى مصادر مطلعة من أن تنهار الهدنة.', 'وتخشى', 'مصادر مطلعة');
  one('لكن المحللين يخشون أن تنهار الهدنة.', 'يخشون', 'المحللين');
  one('وأجمع المشاركون على أن الحل سياسي.', 'وأجمع', 'المشاركون');
  one('وشكك الخبير في أن تلتزم الأطراف بالهدنة.', 'وشكك', 'الخبير');
  one('وتوصلت الدراسة إلى أن التدخين يضر بالقلب.', 'وتوصلت', 'الدراسة');
  one('واستنتج الباحثون أن التدخين يضر بالقلب.', 'واستنتج', 'الباحثون');
  one('ويتكهن المراقبون بأن الانتخابات ستؤجل.', 'ويتكهن', 'المراقبون');
});

test('these verbs say nothing without the frame that makes them a report', () => {
  // أصر على + a noun, أجمع = "all", شكك في صحة …: no clause.
  assert.deepEqual(views('وأصر اللاعب على البقاء في النادي.'), []);
  assert.deepEqual(views('وتجمع المحتجون أمام المبنى بعد أن أغلقت الطرق.'), []);
  // آمل أن: the writer's own hope (first person).
  assert.deepEqual(views('لذا آمل أن تتحسن الخدمة.'), []);
  // ويأمل الجميع: nobody in particular.
  assert.deepEqual(views('ويأمل الجميع ألا تطول الأزمة.'), []);
});

test('رد reports only with بأن or بالقول; ورد is "came", رد فعل a noun', () => {
  one('رد الوزير بأن الاتفاق قائم.', 'رد', 'الوزير');
  one('ثم ردت الوزارة بالقول إن الاتفاق قائم.', 'ردت', 'الوزارة');
  // وردت أنباء: "came"; ورد is left out of the forms of رد.
  assert.deepEqual(views('ورد في التقرير أن الاتفاق قائم.').map((v) => v.cue), []);
  assert.deepEqual(views('وردت قوات الأمن بكثافة على الهجوم.'), []);
  one('وقال الوزير في أول رد فعل على الهجوم إن الاتفاق قائم.', 'وقال', 'الوزير');
});

test('ينادي/تنادي with what is urged; نادي is a club', () => {
  one('وينادي المختصون إلى تقنين الاستهلاك.', 'وينادي', 'المختصون');
  assert.deepEqual(views('وقال نادي النصر إن المدرب وقع العقد.').map((v) => v.source), ['نادي النصر']);
});

test('explaining a cause: عزا/أرجع … إلى, also after a demonstrative object and as a participle', () => {
  one('وعزا الوزير الارتفاع إلى زيادة الطلب.', 'وعزا', 'الوزير الارتفاع');
  const t = 'وقال المدير إن الأرباح تراجعت، مرجعا ذلك إلى انخفاض الأسعار.';
  assert.deepEqual(views(t).map((v) => [v.cue, v.source]), [['وقال', 'المدير'], ['مرجعا', 'المدير']]);
  const u = 'وقال المدير إن الأرباح تراجعت. وعزا ذلك إلى انخفاض الأسعار.';
  assert.deepEqual(views(u).map((v) => [v.cue, v.source]), [['وقال', 'المدير'], ['وعزا', 'المدير']]);
  // يرجع = "goes back to": no report.
  assert.deepEqual(views('ويرجع تاريخ المبنى إلى القرن الماضي.'), []);
});

test('participles and duals that were missing', () => {
  const t = 'وقال الوزير إن الاتفاق سيوقع، مصرا على أن الموعد نهائي، ومطمئنا المواطنين بأن الأسعار لن ترتفع.';
  assert.deepEqual(views(t).map((v) => v.cue), ['وقال', 'مصرا', 'ومطمئنا']);
  one('وكان الوزيران قد أوصيا بضرورة وقف القتال.', 'أوصيا', 'الوزيران');
  one('وكان الوزيران قد حثا الطرفين على وقف القتال.', 'حثا', 'الوزيران');
  one('لكن المحللين يبينون أن الأسعار سترتفع.', 'يبينون', 'المحللين');
  // أقرأ (I read) is not the dual أقرّا; مذكرة is a memorandum.
  assert.deepEqual(views('وكنت أقرأ أن الأسعار سترتفع.'), []);
});

test('a question reported with عن/عما, and worry stated with a verbal noun after عبر', () => {
  one('وتساءل الكاتب عما إذا كان الاتفاق سيصمد.', 'وتساءل', 'الكاتب');
  one('وعبر الوزير عن قلقه من أن تنهار الهدنة.', 'وعبر', 'الوزير');
  // كرر دعوته: like جدد, the verbal noun of saying is the cue.
  assert.deepEqual(views('وكرر الوزير دعوته إلى وقف القتال.').map((v) => [v.cue, v.source]), [['دعوته', 'الوزير']]);
});

test('a relay after the subject is not part of it (ويأمل X بحسب الصحيفة أن)', () => {
  const t = 'ويأمل النادي بحسب الصحيفة أن يحسم الصفقة غدا.';
  const found = attributionsOf(t);
  assert.equal(cut(t, found[0]?.source ?? {}), 'النادي');
  assert.ok(found.some((a) => cut(t, a.source) === 'الصحيفة'));
  const u = 'وشدد السفير وفقا لما نقلته وكالة الأنباء على ضرورة وقف الحملات.';
  assert.deepEqual(views(u).map((v) => [v.cue, v.source]), [['وشدد', 'السفير'], ['وفقا', 'لما نقلته وكالة الأنباء']]);
});

test('a free relative with the pronoun of what was said: وهو ما نفاه X, وهذا ما أكده X', () => {
  const t = 'سيوقع الاتفاق الأسبوع المقبل، وهو ما نفاه المتحدث باسم الحكومة.';
  const found = attributionsOf(t);
  assert.deepEqual(views(t), [{ cue: 'نفاه', source: 'المتحدث باسم الحكومة', stance: 'deny' }]);
  assert.equal(cut(t, found[0]?.content ?? {}), 'سيوقع الاتفاق الأسبوع المقبل');
  const u = 'وقالت الصحيفة إن الاتفاق سيوقع. وهذا ما أكده الوزير في تصريح صحفي.';
  assert.deepEqual(views(u).map((v) => [v.cue, v.source]), [['وقالت', 'الصحيفة'], ['أكده', 'الوزير']]);
  // وهو ما يعني أن …: no speaker; بحسب ما ذكرته is the relay's own cue; ما تراه الهيئة is discretion.
  assert.deepEqual(views('ارتفعت الأسعار، وهو ما يعني أن التضخم سيزيد.'), []);
  assert.deepEqual(views('وقع الزلزال فجرا، بحسب ما ذكرته الوكالة.').map((v) => v.cue), ['بحسب ما ذكرته']);
  assert.deepEqual(views('وستتخذ الإجراءات، واتخاذ ما تراه الهيئة مناسبا.'), []);
});
