import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews } from '../testing.js';

/** تبين after لم is the feminine of يبين, a negated report (negated-feminine.ts). */

test('ولم تبين الهيئة …: the authority did not make clear, stance none', () => {
  const t = 'أعلنت الهيئة إغلاق الطريق. ولم تبين الهيئة موعد إعادة فتحه أمام السيارات.';
  assert.deepEqual(attributionViews(t).find((v) => v.cue.includes('تبين')), { cue: 'ولم تبين', source: 'الهيئة', stance: 'none' });
});

test('تبين أن …، لم يتبين لنا: "became clear" stays no report', () => {
  assert.equal(attributionViews('وبعد الفحص تبين أن السيارة مسروقة من المعرض.').length, 0);
  assert.equal(attributionViews('ولم تبين لنا حقيقة الأمر حتى الآن في القرية.').length, 0);
});

test('ولم تبين X …: a statement withheld, stance none', () => {
  assert.deepEqual(attributionViews('ولم تبين الشركة أسباب تأخير الرحلة.'), [{ cue: 'ولم تبين', source: 'الشركة', stance: 'none' }]);
});

test('تبين أن … and لم يتبين are no cue', () => {
  assert.deepEqual(attributionViews('ولم يتبين حتى الآن سبب الحريق.'), []);
  assert.deepEqual(attributionViews('وتبين أن الحريق كان متعمدا.'), []);
});
