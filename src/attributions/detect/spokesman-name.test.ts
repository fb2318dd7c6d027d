import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, entitiesBySurface, spanText } from '../testing.js';

/** Source text and kind of the attribution on `cue`. */
const sourceOf = (t: string, cue: string, ents = entitiesBySurface(t, [])): { source: string; kind: string }[] =>
  attributionsOf(t, ents).filter((a) => spanText(t, a.cue) === cue).map((a) => ({ source: spanText(t, a.source), kind: a.source.kind }));

test('a spokesman for a body introduced by لل, named at the end of his phrase, is a named source', () => {
  const t = 'وأوضح المتحدث الرسمي للجمعية الخيرية بمنطقة تبوك سالم العطوي أن التبرعات زادت هذا العام.';
  const ents = entitiesBySurface(t, [{ id: 'p', type: 'PER', name: 'سالم العطوي', forms: ['سالم العطوي'] }]);
  const [s] = sourceOf(t, 'وأوضح', ents);
  assert.equal(s?.kind, 'named');
  assert.match(s?.source ?? '', /سالم العطوي/);
});

test('a spokesman for a body introduced by في, named after it, is a named source', () => {
  const t = 'وقال المتحدث الرسمي في هيئة النقل العام ماجد الحربي إن الرحلات ستستأنف غدا.';
  const ents = entitiesBySurface(t, [
    { id: 'o', type: 'ORG', name: 'هيئة النقل العام', forms: ['هيئة النقل العام'] },
    { id: 'p', type: 'PER', name: 'ماجد الحربي', forms: ['ماجد الحربي'] },
  ]);
  assert.deepEqual(sourceOf(t, 'وقال', ents).map((s) => s.kind), ['named']);
});

test('the ministry glued to ل after a spokesman is the body he speaks for when his name follows, even one the tagger missed', () => {
  const t = 'وأكد المتحدث الرسمي لوزارة النقل فارس الدوسري أن الطريق سيفتح قريبا.';
  const ents = entitiesBySurface(t, [{ id: 'o', type: 'ORG', name: 'وزارة النقل', forms: ['وزارة النقل'] }]);
  assert.deepEqual(sourceOf(t, 'وأكد', ents), [{ source: 'المتحدث الرسمي لوزارة النقل فارس الدوسري', kind: 'named' }]);
});

test('a spokesman with no name stays anonymous, and the body he serves is not the speaker', () => {
  const t = 'وقال المتحدث الأمني بوزارة النقل إن الطريق سيفتح قريبا.';
  const ents = entitiesBySurface(t, [{ id: 'o', type: 'ORG', name: 'وزارة النقل', forms: ['وزارة النقل'] }]);
  assert.deepEqual(sourceOf(t, 'وقال', ents), [{ source: 'المتحدث الأمني بوزارة النقل', kind: 'anonymous' }]);
});

test('an outlet or an audience after a spokesman with no name after it is still the addressee', () => {
  const t = 'وقال المتحدث الرسمي لرويترز إن الطريق سيفتح قريبا.';
  // The entity layer links رويترز to the knowledge base's news outlet (sector MED): a body of
  // another sector there would be the one the spokesman speaks for (office-body.ts).
  const ents = entitiesBySurface(t, [{ id: 'o', type: 'ORG', name: 'رويترز', forms: ['رويترز'] }])
    .map((x) => ({ ...x, kb: { id: 'org:reuters', sector: 'MED' } }));
  assert.deepEqual(sourceOf(t, 'وقال', ents), [{ source: 'المتحدث الرسمي', kind: 'anonymous' }]);
  const u = 'وقال المتحدث الرسمي للصحفيين إن الطريق سيفتح قريبا.';
  assert.deepEqual(sourceOf(u, 'وقال').map((s) => s.source), ['المتحدث الرسمي']);
});
