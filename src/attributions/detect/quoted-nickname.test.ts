import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, spanText } from '../testing.js';

test('ويقول المعلق "ابن البلد" "…": the short quotation is the commenter\'s name, the next one his words', () => {
  const t = 'ويقول المعلق "ابن البلد" "الأسعار ارتفعت كثيرا هذا العام ولا أحد يراقبها".';
  const a = attributionsOf(t);
  assert.equal(a.length, 1, a.map((x) => spanText(t, x.cue)).join(', '));
  assert.equal(spanText(t, (a[0] as (typeof a)[number]).content), 'الأسعار ارتفعت كثيرا هذا العام ولا أحد يراقبها');
});
