import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, attributionViews, spanText } from '../testing.js';

/** Words said in plain brackets after a verb of plain saying (bracketed-quote.ts). */

test('قال الله تعالى (…): a verse in brackets is what was said', () => {
  const t = 'قال الله تعالى (يا أيها الذين آمنوا كتب عليكم القصاص في القتلى) الآية.';
  assert.deepEqual(attributionViews(t), [{ cue: 'قال', source: 'الله تعالى', stance: 'assert' }]);
  const a = attributionsOf(t)[0];
  assert.equal(a && spanText(t, a.content), 'يا أيها الذين آمنوا كتب عليكم القصاص في القتلى');
});

test('وقال تعالى (…): after a blessing, the bracket opens the words too', () => {
  const t = 'وقال تعالى (ولكم في القصاص حياة يا أولي الألباب لعلكم تتقون).';
  assert.deepEqual(attributionViews(t).map((v) => v.cue), ['وقال']);
});

test('a short bracket is an aside of the subject, not the words said', () => {
  const t = 'وقال محمد العلي (35 عاما) إن المشروع سيكتمل.';
  const a = attributionsOf(t)[0];
  assert.equal(a && spanText(t, a.content), 'المشروع سيكتمل');
});

test('a long aside in brackets followed by إن stays an aside', () => {
  const t = 'وقال الرجل (وهو مدير المدرسة منذ عشرين عاما) إن المشروع سيكتمل.';
  const a = attributionsOf(t)[0];
  assert.equal(a && spanText(t, a.content), 'المشروع سيكتمل');
});
