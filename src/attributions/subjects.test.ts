import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, attributionViews, spanText as cut } from './testing.js';

const views = (t: string) => attributionViews(t);
const contents = (t: string) => attributionsOf(t).map((a) => cut(t, a.content));

test('a noun of what is said or shown before an imperfect verb is its subject (أصواتا تدعو، تقارير تؤكد)', () => {
  const t = 'بدأنا نسمع أصواتا غربية كثيرة تدعو إلى إصلاح النظام المالي.';
  assert.deepEqual(views(t), [{ cue: 'تدعو', source: 'أصواتا غربية كثيرة', stance: 'assert' }]);
  assert.deepEqual(contents(t), ['إلى إصلاح النظام المالي']);
  const u = 'بقي السجين في زنزانته رغم تقارير طبية تؤكد تدهور صحته.';
  assert.deepEqual(views(u), [{ cue: 'تؤكد', source: 'تقارير طبية', stance: 'assert' }]);
  assert.deepEqual(contents(u), ['تدهور صحته']);
  // فيديو starts with ف but is no conjunction; the verb agrees with it in the masculine.
  const v = 'نشر الشاب فيديو على مواقع التواصل يدعو الى مقاطعة الانتخابات.';
  assert.deepEqual(views(v), [{ cue: 'يدعو', source: 'فيديو على مواقع التواصل', stance: 'assert' }]);
  const w = 'بدأ الناشطون جمع تواقيع من السكان تدعو لإغلاق المصنع.';
  assert.deepEqual(views(w), [{ cue: 'تدعو', source: 'تواقيع من السكان', stance: 'assert' }]);
  // صور is feminine: a masculine verb after it has another subject, and reports nothing here.
  assert.deepEqual(views('نشر الموقع صور المباراة يؤكد تفوق الفريق.'), []);
});

test('a carrier noun with a relative clause is the subject of the verb in it (اللقطات التي تزعم، الشائعات التي تحدثت عن)', () => {
  const t = 'فندت الصحيفة اللقطات المنتشرة على الإنترنت، التي تزعم ظهور كائن غريب في السماء.';
  assert.deepEqual(views(t).filter((x) => x.cue === 'تزعم'), [{ cue: 'تزعم', source: 'اللقطات المنتشرة على الإنترنت', stance: 'allege' }]);
  assert.deepEqual(contents(t).at(-1), 'ظهور كائن غريب في السماء');
});

test('«talked about» reports only with a report or press noun as its subject', () => {
  const t = 'وتحدثت الصحف عن اتفاق وشيك بين الطرفين.';
  assert.deepEqual(views(t), [{ cue: 'وتحدثت', source: 'الصحف', stance: 'assert' }]);
  const u = 'نفى النادي الشائعات التي تحدثت عن رحيل المدرب.';
  assert.deepEqual(views(u).filter((x) => x.cue === 'تحدثت'), [{ cue: 'تحدثت', source: 'الشائعات', stance: 'assert' }]);
  // A person talking about a topic reports nothing.
  assert.deepEqual(views('وتحدث الوزير عن خطط الوزارة للعام المقبل.'), []);
  assert.deepEqual(views('تحدث المدرب عن اللاعبين الجدد.'), []);
});

test('an aside opened by a dash stays in the subject up to the colon (قال النائب -عن الكتلة فلان: …)', () => {
  const t = 'قال النائب الأردني -عن كتلة الإصلاح سالم العمري: إن الحكومة تأخرت في الرد.';
  assert.deepEqual(views(t), [{ cue: 'قال', source: 'النائب الأردني -عن كتلة الإصلاح سالم العمري', stance: 'assert' }]);
  assert.deepEqual(contents(t), ['الحكومة تأخرت في الرد']);
  // A dash aside with no colon, أن or closing dash after it leaves nothing said.
  assert.deepEqual(views('وقال الشاعر -رحمه الله في قصيدته الشهيرة.'), []);
});
