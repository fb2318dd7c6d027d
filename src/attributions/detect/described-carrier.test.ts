import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews } from '../testing.js';

const views = (t: string) => attributionViews(t, []).map((x) => `${x.cue} | ${x.source} | ${x.stance}`);

test('أظهرت دراسة نشرت أمس الاثنين أن …: the study is the subject of أظهرت, نشرت no cue', () => {
  assert.deepEqual(views('أظهرت دراسة نشرت أمس الاثنين أن ألمانيا حققت مكاسب من الأزمة.'),
    ['أظهرت | دراسة نشرت أمس الاثنين | assert']);
});

test('أظهر مسح نشرت نتائجه أمس أن …: the survey whose results were published', () => {
  assert.deepEqual(views('أظهر مسح نشرت نتائجه أمس أن نشاط قطاع الأعمال تراجع.'), ['أظهر | مسح نشرت نتائجه | assert']);
});

test('أظهرت الدراسة التي نشرت أمس أن …: a definite text with its relative clause is left to the verb cue', () => {
  assert.deepEqual(views('أظهرت الدراسة التي نشرت أمس أن ألمانيا حققت مكاسب.').map((x) => x.split(' | ')[0]), ['أظهرت']);
});
