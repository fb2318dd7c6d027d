import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf } from './testing.js';

const cut = (t: string, s: { start?: number; end?: number }) => t.slice(s.start ?? 0, s.end ?? 0);
const views = (t: string) => attributionsOf(t).map((a) => ({ cue: cut(t, a.cue), source: cut(t, a.source), stance: a.stance }));
const one = (t: string, cue: string, source: string, stance = 'assert') => assert.deepEqual(views(t), [{ cue, source, stance }], t);

test('a verb of urging takes a plural noun as its subject when nobody before it could be urging', () => {
  one('ويدعو الخبراء إلى ترشيد استهلاك المياه في الصيف.', 'ويدعو', 'الخبراء');
  // A sound plural in the nominative is a subject, whoever spoke before.
  one('ويطالب المزارعون بتعويضهم عن الخسائر.', 'ويطالب', 'المزارعون');
  assert.deepEqual(views('قال الوزير إن الموسم جيد. ويطالب المزارعون بتعويضهم عن الخسائر.')[1],
    { cue: 'ويطالب', source: 'المزارعون', stance: 'assert' });
  // … and the definite noun after it is the one urged.
  one('وحث المعلمون الوزارة على زيادة الرواتب.', 'وحث', 'المعلمون');
});

test('after a speaker, the plural noun after a verb of urging is still the one urged', () => {
  const t = 'وقال الوزير إن المياه شحيحة. ودعا الخبراء إلى دراسة الحلول.';
  assert.deepEqual(views(t)[1], { cue: 'ودعا', source: 'الوزير', stance: 'assert' });
  // An accusative plural is never the subject, even with no speaker before.
  assert.deepEqual(views('ودعا المشاركين إلى الالتزام بالموعد.').map((v) => v.source), []);
});
