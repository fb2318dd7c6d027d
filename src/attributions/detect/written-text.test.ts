import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, spanText } from '../testing.js';

/** After «جاء في», a written text with a clause, a colon or a quotation after it speaks (written-text.ts). */

const cueOf = (t: string) => attributionsOf(t).find((x) => spanText(t, x.cue) === 'وجاء في' || spanText(t, x.cue) === 'جاء في');

test('وجاء في الدعوى التي رفعها المزارعون «…»: the lawsuit is the source', () => {
  const t = 'وجاء في الدعوى التي رفعها المزارعون «لم نتلق أي تعويض عن الأرض منذ عشر سنوات».';
  const a = cueOf(t);
  assert.ok(a);
  assert.ok(spanText(t, a.source).startsWith('الدعوى'));
  assert.ok(a.content && spanText(t, a.content).startsWith('لم نتلق'));
});

test('وجاء في وصية التاجر إن …: the will is the source', () => {
  const t = 'وجاء في وصية التاجر الراحل إن نصف ثروته يذهب إلى المستشفى.';
  const a = cueOf(t);
  assert.ok(a);
  assert.ok(spanText(t, a.source).startsWith('وصية'));
});

test('جاء في المعجم: «…»: the dictionary is the source', () => {
  const t = 'والكلمة قديمة، جاء في المعجم: «الرحلة هي السفر الطويل في طلب الرزق».';
  assert.ok(cueOf(t));
});

test('وجاء في المركز الثاني …: a rank is no text', () => {
  const t = 'وجاء في المركز الثاني الفريق الأزرق بعد أن خسر مباراته الأخيرة.';
  assert.equal(cueOf(t), undefined);
});
