import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, entitiesBySurface, spanText } from '../testing.js';
import type { EntityType } from '../../core/types.js';

/** A state's authorities named by its nisba are that state, named (state-authorities.ts). */
const first = (t: string, ents: { name: string; type: EntityType; form: string }[] = []): { source: string; kind: string; entity?: string } | undefined => {
  const a = attributionsOf(t, entitiesBySurface(t, ents.map((e, k) => ({ id: `e${k}`, type: e.type, name: e.name, forms: [e.form] }))))[0];
  return a ? { source: spanText(t, a.source), kind: a.source.kind, ...(a.source.entity ? { entity: a.source.entity } : {}) } : undefined;
};

test('وقالت السلطات المصرية: named, linked to Egypt by the nisba', () => {
  const t = 'وقالت السلطات المصرية إن الطائرة سقطت بسبب عطل فني.';
  assert.deepEqual(first(t, [{ name: 'مصر', type: 'GPE', form: 'المصرية' }]), { source: 'السلطات المصرية', kind: 'named', entity: 'e0' });
});

test('أعلنت السلطات السعودية, the entity layer taking the phrase for the government: named, that entity', () => {
  const t = 'وأعلنت السلطات السعودية أنها أوقفت خمسة مشتبه بهم في المنطقة الشرقية.';
  assert.deepEqual(first(t, [{ name: 'الحكومة السعودية', type: 'ORG', form: 'السلطات السعودية' }]),
    { source: 'السلطات السعودية', kind: 'named', entity: 'e0' });
});

test('السلطات الأمنية التركية: one adjective of the authorities before the nisba', () => {
  const t = 'وأكدت السلطات الأمنية التركية أن المهاجم كان يحمل جواز سفر مزورا.';
  assert.equal(first(t, [{ name: 'تركيا', type: 'GPE', form: 'التركية' }])?.kind, 'named');
});

test('السلطات المحلية, السلطات alone: no state, still an unnamed source', () => {
  assert.equal(first('وذكرت السلطات المحلية أن الفيضانات دمرت عشرات المنازل.')?.kind, 'anonymous');
  assert.equal(first('وقالت السلطات إن التحقيقات مستمرة.')?.kind, 'anonymous');
});
