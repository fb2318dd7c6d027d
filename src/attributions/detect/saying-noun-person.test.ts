import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews } from '../testing.js';

/** بقوله after a verb that is no cue: the phrase between that verb and the noun owns it (saying-noun-person.ts). */

test('وفسرها البغوي بقوله: the commentator, not the last speaker', () => {
  const t = 'قال الوزير: "سنبني المدارس"، وفسرها البغوي بقوله: أي إذا فرغ من الصلاة فانتشروا.';
  assert.equal(attributionViews(t).find((v) => v.cue === 'بقوله')?.source, 'البغوي');
});

test('a preposition between the verb and the noun names no owner: the last speaker goes on', () => {
  const t = 'قال الوزير: "سنبني المدارس"، وفسرها في المؤتمر بقوله: أي إذا فرغ من الصلاة فانتشروا.';
  assert.equal(attributionViews(t).find((v) => v.cue === 'بقوله')?.source, 'الوزير');
});
