import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { IsnadEvent } from '../core/types.js';
import { withCoordinatedParties } from './chosen-coordinated.js';
import { buildLayers } from './testing.js';

const ENTITIES = [
  { id: 'eg', type: 'GPE' as const, name: 'مصر' },
  { id: 'jo', type: 'GPE' as const, name: 'الأردن' },
  { id: 'ma', type: 'GPE' as const, name: 'المغرب' },
  { id: 'ly', type: 'GPE' as const, name: 'ليبيا' },
];

/** The rules' event (no actor) and the chooser's (one actor) on the word w of text. */
function chosen(text: string, w: string, actor: string, recipient: string[] = []) {
  const input = buildLayers(text, { entities: ENTITIES });
  const at = { start: text.indexOf(w), end: text.indexOf(w) + w.length };
  const ev = (a: string[]): IsnadEvent => ({ id: 'v1', type: 'COOPERATE', trigger: at, actor: a, recipient, negated: false });
  return withCoordinatedParties(input, [ev([])], [ev([actor])])[0]!.actor;
}

test('a lone party the chooser fills in brings the parties coordinated with it', () => {
  // The chooser took the party nearest the act, the last of the coordination.
  assert.deepEqual(chosen('تسعى مصر والأردن إلى تنسيق المواقف قبل القمة.', 'تنسيق', 'jo'), ['eg', 'jo']);
  assert.deepEqual(chosen('بدأت جولة من المشاورات تضم مصر والأردن والمغرب في العاصمة.', 'المشاورات', 'eg'), ['eg', 'jo', 'ma']);
});

test('two sides after بين stay actor and recipient; a party the chooser left alone or the rules chose is kept', () => {
  assert.deepEqual(chosen('انتهت المحادثات بين مصر وليبيا بتوقيع اتفاق.', 'بتوقيع', 'eg'), ['eg']);
  assert.deepEqual(chosen('تسعى مصر إلى تنسيق المواقف مع الأردن.', 'تنسيق', 'eg', ['jo']), ['eg']);
  const text = 'تسعى مصر والأردن إلى تنسيق المواقف.';
  const input = buildLayers(text, { entities: ENTITIES });
  const at = { start: text.indexOf('تنسيق'), end: text.indexOf('تنسيق') + 5 };
  const ev: IsnadEvent = { id: 'v1', type: 'COOPERATE', trigger: at, actor: ['jo'], recipient: [], negated: false };
  assert.deepEqual(withCoordinatedParties(input, [ev], [ev])[0]!.actor, ['jo']);
});

test('the first of the sides of a hostile act after بين acts alone', () => {
  const text = 'اندلعت المواجهات بين مصر والأردن والمغرب على الحدود.';
  const input = buildLayers(text, { entities: ENTITIES });
  const at = { start: text.indexOf('المواجهات'), end: text.indexOf('المواجهات') + 9 };
  const ev = (a: string[]): IsnadEvent => ({ id: 'v1', type: 'ASSAULT', trigger: at, actor: a, recipient: [], negated: false });
  assert.deepEqual(withCoordinatedParties(input, [ev([])], [ev(['eg'])])[0]!.actor, ['eg']);
});
