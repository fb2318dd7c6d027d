import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews } from '../testing.js';

/** لم تبين, the feminine of بيّن after a negator (negated-explain.ts). */

test('ولم تبين X …: a statement withheld, stance none', () => {
  assert.deepEqual(attributionViews('ولم تبين الشركة أسباب تأخير الرحلة.'), [{ cue: 'ولم تبين', source: 'الشركة', stance: 'none' }]);
});

test('تبين أن … and لم يتبين are no cue', () => {
  assert.deepEqual(attributionViews('ولم يتبين حتى الآن سبب الحريق.'), []);
  assert.deepEqual(attributionViews('وتبين أن الحريق كان متعمدا.'), []);
});
