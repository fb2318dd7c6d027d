import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, spanText } from '../testing.js';

/** After «جاء في» and the text that speaks, a quotation is its content (quoted-statement.ts). */

test('وجاء في البيان الذي نشرته الوزارة "…": the quotation is the content', () => {
  const t = 'وجاء في البيان الذي نشرته الوزارة "نعلن للمواطنين افتتاح الطريق الجديد بعد أسبوعين".';
  const a = attributionsOf(t).find((x) => spanText(t, x.cue) === 'وجاء في');
  assert.ok(a);
  assert.equal(spanText(t, a.source), 'البيان');
  assert.ok(a.content && spanText(t, a.content).startsWith('نعلن للمواطنين'));
});

test('"إن …" inside the quotation: the content starts after إن', () => {
  const t = 'وجاء في بيان المتحدث الرسمي "إن اللجنة ستعلن نتائجها قريبا".';
  const a = attributionsOf(t).find((x) => spanText(t, x.cue) === 'وجاء في');
  assert.ok(a?.content && spanText(t, a.content).startsWith('اللجنة ستعلن'));
});

test('وجاء في تقرير "الرياض" أن …: a short quoted name is no statement', () => {
  const t = 'وجاء في تقرير "الرياض" أن الفريق فاز.';
  const a = attributionsOf(t).find((x) => spanText(t, x.cue) === 'وجاء في');
  assert.ok(a?.content && spanText(t, a.content).startsWith('الفريق فاز'));
});
