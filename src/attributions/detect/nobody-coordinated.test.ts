import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews } from '../testing.js';

/** «Nobody» is the subject of the verbs coordinated after it (nobody-coordinated.ts). */

test('ولا أحد يتابع أو يطالب …، لا أحد يسأل ولا يطالب …: no speaker', () => {
  for (const t of ['والطرق متهالكة ولا أحد يتابع أو يطالب بإصلاحها.', 'لا أحد يسأل ولا يطالب بإصلاح الطرق.', 'لا أحد يسأل أو يتابع أو يطالب بإصلاح الطرق.']) {
    assert.deepEqual(attributionViews(t), [], t);
  }
});

test('a new clause after a comma has its own subject', () => {
  const v = attributionViews('لا أحد يعرف السبب، ويطالب الأهالي بإصلاح الطرق.');
  assert.deepEqual(v, [{ cue: 'ويطالب', source: 'الأهالي', stance: 'assert' }]);
});
