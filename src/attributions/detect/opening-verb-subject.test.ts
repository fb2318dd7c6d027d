import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, spanText } from '../testing.js';

/** A participle with no speaker in its sentence: the subject of the verb that opens it (opening-verb-subject.ts). */
const sourceOf = (t: string, cue: string): { source: string; kind: string }[] =>
  attributionsOf(t).filter((a) => spanText(t, a.cue) === cue).map((a) => ({ source: spanText(t, a.source), kind: a.source.kind }));

test('وضعت الجماهير … أمام الرئيس الجديد خالد العمري، مطالبة: the crowd that opens the sentence, not the man named later', () => {
  const t = 'وضعت الجماهير الغاضبة جملة من المطالب أمام الرئيس الجديد للنادي خالد العمري، مطالبة إياه بدعم الفريق.';
  assert.deepEqual(sourceOf(t, 'مطالبة'), [{ source: 'الجماهير الغاضبة', kind: 'anonymous' }]);
});

test('من جانبه عبر السفير … عن تهانيه، مؤكدا: the fronted «on his part» without a comma, then the verb and its subject', () => {
  const t = 'هنأ الأمين العام الشعب بافتتاح الميناء. من جانبه عبر السفير أحمد الزين عن تهانيه للشعب، مؤكدا أن المشروع ناجح.';
  assert.deepEqual(sourceOf(t, 'مؤكدا'), [{ source: 'السفير أحمد الزين', kind: 'named' }]);
});

test('وسجل فريق بحث أمريكي ارتفاع …، مشيرين: an unnamed team, anonymous, without the object after its adjective', () => {
  const t = 'وسجل فريق بحث أمريكي ارتفاع الهرمونات في الدم، مشيرين إلى أن ذلك خطير.';
  assert.deepEqual(sourceOf(t, 'مشيرين'), [{ source: 'فريق بحث أمريكي', kind: 'anonymous' }]);
});

test('تخلل الحفل …: an occasion that opens the sentence is no speaker of the participle', () => {
  const t = 'أقامت الشركة حفلا لموظفيها. تخلل الحفل تبادل التهاني، داعيا الجميع إلى العمل بجد.';
  assert.ok(!sourceOf(t, 'داعيا').some((s) => s.source === 'الحفل'));
});

test('سخرت الصحافة المحلية من …، مشيرة: the press that opens the sentence, unnamed, not a club named after the verb', () => {
  const t = 'سخرت الصحافة المحلية من أداء نادي الوحدة في المباراة الأخيرة، مشيرة إلى ضعف خط الدفاع.';
  assert.deepEqual(sourceOf(t, 'مشيرة'), [{ source: 'الصحافة المحلية', kind: 'anonymous' }]);
});

test('هاجمت صحيفة الرياض …، معتبرة: an outlet that opens the sentence speaks in the participle', () => {
  const t = 'هاجمت صحيفة الرياض قرار اللجنة الأخير، معتبرة أنه يضر بالمنافسة.';
  assert.match(sourceOf(t, 'معتبرة')[0]?.source ?? '', /^صحيفة الرياض/);
});
