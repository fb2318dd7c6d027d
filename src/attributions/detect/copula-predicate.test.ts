import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews, entitiesBySurface } from '../testing.js';

test('لن يكون تابعا …، قائلا: a form in ا after a copula is a predicate; the participle stays with the speaker', () => {
  const t = 'وأكد اللواء ناصر الحربي أن الحرس الوطني سيكون تابعا للقيادة الموحدة قائلا: «نحن جاهزون لكل المهام».';
  const ents = entitiesBySurface(t, [{ id: 'p', type: 'PER', name: 'ناصر الحربي', forms: ['ناصر الحربي'] }]);
  const got = attributionViews(t, ents).filter((x) => x.cue === 'قائلا').map((x) => x.source);
  assert.deepEqual(got, ['ناصر الحربي']);
});
