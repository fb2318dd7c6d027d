import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews } from '../testing.js';

test('وينفي المسؤولون الاتهامات ويجادلون بأن …: arguing with a clause is a report of its own', () => {
  const t = 'وينفي مسؤولو الاتحاد الأوروبي الاتهامات بازدواجية المعايير ويجادلون بأن اليونان تخلفت كثيرا عن ركب الإصلاح.';
  assert.deepEqual(attributionViews(t, []).map((x) => `${x.cue} | ${x.source} | ${x.stance}`),
    ['وينفي | مسؤولو الاتحاد الأوروبي | deny', 'ويجادلون | مسؤولو الاتحاد الأوروبي | assert']);
});

test('ويجادل المنتقدون بأن …: the subject after the verb', () => {
  const t = 'ويجادل المنتقدون بأن القانون الجديد سيضر بالاقتصاد.';
  assert.deepEqual(attributionViews(t, []).map((x) => `${x.cue} | ${x.source}`), ['ويجادل | المنتقدون']);
});
