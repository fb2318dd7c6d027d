import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, spanText } from '../testing.js';

const cuesOf = (t: string): { cue: string; source: string }[] =>
  attributionsOf(t).map((a) => ({ cue: spanText(t, a.cue), source: spanText(t, a.source) }));

test('بقوله after the verb and its written subject is the cue, as a participle of saying is', () => {
  assert.deepEqual(cuesOf('وتحدث مدير المدرسة بقوله: «نحن فخورون بطلابنا».'), [{ cue: 'بقوله', source: 'مدير المدرسة' }]);
  assert.deepEqual(cuesOf('ووصف رئيس البلدية ما جرى بقوله إن السيول كانت غير مسبوقة.'), [{ cue: 'بقوله', source: 'رئيس البلدية' }]);
});

test('the verb stays the cue when a demonstrative object takes up what was said before the speaker', () => {
  assert.deepEqual(cuesOf('وبين ذلك أحد السكان بقوله إن المياه دخلت المنازل.').map((a) => a.cue), ['وبين']);
});
