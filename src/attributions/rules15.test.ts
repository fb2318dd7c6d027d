import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, entitiesBySurface } from './testing.js';

const cut = (t: string, s: { start?: number; end?: number }) => (s.start === undefined ? '∅' : t.slice(s.start, s.end ?? s.start));
const views = (t: string, ents = entitiesBySurface(t, [])) =>
  attributionsOf(t, ents).map((a) => ({ cue: cut(t, a.cue), source: cut(t, a.source), stance: a.stance }));
const contents = (t: string, ents = entitiesBySurface(t, [])) => attributionsOf(t, ents).map((a) => cut(t, a.content));

test('a subjectless verb opening the text (وأضاف: إن، وأشار إلى أن) is a report whose source is unwritten', () => {
  const t = 'وأشار إلى أن الفريق يعرف قدرات منافسه، مؤكدا أنهم قادرون على الفوز.';
  assert.deepEqual(views(t), [
    { cue: 'وأشار', source: '∅', stance: 'assert' },
    { cue: 'مؤكدا', source: '∅', stance: 'assert' },
  ]);
  assert.deepEqual(contents(t), ['الفريق يعرف قدرات منافسه', 'قادرون على الفوز']);
  const u = 'وأضاف: إن "المشروع سيكتمل في موعده".';
  assert.deepEqual(views(u), [{ cue: 'وأضاف', source: '∅', stance: 'assert' }]);
  const v = 'وأعرب عن اعتقاده بأن الأسواق ستتحسن قريبا.';
  assert.deepEqual(views(v), [{ cue: 'وأعرب', source: '∅', stance: 'assert' }]);
  // A subject written after the verb is still read (وذكرت «أم باسم» …، أن).
  const w = 'وذكرت المعلمة التي تعمل في المدرسة منذ سنوات، أن الطلاب تحسنوا.';
  assert.ok(views(w)[0]?.source.startsWith('المعلمة'));
  // Not at the opening of the text: no speaker, no report.
  const x = 'وصل الوفد أمس إلى المدينة. وأشار إلى أن الزيارة تستمر يومين.';
  assert.equal(views(x).filter((a) => a.source === '∅').length, 0);
});
