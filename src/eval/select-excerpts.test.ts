import { test } from 'node:test';
import assert from 'node:assert/strict';
import { conflictOrDiplomacyWords, hasThatClause, openingExcerpt } from './select-excerpts.js';

const sentence = (n: number): string => `${'كلمة '.repeat(n).trim()}.`;

test('the opening runs from the first letter to the first sentence end past the minimum', () => {
  const article = `  ${sentence(30)} ${sentence(30)} ${sentence(30)}`;
  const opening = openingExcerpt(article, 200, 400);
  assert.ok(opening);
  assert.equal(opening.start, 2);
  assert.equal(article.slice(opening.start, opening.end), opening.text);
  assert.ok(opening.text.endsWith('.'));
  assert.ok(opening.text.length >= 200 && opening.text.length <= 400, `length ${opening.text.length}`);
});

test('no opening when the first sentence end past the minimum comes after the maximum', () => {
  assert.equal(openingExcerpt(`${'كلمة '.repeat(200)}.`, 100, 300), undefined);
  assert.equal(openingExcerpt('   ', 10, 20), undefined);
});

test('a line break ends a sentence; a full stop inside a number does not', () => {
  const article = `قال التقرير إن النمو بلغ 3.5 في المئة ${'كلمة '.repeat(10)}\nسطر ثان`;
  const opening = openingExcerpt(article, 40, 400);
  assert.ok(opening);
  assert.ok(opening.text.includes('3.5'));
  assert.ok(!opening.text.includes('سطر'));
});

test('the attribution filter wants أن/إن/بأن as words, not inside other words', () => {
  assert.ok(hasThatClause('وأكد الوزير أن الخطة جاهزة'));
  assert.ok(hasThatClause('وقال: إنه سيعود'));
  assert.ok(hasThatClause('صرح بأنهم وصلوا'));
  assert.ok(!hasThatClause('افتتح الأمير المعرض بالإنابة عن الوزير'));
  assert.ok(!hasThatClause('الآن يبدأ الموسم'));
});

test('conflict and diplomacy words are counted once each', () => {
  assert.equal(conflictOrDiplomacyWords('افتتح الأمير المعرض'), 0);
  assert.equal(conflictOrDiplomacyWords('شنت طائرات التحالف غارات على مواقع الحوثيين'), 4);
});
