import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, spanText } from '../testing.js';

/** ناشد with the one urged and what is urged as two objects (urged-masdar.ts). */

const views = (t: string): { cue: string; source: string; content: string }[] =>
  attributionsOf(t).map((a) => ({ cue: spanText(t, a.cue), source: spanText(t, a.source), content: spanText(t, a.content) }));

test('ناشدت الوزارة المواطنين التعاون …: the ministry urges, cooperating is urged', () => {
  assert.deepEqual(views('ناشدت الوزارة المواطنين التعاون مع الجهات المختصة.'),
    [{ cue: 'ناشدت', source: 'الوزارة', content: 'التعاون مع الجهات المختصة' }]);
});

test('ناشدت … الجميع الالتزام بـ…: the verbal noun opens the content, not its preposition', () => {
  assert.deepEqual(views('وناشدت الإدارة العامة الجميع الالتزام بالتعليمات.'),
    [{ cue: 'وناشدت', source: 'الإدارة العامة', content: 'الالتزام بالتعليمات' }]);
});

test('ناشد … بالتعاون: with its preposition the content is as before', () => {
  assert.deepEqual(views('وناشدت الوزارة المواطنين بالتعاون مع الجهات.').map((v) => v.content), ['بالتعاون مع الجهات']);
});
