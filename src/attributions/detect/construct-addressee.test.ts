import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews } from '../testing.js';

/** ل glued to an indefinite noun in construct: the addressee (construct-addressee.ts). */

test('وقال لمراسل الوكالة إن …: the speaker goes on from before, not the addressee', () => {
  for (const t of ['وصل المحافظ إلى القرية صباحا. وقال لمراسل الوكالة إن الطريق سيفتح قريبا.',
    'وصل المحافظ إلى القرية صباحا. وأكد لمندوب وكالة الأنباء أن الطريق سيفتح قريبا.']) {
    const v = attributionViews(t);
    assert.equal(v.length, 1, t);
    assert.equal(v[0]?.source, 'المحافظ', t);
  }
});
