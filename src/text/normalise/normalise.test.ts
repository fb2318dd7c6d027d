import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fromOriginal, normalise, normaliseString, toOriginal } from './normalise.js';

describe('normalise', () => {
  it('folds alef forms, alef maqsura and taa marbuta', () => {
    assert.equal(normaliseString('أحمد إلى آخر مكتبة'), 'احمد الي اخر مكتبه');
  });

  it('switches each fold off by name', () => {
    assert.equal(normaliseString('إلى مكتبة', { alef: false }), 'إلي مكتبه');
    assert.equal(normaliseString('إلى مكتبة', { alefMaqsura: false }), 'الى مكتبه');
    assert.equal(normaliseString('إلى مكتبة', { taaMarbuta: false }), 'الي مكتبة');
    assert.equal(normaliseString('مؤتمر', {}), 'مؤتمر');
    assert.equal(normaliseString('مؤتمر', { hamzaCarriers: true }), 'موتمر');
  });

  it('removes diacritics and tatweel but keeps them inside the word span', () => {
    const v = normalise('كَتَبَ الـــعربية');
    assert.equal(v.text, 'كتب العربيه');
    assert.deepEqual(toOriginal(v, 0, 3), { start: 0, end: 6 });
  });

  it('folds Eastern Arabic and Persian digits and Arabic separators', () => {
    assert.equal(normaliseString('٤٫٢ و۱۲٬۵۰۰ و٥٪'), '4.2 و12,500 و5%');
  });

  it('folds presentation forms, including ligatures that expand', () => {
    const v = normalise('ﻻ ﷲ');
    assert.equal(v.text, 'لا الله');
    assert.deepEqual(toOriginal(v, 0, 2), { start: 0, end: 1 });
  });

  it('folds Persian ی ک, drops zero-width and bidi marks, folds no-break spaces', () => {
    assert.equal(normaliseString('کتاب\u200fی\u00a0نص\u200c'), 'كتابي نص');
    // letters for sounds Arabic lacks, as foreign names are sometimes spelt
    assert.equal(normaliseString('ڤيينا پزشكيان چلبي'), 'فيينا بزشكيان جلبي');
  });

  it('keeps astral characters as they are', () => {
    const v = normalise('سلام 😀!');
    assert.equal(v.text, 'سلام 😀!');
    assert.deepEqual(toOriginal(v, 5, 7), { start: 5, end: 7 });
  });

  it('maps original offsets forward', () => {
    const v = normalise('\u200fمَرحبا');
    assert.equal(fromOriginal(v, 1), 0);
    assert.equal(fromOriginal(v, 3), 1);
  });

  it('property: the map is monotone and every run round-trips', () => {
    const alphabet = fc.constantFrom(
      'ا', 'أ', 'ى', 'ة', 'ـ', '\u064e', '\u0651', '\u200f', '\u200d', '\u00a0', '٣', '۷', '٫', 'ﻻ', 'ﷺ', 'ک',
      'a', ' ', '\n', '😀', '.', 'ٱ', '\ufeff',
    );
    const text = fc.oneof(
      fc.array(alphabet, { maxLength: 40 }).map((a) => a.join('')),
      fc.string({ unit: 'binary', maxLength: 40 }),
    );
    fc.assert(
      fc.property(text, (s) => {
        const v = normalise(s);
        assert.equal(normaliseString(s), v.text, 'the map-free fast path folds the same');
        const n = v.text.length;
        assert.equal(v.startMap.length, n);
        for (let i = 0; i < n; i++) {
          const a = v.startMap[i] as number;
          const b = v.endMap[i] as number;
          assert.ok(a < b && b <= s.length, 'each character maps to a non-empty original range');
          if (i > 0) {
            assert.ok(a >= (v.startMap[i - 1] as number), 'startMap is monotone');
            assert.ok(b >= (v.endMap[i - 1] as number), 'endMap is monotone');
          }
        }
        // Round trip: the characters produced by one original range are
        // exactly the normalisation of that range on its own.
        let i = 0;
        while (i < n) {
          let j = i + 1;
          while (j < n && v.startMap[j] === v.startMap[i]) j++;
          const span = toOriginal(v, i, j);
          assert.equal(normalise(s.slice(span.start, span.end)).text, v.text.slice(i, j));
          i = j;
        }
      }),
      { numRuns: 2000 },
    );
  });
});
