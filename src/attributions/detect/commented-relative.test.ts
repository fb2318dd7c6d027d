import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews } from '../testing.js';

/** التعليق على ما نشرته الصحيفة: what is commented on is no report of the clause before (commented-relative.ts). */

test('ورفض المتحدث التعليق على ما نشرته الصحيفة: no cue on على ما نشرته', () => {
  const t = 'ونشرت الصحيفة أن الوزير استقال من منصبه، ورفض المتحدث باسم الوزارة التعليق على ما نشرته الصحيفة.';
  const cues = attributionViews(t).map((x) => x.cue);
  assert.ok(!cues.some((c) => c.includes('نشرته')), cues.join(' | '));
  assert.ok(cues.includes('ورفض'));
});

test('ردا على ما قاله الوزير: a reply to what was said reports nothing of the clause before', () => {
  const t = 'وقال المتحدث ردا على ما قاله الوزير إن الحكومة لن تتراجع.';
  assert.ok(!attributionViews(t).some((x) => x.cue.includes('قاله')));
});

test('وهو ما نفته الحكومة: a free relative after a clause still reports it', () => {
  const t = 'ورفع الجيش حالة التأهب، وهو ما نفته الحكومة.';
  assert.deepEqual(attributionViews(t), [{ cue: 'نفته', source: 'الحكومة', stance: 'deny' }]);
});
