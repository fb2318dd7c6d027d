import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews, entitiesBySurface } from '../testing.js';

const sourceOf = (t: string, cue: string, bodies: string[]): string[] => {
  const ents = entitiesBySurface(t, bodies.map((name, k) => ({ id: `o${k}`, type: 'ORG' as const, name, forms: [name] })));
  return attributionViews(t, ents).filter((x) => x.cue === cue).map((x) => x.source);
};

test('«عكاظ» استقصت … ومن لجنة مهرجانات بريدة، حيث علمت: the outlet learnt it, not the committee it asked', () => {
  const t = '«عكاظ» استقصت الأسباب من مصادرها ومن لجنة مهرجانات بريدة، حيث علمت أن المجلس أقر عدم تنفيذ المهرجان.';
  assert.deepEqual(sourceOf(t, 'علمت', ['عكاظ', 'لجنة مهرجانات بريدة']), ['عكاظ']);
});

test('a body after a preposition is still taken when no other is named before', () => {
  const t = 'استفسرنا من لجنة مهرجانات بريدة عن الأسباب، حيث علمت أن المجلس أقر عدم تنفيذ المهرجان.';
  assert.deepEqual(sourceOf(t, 'علمت', ['لجنة مهرجانات بريدة']), ['لجنة مهرجانات بريدة']);
});
