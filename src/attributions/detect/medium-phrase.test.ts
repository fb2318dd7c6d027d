import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews } from '../testing.js';

test('وكتب الرئيس على حسابه في تويتر: the account is the medium, not part of the source', () => {
  const t = 'وكتب الرئيس على حسابه في تويتر: "سننتصر".';
  assert.deepEqual(attributionViews(t).map((a) => a.source), ['الرئيس']);
});

test('على صفحته، على حسابه الرسمي: the same with a page or an adjective after the account', () => {
  assert.deepEqual(attributionViews('وكتب الرئيس على صفحته في فيسبوك: "سننتصر".').map((a) => a.source), ['الرئيس']);
  assert.deepEqual(attributionViews('وكتب الرئيس الأمريكي على حسابه الرسمي: "سننتصر".').map((a) => a.source), ['الرئيس الأمريكي']);
});

test('a participle after «غرد X على حسابه» takes X alone', () => {
  const t = 'وغرد الرئيس على حسابه في تويتر قائلا: "سننتصر".';
  assert.deepEqual(attributionViews(t).map((a) => a.source), ['الرئيس']);
});
