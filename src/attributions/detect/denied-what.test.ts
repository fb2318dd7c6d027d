import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, attributionViews, spanText } from '../testing.js';

test('نافية ما تم تداوله من أنباء: the denied ما clause is the content', () => {
  const t = 'أكدت المديرية أنها قامت بالتأمين على السيارات، نافية ما تم تداوله من أنباء عن بيع سيارات.';
  assert.deepEqual(attributionViews(t, []).map((x) => `${x.cue} | ${x.source} | ${x.stance}`),
    ['أكدت | المديرية | assert', 'نافية | المديرية | deny']);
});

test('نافيا ما تردد عن …: the content opens at ما', () => {
  const t = 'أكد الوزير أنه قام بالتأمين على السيارات، نافيا ما تردد عن بيع سيارات.';
  const denial = attributionsOf(t).find((a) => a.stance === 'deny');
  assert.equal(denial && spanText(t, denial.content), 'ما تردد عن بيع سيارات');
});

test('نافيا ما لم …: a negated ما clause is not a denied one', () => {
  const t = 'أكد الوزير أنه قام بالتأمين على السيارات، نافيا ما لم يحدث.';
  assert.equal(attributionViews(t, []).some((x) => x.stance === 'deny'), false);
});
