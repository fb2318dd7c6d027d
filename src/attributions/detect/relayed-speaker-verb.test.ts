import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews } from '../testing.js';

/** نقلت X عن مصادر قالت إن …: the verb after the ones relayed from is their cue (relayed-speaker-verb.ts). */

test('نقلت الوكالة عن مصادر قالت إن: قالت is the sources\' cue, not a word of their name', () => {
  const t = 'ونقلت وكالة الأنباء عن مصادر محلية قالت إن الطريق أغلق مساء أمس.';
  const v = attributionViews(t);
  assert.ok(v.some((x) => x.cue === 'قالت' && x.source === 'مصادر محلية'));
  assert.ok(!v.some((x) => x.source.includes('قالت')));
});

test('نقلت الوكالة عن الوزير أن: without a verb the cue stays عن', () => {
  const t = 'ونقلت الوكالة عن الوزير أن المشروع سيكتمل في الربيع.';
  assert.ok(attributionViews(t).some((x) => x.cue === 'عن' && x.source === 'الوزير'));
});
