import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, spanText } from './testing.js';

const cues = (t: string): [string, string, string][] =>
  attributionsOf(t).map((a) => [spanText(t, a.cue), spanText(t, a.source), a.stance]);

test('a closing participle of promising, pledging, believing or complaining reports for the speaker before it', () => {
  const promise = 'وأعلن المحافظ افتتاح الطريق، واعدا الأهالي بأن المشروع الثاني سيبدأ قريبا.';
  assert.deepEqual(cues(promise)[1], ['واعدا', 'المحافظ', 'assert']);
  const pledge = 'وقال الوزير إن الحكومة لن تتراجع، متعهدا بمحاسبة المقصرين.';
  assert.deepEqual(cues(pledge)[1], ['متعهدا', 'الوزير', 'assert']);
  const belief = 'وقال المدير إن المشروع سيكتمل، معتقدا أن التمويل كاف.';
  assert.deepEqual(cues(belief)[1], ['معتقدا', 'المدير', 'assert']);
  const complaint = 'وقالت الأسرة إن الطفل مريض، شاكية من تأخر العلاج.';
  assert.deepEqual(cues(complaint)[1], ['شاكية', 'الأسرة', 'assert']);
});

test('the participle ends the content of the verb before it', () => {
  const t = 'وقال الوزير إن الحكومة لن تتراجع، متعهدا بمحاسبة المقصرين.';
  assert.equal(spanText(t, attributionsOf(t)[0]!.content), 'الحكومة لن تتراجع');
});

test('عادّا «considering» reports a view; عادا «the two returned» does not', () => {
  const t = 'وحذر الوزير من التصعيد، عادا أن أي هجوم سيقابل برد حاسم.';
  assert.deepEqual(cues(t)[1], ['عادا', 'الوزير', 'assert']);
  assert.deepEqual(cues('ثم عادا إلى المنزل مساء أمس.'), []);
});

test('بحسبما, written as one word like حسبما, relays the clause before it', () => {
  const t = 'وأصيب ثلاثة أشخاص في الحادث، بحسبما ذكرت الشرطة.';
  assert.deepEqual(cues(t), [['بحسبما ذكرت', 'الشرطة', 'assert']]);
  const u = 'وارتفعت الحرارة بحسبما ورد في تقرير الأرصاد.';
  assert.deepEqual(cues(u), [['بحسبما ورد في', 'تقرير الأرصاد', 'assert']]);
});
