import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, spanText } from '../testing.js';

/** Cue and the content's first words of each participle attribution in t. */
const participles = (t: string): string[] => attributionsOf(t).filter((a) => /^م/.test(spanText(t, a.cue)))
  .map((a) => `${spanText(t, a.cue)} | ${spanText(t, a.content).split(' ').slice(0, 2).join(' ')}`);

test('a verbal noun of a root in و after a participle of confirming is its object, not و + a word', () => {
  const t = 'وقال الوزير إن الخطة جاهزة، مؤكداً وجود فرق ميدانية في كل المحافظات.';
  assert.deepEqual(participles(t), ['مؤكداً | وجود فرق']);
  const u = 'وأدانت الرابطة الاعتداء، مؤكدة وقوفها الكامل مع الضحايا.';
  assert.deepEqual(participles(u), ['مؤكدة | وقوفها الكامل']);
});

test('after a participle of likelihood, a verbal noun is the outcome judged likely', () => {
  const t = 'وقالت مصادر في الدفاع المدني إن الحريق محدود، مرجحة انتهاء أعمال الإطفاء خلال ساعات.';
  assert.deepEqual(participles(t), ['مرجحة | انتهاء أعمال']);
  // A plain noun after it is no outcome (مرجحة الكفة).
  const u = 'وقالت المصادر إن الحريق محدود، مرجحة الكفة لصالح الفريق.';
  assert.deepEqual(participles(u), []);
});
