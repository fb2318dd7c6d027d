import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addScores, emptyScores, report, score, type Scores } from './eval.js';

const part = (gold: number, predicted: number, typeMatched: number, typeActorMatched: number): Scores => ({
  ...emptyScores(),
  gold, predicted, typeMatched, typeActorMatched, actorCorrect: typeActorMatched, recipientCorrect: 0,
  sentence: { PROTEST: { tp: 1, fp: 0, fn: 1 }, ASSAULT: { tp: 2, fp: 1, fn: 0 } },
  misses: ['x'],
});

test('the pooled score of several parts sums their counts, so a big part weighs more than a small one', () => {
  const total = emptyScores();
  addScores(total, part(10, 10, 9, 9));
  addScores(total, part(90, 90, 45, 30));
  assert.equal(total.gold, 100);
  assert.equal(total.typeMatched, 54);
  assert.equal(total.typeActorMatched, 39);
  assert.deepEqual(total.sentence.ASSAULT, { tp: 4, fp: 2, fn: 0 });
  assert.deepEqual(total.misses, []);
  // Micro-averaged: 54 of 100 (not the mean of 90% and 50%).
  assert.match(report('pooled', total)[1] ?? '', /F1 54\.0/);
  assert.match(report('pooled', total)[2] ?? '', /F1 39\.0/);
});

test('sentence detection counts the sentences that tell an event of the type, found or not', () => {
  const text = 'التقى الوزير نظيره في الرياض. وقصفت الطائرات الإسرائيلية مواقع في غزة.';
  const s = score([{
    article: 't', start: 0, end: text.length, text,
    entities: [{ id: 'il', type: 'GPE', name: 'إسرائيل', forms: ['adj:الإسرائيلية'] }, { id: 'gz', type: 'GPE', name: 'غزة' }],
    // The first sentence is marked as an attack on purpose: a sentence the extractor does not find.
    events: [{ type: 'ASSAULT', trigger: 'التقى', actor: [], recipient: [] }, { type: 'ASSAULT', trigger: 'وقصفت', actor: ['il'], recipient: [] }],
  }], 'gold');
  assert.deepEqual(s.perSentence.ASSAULT, { tp: 1, fp: 0, fn: 1 });
  assert.deepEqual(s.perSentence.PROTEST, { tp: 0, fp: 0, fn: 0 });
  assert.match(report('x', s).find((l) => l.includes('ASSAULT sentence')) ?? '', /P 100\.0 {2}R 50\.0/);
});
