import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normaliseString } from '../../text/normalise/normalise.js';
import { familyParticleFill } from './family-particle-fill.js';
import type { Label } from './labels.js';

const norms = (s: string): string[] => s.split(' ').map((w) => normaliseString(w));

test('a person span ending on آل takes the family name after it', () => {
  const tags: Label[] = ['O', 'B-PER', 'I-PER', 'O', 'O'];
  assert.deepEqual(familyParticleFill(norms('وقال سالم آل فارس إن'), tags), ['O', 'B-PER', 'I-PER', 'I-PER', 'O']);
});

test('a person span ending right before آل takes آل and the family name', () => {
  const tags: Label[] = ['O', 'B-PER', 'I-PER', 'O', 'O', 'O'];
  assert.deepEqual(familyParticleFill(norms('وأكد سالم بن آل الشيخ أن'), tags.slice(0, 6)), ['O', 'B-PER', 'I-PER', 'I-PER', 'I-PER', 'O']);
});

test('آل with no person before it, or a word tagged as something else after it, is left alone', () => {
  const tags: Label[] = ['O', 'O', 'O', 'O'];
  assert.deepEqual(familyParticleFill(norms('زار آل البيت المسجد'), tags), tags);
  const other: Label[] = ['B-PER', 'I-PER', 'B-MISC', 'O'];
  assert.deepEqual(familyParticleFill(norms('حمد آل درهم أنه'), other), other);
});
