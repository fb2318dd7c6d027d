import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildNameLM, nameBin, nameScore, nameStem, parseNameLM, serialiseNameLM } from './name-lm.js';

const NAMES = ['فينغر', 'شميت', 'ناكامورا', 'بنزيمة', 'فيرون', 'تويوتا', 'رونالدو', 'موراتينوس', 'شرودر', 'ميركل'];
const WORDS = ['حكومه', 'عاصمه', 'مباراه', 'مطمئنه', 'وزاره', 'مجلس', 'قرار', 'اجتماع', 'مستشفى', 'مدرسه'];

test('letters of transliterated names score above ordinary words', () => {
  const lm = buildNameLM(NAMES, WORDS);
  assert.ok(nameScore(lm, 'فيغو') > nameScore(lm, 'حكومات'));
  assert.ok(nameScore(lm, 'شرينغر') > 0);
  assert.ok(nameScore(lm, 'مجالس') < 0);
  const b = nameBin(lm, 'مجالس');
  assert.ok(Number.isInteger(b) && b >= -4 && b <= 4);
});

test('the model file round-trips and rejects what is not one', () => {
  const lm = buildNameLM(NAMES, WORDS);
  const back = parseNameLM(serialiseNameLM(lm));
  assert.deepEqual(back.totals, lm.totals);
  assert.equal(back.counts.size, lm.counts.size);
  for (const w of ['فينغر', 'حكومه', 'لاتوجد']) assert.equal(nameScore(back, w), nameScore(lm, w));
  assert.throws(() => parseNameLM('word\t1\t2\n'), /#order/);
});

test('stems are scored without clitics, and only letters', () => {
  assert.equal(nameStem('والحكومة'), 'حكومه');
  assert.equal(nameStem('2006'), undefined);
  assert.equal(nameStem('من'), undefined);
});
