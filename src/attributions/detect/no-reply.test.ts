import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews } from '../testing.js';

/** Not answering a request for comment is declining to comment (no-reply.ts). */

test('ولم ترد وزارة الخارجية على طلب للتعليق: stance none, the ministry', () => {
  assert.deepEqual(attributionViews('ولم ترد وزارة الخارجية على طلب للتعليق.'), [{ cue: 'ولم ترد', source: 'وزارة الخارجية', stance: 'none' }]);
  assert.deepEqual(attributionViews('ولم ترد وزارة الخارجية بعد على طلب رويترز للتعليق.'), [{ cue: 'ولم ترد', source: 'وزارة الخارجية', stance: 'none' }]);
  assert.deepEqual(attributionViews('ولم يرد متحدث باسم الجيش على الفور على طلبات للتعليق.'), [{ cue: 'ولم يرد', source: 'متحدث باسم الجيش', stance: 'none' }]);
});

test('without a written subject, the previous speaker did not reply', () => {
  const v = attributionViews('وقال مسؤول إن الهجوم وقع ليلا. ولم يرد على الفور على طلب للتعليق.');
  assert.deepEqual(v[1], { cue: 'ولم يرد', source: 'مسؤول', stance: 'none' });
});

test('ولم يرد على الرسالة: no request for comment, no attribution', () => {
  assert.deepEqual(attributionViews('ولم يرد على الرسالة حتى الآن.'), []);
});
