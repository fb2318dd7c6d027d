import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entitiesBySurface, attributionViews } from '../testing.js';

test('نجمة السينما X، قالت …: a description outside the lexicon, then a person\'s name, fronts the subject', () => {
  const t = 'وقال المخرج سامر إن التصوير انتهى. نجمة السينما ليلى حسن، قالت مساء أمس: إن الفيلم سيعرض قريبا.';
  const ents = entitiesBySurface(t, [
    { id: 'p1', type: 'PER', name: 'ليلى حسن', forms: ['ليلى حسن'] },
    { id: 'p2', type: 'PER', name: 'سامر', forms: ['سامر'] },
  ]);
  const v = attributionViews(t, ents).map((x) => `${x.cue} | ${x.source}`);
  assert.ok(v.some((x) => x.startsWith('قالت |') && x.includes('ليلى حسن')), v.join('\n'));
});
