import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews } from './testing.js';

/** يخطر ببال، خطر في بال: "occur to one's mind" is not أخطر "notify" (excluded phrases in cues.json). */
const cuesOf = (t: string): string[] => attributionViews(t).map((x) => x.cue);

test('لم يكن يخطر ببال أحد أن …: no report', () => {
  assert.deepEqual(cuesOf('لم يكن يخطر ببال أحد أن يفوز الفريق الصاعد بالبطولة.'), []);
});

test('لم يكن يخطر في الخيال أن …، ما خطر على بال …: no report', () => {
  assert.deepEqual(cuesOf('ولم يكن يخطر في الخيال قبل عقد أن تصبح المدينة مركزا ماليا.'), []);
  assert.deepEqual(cuesOf('وهو أمر لم يكن يخطر على بال المستثمرين أن يحدث بهذه السرعة.'), []);
});

test('وأخطرت الشركة المساهمين بأن …: notifying is still a report', () => {
  assert.deepEqual(cuesOf('وأخطرت الشركة المساهمين بأن الجمعية العمومية تأجلت.'), ['وأخطرت']);
});
