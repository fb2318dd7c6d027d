import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews } from '../testing.js';

/** روايات, accounts of what happened, are an unnamed source like رواية (cues.json anonymousHeads). */

test('ووفقا للروايات فإن …: the accounts are the source', () => {
  assert.deepEqual(attributionViews('ووفقا للروايات فإن التجمهر كان بسبب دهس عامل.'), [{ cue: 'ووفقا', source: 'للروايات', stance: 'assert' }]);
});

test('novels read or published report nothing', () => {
  assert.deepEqual(attributionViews('وقرأ الطلاب روايات كثيرة خلال الصيف الماضي.'), []);
});
