import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity } from '../../core/types.js';
import { attributionsOf, attributionViews, entitiesBySurface, spanText } from '../testing.js';

/** صحة التقارير after a whole subject is the object of confirming or denying (truth-object.ts). */

test('ولم يؤكد البنتاغون صحة التقارير التي …: a cue of stance none, its content from صحة', () => {
  const t = 'ولم يؤكد البنتاغون صحة التقارير التي تحدثت عن سقوط قتلى أمريكيين.';
  const ents = entitiesBySurface(t, [{ id: 'e1', type: 'ORG' as Entity['type'], name: 'البنتاغون', forms: ['البنتاغون'] }]);
  const a = attributionsOf(t, ents).find((x) => spanText(t, x.cue) === 'ولم يؤكد');
  assert.ok(a);
  assert.equal(spanText(t, a.source), 'البنتاغون');
  assert.equal(a.stance, 'none');
  assert.ok(a.content && spanText(t, a.content).startsWith('صحة التقارير'));
});

test('ولم يؤكد البنتاغون صحة هذه التقارير: the content keeps صحة', () => {
  const t = 'ولم يؤكد البنتاغون صحة هذه التقارير حتى الآن.';
  const a = attributionsOf(t).find((x) => spanText(t, x.cue) === 'ولم يؤكد');
  assert.ok(a?.content && spanText(t, a.content).startsWith('صحة هذه'));
});

test('ولم تؤكد الشرطة صحة الأنباء عن …', () => {
  assert.deepEqual(attributionViews('ولم تؤكد الشرطة صحة الأنباء عن اعتقال المشتبه به.'), [{ cue: 'ولم تؤكد', source: 'الشرطة', stance: 'none' }]);
});
