import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, spanText } from '../testing.js';

/** A «دون» cue takes the subject of its own clause before names of earlier sentences (without-subject.ts). */
const views = (t: string): string[] => attributionsOf(t).map((a) => `${spanText(t, a.cue)}|${spanText(t, a.source)}|${a.stance}`);

test('من دون تحديد after a speaker in the same sentence: that speaker did not specify', () => {
  const t = 'وقالت هيئة الموانئ إن الحرس أوقف قاربا يحمل مهربين من دون تحديد موعد العملية.';
  assert.deepEqual(views(t).at(-1), 'دون تحديد|هيئة الموانئ|none');
});

test('وقال البيان دون أن يقدم أي تفاصيل: the statement, not a person named in the sentence before', () => {
  const t = 'قال مكتب رئيس الوزراء سامي العتيبي في بيان: إن الرهينة وصلت إلى بلادها. وقال البيان دون أن يقدم أي تفاصيل: «عادت مواطنتنا سالمة».';
  assert.deepEqual(views(t).find((v) => v.startsWith('دون')), 'دون أن يقدم|البيان|none');
});
