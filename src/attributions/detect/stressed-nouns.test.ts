import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, entitiesBySurface, spanText } from '../testing.js';

/** عمق، متانة، أهمية … with a genitive: what a speaker stresses is the object (announced-nouns.ts). */

const views = (t: string, ents = entitiesBySurface(t, [])): { cue: string; source: string; content: string }[] =>
  attributionsOf(t, ents).map((a) => ({ cue: spanText(t, a.cue), source: spanText(t, a.source), content: spanText(t, a.content) }));

test('أكد الوزير عمق العلاقات …: the depth of the ties is what was stressed', () => {
  assert.deepEqual(views('أكد الوزير عمق العلاقات بين البلدين.'), [{ cue: 'أكد', source: 'الوزير', content: 'عمق العلاقات بين البلدين' }]);
});

test('أكد الملك X، عمق العلاقات …: past a comma after a named subject, too', () => {
  const t = 'أكد الملك سلمان بن عبد العزيز، عمق العلاقات التي تربط بلاده مع مصر.';
  const ents = entitiesBySurface(t, [{ id: 'e1', type: 'PER', name: 'سلمان', forms: ['الملك سلمان بن عبد العزيز'] }]);
  assert.deepEqual(views(t, ents), [{ cue: 'أكد', source: 'الملك سلمان بن عبد العزيز', content: 'عمق العلاقات التي تربط بلاده مع مصر' }]);
});

test('a stressed noun after a verb that takes no object is no content', () => {
  assert.deepEqual(views('قال الوزير، عمق العلاقات بين البلدين كبير.'), []);
});
