import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity } from '../../core/types.js';
import { attributionsOf, attributionViews, entitiesBySurface, spanText } from '../testing.js';

/** A title's body glued to ل, with the holder's name right after it, stays in the source (title-body.ts). */

const e = (id: string, type: Entity['type'], name: string): { id: string; type: Entity['type']; name: string; forms: string[] } => ({ id, type, name, forms: [name] });

test('الأمين العام للأمم المتحدة أنطونيو غوتيريش: the named holder is the speaker', () => {
  const t = 'وقال الأمين العام للأمم المتحدة أنطونيو غوتيريش إن الوضع في غزة كارثي.';
  const ents = entitiesBySurface(t, [e('e1', 'ORG', 'الأمم المتحدة'), e('e2', 'PER', 'أنطونيو غوتيريش')]);
  const a = attributionsOf(t, ents);
  assert.equal(a.length, 1);
  assert.equal(a[0]?.source.entity, 'e2');
});

test('أكد رئيس اللجنة المالية باللجنة المحلية للانتخابات البلدية سعد العقيل أن …', () => {
  const t = 'أكد رئيس اللجنة المالية باللجنة المحلية للانتخابات البلدية سعد العقيل أن العمل جار على قدم وساق.';
  const ents = entitiesBySurface(t, [e('e1', 'PER', 'سعد العقيل')]);
  const a = attributionsOf(t, ents);
  assert.equal(a.length, 1);
  assert.equal(a[0]?.source.entity, 'e1');
  assert.ok(spanText(t, a[0]?.source ?? {}).includes('العقيل'));
});

test('قال الوزير للصحفيين إن …: with no name after it, ل is the addressee', () => {
  assert.deepEqual(attributionViews('وقال الوزير للصحفيين إن الحكومة لن تتراجع.'), [{ cue: 'وقال', source: 'الوزير', stance: 'assert' }]);
});
