import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse, find } from './testing.js';

test('ترأس (he chaired) is not Liz Truss (تراس)', () => {
  const es = analyse('ترأس الملك سلمان جلسة مجلس الوزراء. وترأس الأمير الاجتماع. وكان الأمير قد ترأس اللجنة.');
  assert.equal(find(es, 'per:liz-truss'), undefined);
});

test('the verb written without its hamza, where a verb stands, is no name', () => {
  assert.equal(find(analyse('وتراس الأمير الاجتماع الذي عقد أمس.'), 'per:liz-truss'), undefined);
});

test('the name itself is still found', () => {
  const es = analyse('قالت تراس إن بريطانيا ستدعم أوكرانيا. وأكدت تراس أن الحكومة مستعدة.');
  assert.equal(find(es, 'per:liz-truss')?.mentions.length, 2);
});
