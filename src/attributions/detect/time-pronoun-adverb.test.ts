import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews } from '../testing.js';

/** A time adverb with a pronoun between the verb and its subject (time-pronoun-adverb.ts). */
const sourceOf = (t: string, cue: string): string[] => attributionViews(t).filter((x) => x.cue === cue).map((x) => x.source);

test('وقال حينها الوزير: the subject starts after the adverb', () => {
  assert.deepEqual(sourceOf('قال المتحدث إن الطريق خطر. وقال حينها الوزير إن الطريق آمن.', 'وقال'), ['الوزير']);
});

test('وأكد بعدها أن: with the content right after the adverb no subject is written; the speaker goes on', () => {
  assert.deepEqual(sourceOf('قال المتحدث إن الطريق خطر. وأكد بعدها أن الطريق آمن.', 'وأكد'), ['المتحدث']);
});
