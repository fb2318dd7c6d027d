import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, spanText } from '../testing.js';

/** …، طالبا من X عدم …: the participle of asking with what is asked (request-participle.ts). */

const viewOf = (t: string, cue: string) => attributionsOf(t).map((a) => ({ cue: spanText(t, a.cue), source: spanText(t, a.source), content: spanText(t, a.content) }))
  .find((a) => a.cue === cue);

test('، طالبا من اللاعبين عدم التهاون: a request of the speaker', () => {
  const t = 'وقال المدير إن الفريق جاهز، طالبا من اللاعبين عدم التهاون في المباراة.';
  const a = viewOf(t, 'طالبا');
  assert.equal(a?.source, 'المدير');
  assert.ok(a?.content.startsWith('عدم التهاون'));
});

test('، طالبةً من الجهات المختصة سرعة التدخل: the noun phrase after من is the one asked', () => {
  const t = 'وقالت المعلمة إن المدرسة بلا كهرباء، طالبةً من الجهات المختصة سرعة التدخل.';
  assert.ok(viewOf(t, 'طالبةً')?.content.startsWith('سرعة التدخل'));
});

test('نجد طالبا من الشرق الأوسط يدرس …: the student is no request', () => {
  const t = 'ومن النادر أن نجد طالبا من الشرق الأوسط يدرس الآثار في الهند.';
  assert.equal(viewOf(t, 'طالبا'), undefined);
});

test('إلا أن الاتحاد رفض إرسالها، طالبا منه …: the subject of the clause it closes', () => {
  const t = 'وطلب النادي البطاقة، إلا أن الاتحاد المحلي رفض إرسالها، طالبا منه تصحيح الخطاب.';
  assert.equal(viewOf(t, 'طالبا')?.source, 'الاتحاد المحلي');
});
