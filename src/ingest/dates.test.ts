import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toIsoDate, validDate } from './dates.js';

describe('page dates', () => {
  it('reads ISO-like dates', () => {
    assert.equal(toIsoDate('2020-06-03T03:01+0400'), '2020-06-03');
    assert.equal(toIsoDate('2020/6/3'), '2020-06-03');
    assert.equal(toIsoDate('2020-02-30'), undefined);
  });

  it('reads dates with Arabic and English month names', () => {
    assert.equal(toIsoDate('الأربعاء، 07 أكتوبر 2020 - 12:09 م'), '2020-10-07');
    assert.equal(toIsoDate('24 نيسان 2020'), '2020-04-24');
    assert.equal(toIsoDate('٥ تشرين الثاني ٢٠١٩'), '2019-11-05');
    assert.equal(toIsoDate('November 9, 2020'), '2020-11-09');
    assert.equal(toIsoDate('10-Nov-2000'), '2000-11-10');
    assert.equal(toIsoDate('غدا'), undefined);
  });

  it('validates calendar dates', () => {
    assert.ok(validDate('2024-02-29'));
    assert.ok(!validDate('2023-02-29'));
    assert.ok(!validDate('2023-2-1'));
  });
});
