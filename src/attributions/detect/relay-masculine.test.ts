import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews } from '../testing.js';

const pairs = (t: string): string[][] => attributionViews(t).map((x) => [x.cue, x.source]);

test('a relay clause with a masculine publisher or issuer (نشرها، أصدرته، أصدره) names the one who published the report', () => {
  assert.deepEqual(pairs('وأوضحت الدراسة التي نشرها المركز الوطني للبحوث أن نسبة البطالة تراجعت.'),
    [['وأوضحت', 'الدراسة'], ['نشرها', 'المركز الوطني للبحوث']]);
  assert.deepEqual(pairs('وذكر البيان الذي أصدره المجلس البلدي أن الطريق سيفتح الشهر المقبل.'),
    [['وذكر', 'البيان'], ['أصدره', 'المجلس البلدي']]);
});

test('a statement the speaker issued himself, with no other publisher written, is no second report', () => {
  assert.deepEqual(pairs('وقالت الوزارة في بيان أصدرته أمس إن المدارس ستفتح غدا.'), [['وقالت', 'الوزارة']]);
});
