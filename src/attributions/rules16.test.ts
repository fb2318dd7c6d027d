import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, entitiesBySurface } from './testing.js';

const cut = (t: string, s: { start?: number; end?: number }) => (s.start === undefined ? '∅' : t.slice(s.start, s.end ?? s.start));
const views = (t: string, ents = entitiesBySurface(t, [])) =>
  attributionsOf(t, ents).map((a) => ({ cue: cut(t, a.cue), source: cut(t, a.source), stance: a.stance }));
const contents = (t: string, ents = entitiesBySurface(t, [])) => attributionsOf(t, ents).map((a) => cut(t, a.content));

test('an honorific with its pronoun (معاليه، سموه، فضيلته) is a masculine subject, not a feminine noun in ه', () => {
  const t = 'وأضاف معاليه: إن المشروعات تسير وفق الخطة.';
  assert.deepEqual(views(t), [{ cue: 'وأضاف', source: 'معاليه', stance: 'assert' }]);
  assert.deepEqual(contents(t), ['المشروعات تسير وفق الخطة']);
  const u = 'وأكد سموه أن الدولة ماضية في دعم الشباب.';
  assert.deepEqual(views(u), [{ cue: 'وأكد', source: 'سموه', stance: 'assert' }]);
  const v = 'وقال فضيلته إن الصيام عبادة عظيمة.';
  assert.deepEqual(views(v), [{ cue: 'وقال', source: 'فضيلته', stance: 'assert' }]);
});
