import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews } from '../testing.js';

/** نسب Y إلى X قوله (data/attributions/cues.json: نسب, a chain through إلى) and the charges denied. */

test('ونسبت صحيفة هآرتس إلى مسؤول أمني قوله إن …: the paper, then the official through it', () => {
  assert.deepEqual(attributionViews('ونسبت صحيفة هآرتس إلى مسؤول أمني قوله إن الجيش غير مستعد لحرب طويلة.'), [
    { cue: 'ونسبت', source: 'صحيفة هآرتس', stance: 'assert' },
    { cue: 'قوله', source: 'مسؤول أمني', stance: 'assert' },
  ]);
});

test('نُسبت لشاعر آخر، نسب النجاح: no subject, or the noun "percentages"', () => {
  assert.deepEqual(attributionViews('أوجّه الدعوة لمن يملك أي معلومة عن أي قصيدة لشاعر نُسبت لشاعر آخر بأن نعيد الحق لأصحابه.'), []);
  assert.deepEqual(attributionViews('وارتفعت نسب النجاح في الامتحانات.'), []);
});

test('وأنكر المتهم التهم الموجهة إليه: the charges are what is denied', () => {
  assert.deepEqual(attributionViews('وأنكر المتهم أمام المحكمة التهم الموجهة إليه.'), [{ cue: 'وأنكر', source: 'المتهم', stance: 'deny' }]);
});
