import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews } from '../testing.js';

/** أبدى X سعادته …، قائلا: the feeling shown is no part of the speaker (verb-cue-subject.ts, entities/link/describe.ts). */

test('أبدى X سعادته الغامرة … قائلا: the participle speaker is X alone', () => {
  const v = attributionViews('وأبدى المدرب سعادته الغامرة بالفوز قائلا: «اللاعبون قدموا مباراة كبيرة».');
  assert.equal(v.length, 1, JSON.stringify(v));
  assert.equal(v[0]?.source, 'المدرب');
});
