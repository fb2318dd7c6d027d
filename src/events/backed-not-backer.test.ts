import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity, IsnadEvent } from '../core/types.js';
import { isBackingEvent, keepBackedParty } from './backed-not-backer.js';

// «وتقدمت المقاومة المدعومة بكتائب من الجيش نحو الجبل»: the rules find no named backer.
const text = 'وتقدمت المقاومة المدعومة بكتائب من الجيش نحو الجبل بدعم طيران التحالف';
const at = (w: string) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length });
const entities: Entity[] = [
  { id: 'res', type: 'ORG', name: 'المقاومة', mentions: [{ ...at('المقاومة'), kind: 'name' }] } as unknown as Entity,
  { id: 'co', type: 'ORG', name: 'طيران التحالف', mentions: [{ ...at('طيران التحالف'), kind: 'name' }] } as unknown as Entity,
];
const ev = (trigger: string, actor: string[], recipient: string[]): IsnadEvent => ({ id: 'v1', type: 'AID', trigger: at(trigger), actor, recipient, negated: false });

test('the chooser does not make the party backed, named before the word of backing, its backer', () => {
  const rules = [ev('المدعومة', [], ['res'])];
  const chosen = [ev('المدعومة', ['res'], [])];
  assert.deepEqual(keepBackedParty(text, entities, rules, chosen)[0], rules[0]);
});

test('the chooser keeps its choice elsewhere: another party, a genitive after بدعم, a word that is no backing', () => {
  assert.deepEqual(keepBackedParty(text, entities, [ev('المدعومة', [], ['res'])], [ev('المدعومة', ['co'], ['res'])])[0]!.actor, ['co']);
  assert.deepEqual(keepBackedParty(text, entities, [ev('بدعم', [], ['co'])], [ev('بدعم', ['co'], [])])[0]!.actor, ['co']);
  assert.ok(isBackingEvent(text, ev('المدعومة', [], [])));
  assert.ok(!isBackingEvent(text, ev('وتقدمت', [], [])));
});
