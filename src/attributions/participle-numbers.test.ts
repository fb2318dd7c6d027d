import { test } from 'node:test';
import assert from 'node:assert/strict';
import { participleNumbers } from './participle-numbers.js';
import { cueLexicon } from './lexicon.js';
import { normaliseString } from '../text/normalise/normalise.js';
import { attributionsOf, spanText } from './testing.js';

test('the dual and plural of a listed participle are derived, a final ي dropped in the plural', () => {
  assert.deepEqual(participleNumbers('مضيفا'), ['مضيفان', 'مضيفين']);
  assert.deepEqual(participleNumbers('داعيا'), ['داعيان', 'داعين']);
  assert.deepEqual(participleNumbers('مشيرة'), []);
  assert.deepEqual(participleNumbers('محملا'), []);
  assert.ok(cueLexicon().verbs.get(normaliseString('مضيفان'))?.participle);
  assert.ok(cueLexicon().verbs.get(normaliseString('ومبدين'))?.participle);
});

test('a dual participle reports for the two speakers before it', () => {
  const t = 'وقال الشيخان إن السوق قديم، مضيفان أنه من أقدم أسواق المدينة.';
  const got = attributionsOf(t).map((a) => [spanText(t, a.cue), spanText(t, a.source)]);
  assert.deepEqual(got, [['وقال', 'الشيخان'], ['مضيفان', 'الشيخان']]);
});
