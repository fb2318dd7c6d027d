import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, spanText } from '../testing.js';

/** Each attribution as «cue | source | cue of the one it came through». */
function chains(t: string): string[] {
  const all = attributionsOf(t);
  return all.map((a) => {
    const via = all.find((b) => b.id === a.via);
    return `${spanText(t, a.cue)} | ${spanText(t, a.source)} | ${via ? spanText(t, via.cue) : '-'}`;
  });
}

test('، نقلا عن X، after an outlet\'s verb: the outlet\'s attribution, X\'s through it, as without the commas', () => {
  const t = 'وذكرت صحيفة "نيويورك تايمز"، نقلا عن مسؤولين أمريكيين لم تسمهم، أن واشنطن تدرس فرض عقوبات جديدة على طهران.';
  const c = chains(t);
  assert.ok(c.some((x) => x.startsWith('وذكرت | ') && x.includes('نيويورك تايمز') && x.endsWith('| -')), c.join('\n'));
  assert.ok(c.some((x) => x.startsWith('نقلا عن | مسؤولين أمريكيين') && x.endsWith('| وذكرت')), c.join('\n'));
  assert.equal(c.length, 2);
});

test('، نقلا عن X، بأن: the same after أفاد with its own preposition', () => {
  const t = 'وأفادت قناة الجزيرة، نقلا عن مصدر عسكري، بأن القوات انسحبت من المدينة.';
  assert.deepEqual(chains(t), ['وأفادت | قناة الجزيرة | -', 'نقلا عن | مصدر عسكري | وأفادت']);
});

test('، بحسب X، after أفاد: بحسب is a cue of its own, not the verb\'s ب', () => {
  const t = 'وأفادت قناة الجزيرة، بحسب مصدر عسكري، بأن القوات انسحبت من المدينة.';
  assert.deepEqual(chains(t), ['وأفادت | قناة الجزيرة | -', 'بحسب | مصدر عسكري | وأفادت']);
  const plain = attributionsOf(t).find((a) => spanText(t, a.cue) === 'وأفادت');
  assert.equal(plain && spanText(t, plain.content), 'القوات انسحبت من المدينة');
});

test('قال X، وفقا لـY، إن: X\'s words reached the reader through Y, as with بحسب', () => {
  const t = 'وقال الوزير، وفقا لوكالة الأنباء الرسمية، إن المحادثات مثمرة.';
  const c = chains(t);
  assert.ok(c.some((x) => x.startsWith('وقال | الوزير | وفقا')), c.join('\n'));
});

test('…، نقلا عن X. with no verb before: a prepositional cue over the clause before', () => {
  const t = 'وانسحبت القوات من المدينة، نقلا عن مصدر عسكري.';
  const all = attributionsOf(t);
  assert.equal(all.length, 1);
  assert.equal(spanText(t, all[0]?.cue ?? { start: 0, end: 0 }), 'نقلا عن');
  assert.equal(spanText(t, all[0]?.content ?? { start: 0, end: 0 }), 'وانسحبت القوات من المدينة');
});

test('بحسب X، نقلاً عن Y: Y through X, both over the clause before', () => {
  const t = 'شهدت عدن سلسلة انفجارات خلال الفترة الماضية، بحسب تقارير إعلامية، نقلاً عن مسؤولين في مستشفيات المدينة.';
  const all = attributionsOf(t);
  const c = chains(t);
  assert.ok(c.some((x) => x.startsWith('نقلاً عن | مسؤولين') && x.endsWith('| بحسب')), c.join('\n'));
  assert.ok(all.every((a) => spanText(t, a.content) === 'شهدت عدن سلسلة انفجارات خلال الفترة الماضية'));
});

test('نقلا عن X أنه …: the clause after أن is what X said, whoever X is', () => {
  const t = 'وانتهى البحث مساء أمس. نقلا عن غواصين أصدقاء للضحية أنه كان يمارس رياضة الغوص.';
  const all = attributionsOf(t);
  assert.equal(all.length, 1);
  assert.equal(spanText(t, all[0]?.cue ?? { start: 0, end: 0 }), 'نقلا عن');
  assert.equal(spanText(t, all[0]?.source ?? {}), 'غواصين أصدقاء للضحية');
  assert.equal(spanText(t, all[0]?.content ?? { start: 0, end: 0 }), 'كان يمارس رياضة الغوص');
});
