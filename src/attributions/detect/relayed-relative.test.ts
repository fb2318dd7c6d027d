import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, spanText } from '../testing.js';

const views = (t: string): { cue: string; source: string; content: string }[] =>
  attributionsOf(t).map((a) => ({ cue: spanText(t, a.cue), source: spanText(t, a.source), content: spanText(t, a.content) }));

test('a relayed free relative with its subject and topic reports the subject', () => {
  const t = 'وأصدرت البلدية توضيحا حيال ما تداولته بعض الحسابات بخصوص إغلاق السوق الشعبي.';
  const a = views(t).find((v) => v.cue === 'تداولته');
  assert.equal(a?.source, 'بعض الحسابات');
  assert.equal(a?.content, 'إغلاق السوق الشعبي');
});

test('the subject ends before the platform it wrote on', () => {
  const t = 'ونفى المدرب ما تداوله مشجعون على موقع تويتر عن رحيله عن النادي.';
  const a = views(t).find((v) => v.cue === 'تداوله');
  assert.equal(a?.source, 'مشجعون');
});

test('a relative with no subject or no topic is left alone', () => {
  assert.ok(!views('وتحدث الخطيب عن ما تداوله بين الناس حول الموضوع.').some((v) => v.cue === 'تداوله'));
  assert.ok(!views('ونفى المدرب ما تداوله مشجعون في المدرجات.').some((v) => v.cue === 'تداوله'));
});
