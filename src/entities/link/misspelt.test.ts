import { test } from 'node:test';
import assert from 'node:assert/strict';
import { misspeltRepeat, swappedLetters } from './misspelt.js';
import { analyse, find, surfaces } from './testing.js';

test('swappedLetters: one swap of adjacent letters only', () => {
  assert.ok(swappedLetters('ميستورا', 'ميتسورا'));
  assert.ok(!swappedLetters('ميستورا', 'ميستورا'));
  assert.ok(!swappedLetters('ميستورا', 'ميسطورا'));
  assert.ok(!swappedLetters('ميستورا', 'متسيورا'));
});

test('misspeltRepeat: same words but a long last one, not a family name with ال', () => {
  assert.ok(misspeltRepeat(['دي', 'ميتسورا'], ['دي', 'ميستورا']));
  assert.ok(!misspeltRepeat(['احمد', 'السعدي'], ['احمد', 'السعيد']));
  assert.ok(!misspeltRepeat(['لي', 'كيم'], ['لي', 'يكم']));
  assert.ok(!misspeltRepeat(['ميتسورا'], ['ميستورا']));
});

test('a foreign name written again with two letters swapped is the same person', () => {
  const text = 'وصل المبعوث الأممي إلى سوريا ستافان دي ميستورا إلى دمشق أمس. وقال دي ميتسورا إن الحل سياسي.';
  const es = analyse(text, [['دي ميتسورا', 'PER']]);
  assert.deepEqual(surfaces(text, find(es, 'per:staffan-de-mistura')), ['ستافان دي ميستورا', 'دي ميتسورا']);
  assert.equal(es.filter((e) => e.type === 'PER').length, 1);
});

test('two Arab names that differ by a swap stay two people', () => {
  const text = 'التقى أحمد السعيد مع أحمد السعدي في الرياض.';
  const es = analyse(text, [['أحمد السعيد', 'PER'], ['أحمد السعدي', 'PER']]);
  assert.equal(es.filter((e) => e.type === 'PER').length, 2);
});
