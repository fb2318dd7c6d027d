import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, spanText } from '../testing.js';

const viewsOf = (t: string): { cue: string; source: string }[] =>
  attributionsOf(t).map((a) => ({ cue: spanText(t, a.cue), source: spanText(t, a.source) }));

test('what agencies and sites passed around (حسب ما تناقلته، وفقا لما تداولته) is reported by them', () => {
  assert.deepEqual(viewsOf('وارتفعت أسعار الذهب، حسب ما تناقلته وسائل الإعلام المحلية.'),
    [{ cue: 'حسب ما تناقلته', source: 'وسائل الإعلام المحلية' }]);
  assert.deepEqual(viewsOf('وتوفي الحارس متأثرا بإصابته، وفقا لما تداولته مواقع التواصل الاجتماعي.'),
    [{ cue: 'وفقا لما تداولته', source: 'مواقع التواصل الاجتماعي' }]);
});
