import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normaliseString } from '../text/normalise/normalise.js';
import { parseDigits, parseNumberWords, parseOrdinal } from './number-words.js';

const words = (s: string): string[] => normaliseString(s).split(/\s+/);

const CARDINALS: [string, number | null, number?][] = [
  ['ثلاثة', 3],
  ['ثلاث', 3],
  ['أربعة', 4],
  ['ثماني', 8],
  ['ثمانى', 8],
  ['عشرة', 10],
  ['أحد عشر', 11],
  ['إحدى عشرة', 11],
  ['اثنا عشر', 12],
  ['اثني عشر', 12],
  ['ثلاثة عشر', 13],
  ['تسع عشرة', 19],
  ['عشرون', 20],
  ['عشرين', 20],
  ['خمسة وعشرون', 25],
  ['واحد وعشرين', 21],
  ['تسعة وتسعون', 99],
  ['مئة', 100],
  ['مائة', 100],
  ['مئتان', 200],
  ['مائتين', 200],
  ['ثلاثمئة', 300],
  ['ثلاثمائة', 300],
  ['ثلاث مئة', 300],
  ['خمسمائة', 500],
  ['مئة وخمسة وعشرون', 125],
  ['ألف', 1000],
  ['ألفين', 2000],
  ['ألفان', 2000],
  ['ثلاثة آلاف', 3000],
  ['عشرة آلاف', 10000],
  ['عشرين ألفا', 20000],
  ['مئة ألف', 100000],
  ['مئتي ألف', 200000],
  ['ثلاثمئة وخمسون ألفا', 350000],
  ['ألف وخمسمئة', 1500],
  ['مليون', 1000000],
  ['مليونين', 2000000],
  ['مليوني', 2000000],
  ['ثلاثة ملايين', 3000000],
  ['خمسة ملايين وخمسمائة ألف', 5500000],
  ['مليون ونصف', 1500000],
  ['مليونا ونصف المليون', 1500000],
  ['مليار', 1000000000],
  ['ملياري', 2000000000],
  ['سبعة مليارات', 7000000000],
  ['تريليون', 1000000000000],
  ['وخمسة', 5],
  ['بثلاثة', 3],
  ['ستة', 6],
];

for (const [phrase, value, length] of CARDINALS) {
  test(`number words: ${phrase} = ${value}`, () => {
    const w = words(phrase);
    const m = parseNumberWords(w, 0);
    assert.ok(m, `no number in ${phrase}`);
    assert.equal(m.value, value);
    assert.equal(m.length, length ?? w.length);
  });
}

const VAGUE = ['عشرات', 'مئات', 'آلاف', 'ملايين', 'بالمليارات', 'بضعة', 'عشرات الآلاف', 'مئات الملايين', 'بمئات'];
for (const phrase of VAGUE) {
  test(`number words: ${phrase} is vague`, () => {
    const m = parseNumberWords(words(phrase), 0);
    assert.ok(m);
    assert.equal(m.value, null);
    assert.equal(m.vague, true);
    assert.equal(m.length, words(phrase).length);
  });
}

test('number words: two numbers joined by و are not summed (ثلاثة وأربعة)', () => {
  const m = parseNumberWords(words('ثلاثة وأربعة'), 0);
  assert.equal(m?.value, 3);
  assert.equal(m?.length, 1);
});

test('number words: a scale never grows after a smaller one (ألف مليون stops)', () => {
  const m = parseNumberWords(words('ثلاثة آلاف مليون'), 0);
  assert.equal(m?.value, 3000);
});

test('number words: not numbers', () => {
  for (const w of ['وزير', 'الثلاثة', 'ستار', 'خمسينيات', 'عربي']) assert.equal(parseNumberWords(words(w), 0), undefined, w);
});

test('number words: a lone واحد is weak', () => {
  assert.equal(parseNumberWords(words('واحد'), 0)?.weak, true);
  assert.equal(parseNumberWords(words('ثلاثة'), 0)?.weak, false);
});

const DIGITS: [string, number | undefined][] = [
  ['42', 42],
  ['4.2', 4.2],
  ['4,2', 4.2],
  ['1,000,000', 1000000],
  ['1.000.000', 1000000],
  ['368.000', 368000],
  ['12,500', 12500],
  ['1,234.56', 1234.56],
  ['1.234,56', 1234.56],
  ['0.5', 0.5],
  ['1,2,3', undefined],
];
for (const [s, v] of DIGITS) {
  test(`digits: ${s} = ${v}`, () => assert.equal(parseDigits(s), v));
}

const ORDINALS: [string, number | undefined][] = [
  ['الأول', 1],
  ['الأولى', 1],
  ['الثاني', 2],
  ['الثالثة', 3],
  ['الرابع', 4],
  ['العاشرة', 10],
  ['الحادي عشر', 11],
  ['الثالث عشر', 13],
  ['الحادي والعشرون', 21],
  ['والخامس', 5],
  ['ثالث', 3],
  ['الحادي', undefined],
  ['الرئيس', undefined],
];
for (const [s, v] of ORDINALS) {
  test(`ordinal: ${s} = ${v}`, () => assert.equal(parseOrdinal(words(s), 0)?.value, v));
}
