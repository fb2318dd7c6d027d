import { test } from 'node:test';
import { assertEvent, assertNoEvent, type LayerSpec } from './testing.js';

const spec: LayerSpec = { entities: [] };

test('operations «ضد» a party are attacks', () => {
  assertEvent('وتواصلت العمليات ضد المسلحين في أطراف الوادي.', spec, 'ASSAULT', 'العمليات');
  // Without a word of force or an adversary, an operation is no attack.
  assertNoEvent('وتواصلت العمليات في أطراف الوادي.', spec, 'ASSAULT', 'العمليات');
});

test('«سقط» with the dead after it tells a deadly attack', () => {
  assertEvent('انفجرت سيارة ملغومة قرب السوق وسقط فيه 12 قتيلا.', spec, 'ASSAULT', 'وسقط');
  assertNoEvent('وسقط الرجل عن السلم في منزله.', spec, 'ASSAULT', 'وسقط');
});

test('«سجن» with its object pronoun or a term of prison is a sentence', () => {
  assertEvent('واعتقلت الشرطة الشابين وسجنهما دون محاكمة.', spec, 'COERCE', 'وسجنهما');
  assertEvent('وقضت المحكمة بأن يسجن لمدة خمس سنوات.', spec, 'COERCE', 'يسجن');
});

test('operations of arrest «ضد» a party are no attack', () => {
  assertNoEvent('ونفذت الشرطة عمليات اعتقال ضد عشرات المطلوبين.', spec, 'ASSAULT', 'عمليات');
});
