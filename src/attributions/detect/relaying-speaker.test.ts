import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews } from '../testing.js';

/** After a relay, a subjectless verb that goes on with the relaying speaker (relaying-speaker.ts). */
const sourceOf = (t: string, cue: string): string[] => attributionViews(t).filter((x) => x.cue === cue).map((x) => x.source);

test('ونقلت عنه قوله after نقلت الوكالة عن الوزير: the agency relays again, the minister is عنه', () => {
  const t = 'نقلت وكالة الأنباء الرسمية عن وزير الدفاع قوله إن الجيش سيرد على أي هجوم. ونقلت عنه قوله إن القوات جاهزة.';
  assert.deepEqual(sourceOf(t, 'ونقلت'), ['وكالة الأنباء الرسمية']);
  assert.deepEqual(sourceOf(t, 'قوله'), ['وزير الدفاع', 'وزير الدفاع']);
});

test('وتابعت after وأضافت الصحيفة نقلا عن مصادر: the feminine verb goes on with the newspaper', () => {
  const t = 'وأضافت الصحيفة نقلا عن مصادر حكومية أن الخطة تشمل فرض ضرائب جديدة. وتابعت أن الحكومة ستعلن الخطة قريبا.';
  assert.deepEqual(sourceOf(t, 'وتابعت'), ['الصحيفة']);
});

test('وأضاف after وقالت الوكالة نقلا عن مسؤول: the masculine verb stays with the official', () => {
  const t = 'وقالت الوكالة نقلا عن مسؤول في الوزارة إن الاتفاق سيوقع غدا. وأضاف أن الوفد وصل إلى العاصمة.';
  assert.deepEqual(sourceOf(t, 'وأضاف'), ['مسؤول في الوزارة']);
});
