import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, attributionViews, entitiesBySurface, spanText as cut } from './testing.js';

const views = attributionViews;
const contents = (t: string, ents = entitiesBySurface(t, [])) => attributionsOf(t, ents).map((a) => cut(t, a.content));

test('an honorific with its pronoun (معاليه، سموه، فضيلته) is a masculine subject, not a feminine noun in ه', () => {
  const t = 'وأضاف معاليه: إن المشروعات تسير وفق الخطة.';
  assert.deepEqual(views(t), [{ cue: 'وأضاف', source: 'معاليه', stance: 'assert' }]);
  assert.deepEqual(contents(t), ['المشروعات تسير وفق الخطة']);
  const u = 'وأكد سموه أن الدولة ماضية في دعم الشباب.';
  assert.deepEqual(views(u), [{ cue: 'وأكد', source: 'سموه', stance: 'assert' }]);
  const v = 'وقال فضيلته إن الصيام عبادة عظيمة.';
  assert.deepEqual(views(v), [{ cue: 'وقال', source: 'فضيلته', stance: 'assert' }]);
});

test('a verbal noun right after the definite end of a frame phrase is the object (أكد مسؤول في الوزارة قيام …)', () => {
  const t = 'أكد مسؤول في وزارة الدفاع قيام الوزارة بتخصيص أوقاف للجنود.';
  // The body an unnamed official belongs to is part of the source (detect/unnamed-source-body.ts).
  assert.deepEqual(views(t), [{ cue: 'أكد', source: 'مسؤول في وزارة الدفاع', stance: 'assert' }]);
  assert.deepEqual(contents(t), ['قيام الوزارة بتخصيص أوقاف للجنود']);
  const u = 'أعلن الوزير في المؤتمر الصحفي تأجيل الانتخابات البلدية.';
  assert.deepEqual(views(u), [{ cue: 'أعلن', source: 'الوزير', stance: 'assert' }]);
  assert.deepEqual(contents(u), ['تأجيل الانتخابات البلدية']);
  // After an indefinite word the noun may still be part of the frame: no object read there.
  const v = 'أعلن الوزير في مؤتمر تسجيل الحضور.';
  assert.deepEqual(views(v), []);
});

test('a demonstrative right after the verb (صرح بذلك X، أكد ذلك X) is what was said; the speaker follows it', () => {
  const t = 'وصل المصابون إلى المستشفى. صرح بذلك مدير المستشفى، موضحا أن الحالات مستقرة.';
  assert.deepEqual(views(t), [
    { cue: 'صرح', source: 'مدير المستشفى', stance: 'assert' },
    { cue: 'موضحا', source: 'مدير المستشفى', stance: 'assert' },
  ]);
  assert.deepEqual(contents(t), ['بذلك', 'الحالات مستقرة']);
  const u = 'أغلقت الشرطة الطريق. أكد ذلك مسؤول أمني.';
  assert.deepEqual(views(u), [{ cue: 'أكد', source: 'مسؤول أمني', stance: 'assert' }]);
  assert.deepEqual(contents(u), ['ذلك']);
  // هذا before a definite noun is the subject's demonstrative (أوضح هذا المسؤول أن …).
  const v = 'وأوضح هذا المسؤول أن رجاله يتوجهون إلى المكان.';
  assert.deepEqual(views(v), [{ cue: 'وأوضح', source: 'هذا المسؤول', stance: 'assert' }]);
});

test('an imperfect verb after an indefinite subject describes it when the content follows a comma (قال خبير يتابع الملف، إن …)', () => {
  const t = 'قال خبير أميركي يتابع أموال إيران في الخارج، إن تجميدها بدأ قبل البرنامج النووي.';
  assert.deepEqual(views(t), [{ cue: 'قال', source: 'خبير أميركي يتابع أموال إيران في الخارج', stance: 'assert' }]);
  assert.deepEqual(contents(t), ['تجميدها بدأ قبل البرنامج النووي']);
  // With no comma before the content the verb after the subject keeps its own report.
  const u = 'وقال مسؤول يرى أن الوضع صعب.';
  assert.equal(views(u).some((a) => a.source.includes('يرى')), false);
});

test('a number and its counted noun after a frame phrase is the object (أوضحت الإحصائية من خلال فرق الرقابة 13 مخالفة)', () => {
  const t = 'كما أوضحت الإحصائية من خلال فرق الرقابة 13 مخالفة في العبوات.';
  assert.deepEqual(views(t), [{ cue: 'أوضحت', source: 'الإحصائية', stance: 'assert' }]);
  assert.deepEqual(contents(t), ['13 مخالفة في العبوات']);
  // A من-phrase ends with a definite word before a verbal noun too (أعلنت الوزارة من خلال المركز الإعلامي تأجيل …).
  const u = 'أعلنت الوزارة من خلال المركز الإعلامي تأجيل الاختبارات.';
  assert.deepEqual(contents(u), ['تأجيل الاختبارات']);
  // A date is no object (في الساعات الأولى 3 مايو).
  const v = 'أعلن الوزير في الأيام الأولى 3 مايو.';
  assert.deepEqual(views(v), []);
});

test('a verb with the resumptive pronoun of its object noun (أصدرت X بيانا كشفت من خلاله …) has the subject written before the object', () => {
  const t = 'أصدرت الوزارة بيانا أكدت فيه أن الوضع مستقر.';
  assert.deepEqual(views(t), [{ cue: 'أكدت', source: 'الوزارة', stance: 'assert' }]);
  assert.deepEqual(contents(t), ['الوضع مستقر']);
  const u = 'عقد الوزير مؤتمرا صحفيا أعلن خلاله تأجيل الانتخابات.';
  assert.deepEqual(views(u), [{ cue: 'أعلن', source: 'الوزير', stance: 'assert' }]);
  assert.deepEqual(contents(u), ['تأجيل الانتخابات']);
  const v = 'أصدرت إدارة النادي بيانا صحفيا عبر المركز الإعلامي كشفت من خلاله سير المفاوضات مع اللاعب.';
  assert.deepEqual(views(v).map((a) => a.cue), ['كشفت']);
  assert.ok(views(v)[0]?.source.startsWith('إدارة النادي'));
  assert.deepEqual(contents(v), ['سير المفاوضات مع اللاعب']);
});

test('a subjectless imperfect verb whose gender is not the last speaker\'s has another subject (… لافتات في الأماكن العامة تشير إلى …)', () => {
  const t = 'وأوضح رئيس البلدية أنه تم وضع لافتات في الأماكن العامة تشير إلى مواقع المراكز.';
  assert.deepEqual(views(t).map((a) => a.cue), ['وأوضح']);
  const u = 'وذكرت الأم أن البنك يلاحق زوجها، وصاحب المنزل يطالب بالإيجارات المتأخرة.';
  const v = views(u).find((a) => a.cue === 'يطالب');
  assert.equal(v?.source, 'وصاحب المنزل'.slice(1));
});
