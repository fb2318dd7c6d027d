import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews } from './testing.js';

/** وجّه X بتوزيع …، بعلاج …: an instruction with its content (cues.json, وجه's introducers). */

test('وجه الوزير بتوزيع …: an instruction is urging', () => {
  const t = 'ووجه وزير التعليم بتوزيع الحواسيب على طلاب القرى النائية.';
  assert.deepEqual(attributionViews(t).map((x) => [x.cue, x.source]), [['ووجه', 'وزير التعليم']]);
});

test('وجه المحافظ، بعلاج …: past a comma after the subject', () => {
  const t = 'وجّه المحافظ، بعلاج المصابين في الحادث على نفقة الدولة.';
  assert.deepEqual(attributionViews(t).map((x) => x.cue), ['وجّه']);
});

test('وجه الشكر: thanks are no instruction', () => {
  const t = 'ووجه المدير الشكر للعاملين بمستشفى المدينة.';
  assert.deepEqual(attributionViews(t), []);
});
