import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews } from '../testing.js';

/** A source asking not to be named is an act between him and his words (anonymity-request.ts). */

test('قال مصدر، طلب عدم ذكر اسمه، إن …: the statement is found, the request is no cue', () => {
  for (const [t, src] of [
    ['وقال مصدر دبلوماسي، طلب عدم ذكر اسمه، إن الوفد سيصل إلى القاهرة غدا.', 'مصدر دبلوماسي'],
    ['وقال مسؤول أمريكي، اشترط عدم نشر اسمه، إن واشنطن لن تغير موقفها من الاتفاق.', 'مسؤول أمريكي'],
    ['وقالت مصادر، طلبت عدم الكشف عن هويتها، إن الاجتماع تأجل إلى الأسبوع المقبل.', 'مصادر'],
  ] as const) {
    assert.deepEqual(attributionViews(t).map((x) => `${x.cue} | ${x.source}`), [`${t.startsWith('وقالت') ? 'وقالت' : 'وقال'} | ${src}`], t);
  }
});

test('قال مصدر طلب عدم ذكر اسمه إن …: without commas the request ends the subject', () => {
  for (const [t, src] of [
    ['وقال مصدر دبلوماسي طلب عدم ذكر اسمه إن الوفد سيصل غدا.', 'مصدر دبلوماسي'],
    ['وقال ضابط اشترط عدم نشر اسمه إن الهجوم صد بعد ساعتين.', 'ضابط'],
  ] as const) {
    assert.deepEqual(attributionViews(t).map((x) => `${x.cue} | ${x.source}`), [`وقال | ${src}`], t);
  }
});
