import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity } from '../../core/types.js';
import { attributionViews, entitiesBySurface } from '../testing.js';

/**
 * رفضهما، موقفهما: the dual pronoun هما ends in ا like the accusative tanwin, but a noun with it
 * is a possessed object (frame-parts.ts accusativeObject), what two speakers announce.
 */

const e = (id: string, type: Entity['type'], name: string): { id: string; type: Entity['type']; name: string; forms: string[] } => ({ id, type, name, forms: [name] });

test('أعلنت مصر والأردن رفضهما القاطع لـ…: two states announce their refusal', () => {
  const t = 'وأعلنت مصر والأردن رفضهما القاطع لأي محاولة لتهجير الفلسطينيين.';
  const ents = entitiesBySurface(t, [e('e1', 'GPE', 'مصر'), e('e2', 'GPE', 'الأردن')]);
  assert.deepEqual(attributionViews(t, ents), [{ cue: 'وأعلنت', source: 'مصر والأردن', stance: 'assert' }]);
});

test('أعلن الوزيران رفضهما …: a dual subject and its possessed object', () => {
  const t = 'وأعلن الوزيران رفضهما القاطع لأي محاولة لتهجير الفلسطينيين.';
  assert.deepEqual(attributionViews(t), [{ cue: 'وأعلن', source: 'الوزيران', stance: 'assert' }]);
});
