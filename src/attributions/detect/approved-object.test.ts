import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews } from '../testing.js';

/** أقر "approved" with a bare object is a decision, not a report (approved-object.ts). */

const cues = (t: string): string[] => attributionViews(t).map((a) => a.cue);

test('أقر with a bare object: approved, no report', () => {
  assert.deepEqual(cues('وقد أقر المجلس البلدي الخطة الجديدة لتطوير الحدائق العامة.'), []);
  assert.deepEqual(cues('وأقرت الحكومة زيادة في رواتب المعلمين، بنسبة عشرة في المئة.'), []);
});

test('أقر with ب or أن still reports', () => {
  assert.deepEqual(cues('وأقر المتهم بارتكاب السرقة أمام المحكمة.'), ['وأقر']);
  assert.deepEqual(cues('وأقر المدرب بأن فريقه لم يقدم المستوى المطلوب.'), ['وأقر']);
});
