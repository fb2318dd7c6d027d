import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews } from '../testing.js';

/** A report nested in the words of a citation by قول is found too (cited-saying.ts). */

test('ومن ذلك قول الناقد: "… حتى زعم بعضهم أن …"', () => {
  const t = 'ومن ذلك قول الناقد سالم: "بالغ الناس في هذا الملف حتى زعم بعضهم أن القصيدة كلها منقولة".';
  const found = attributionViews(t).map((v) => [v.cue, v.stance]);
  assert.deepEqual(found, [['قول', 'assert'], ['زعم', 'allege']]);
});
