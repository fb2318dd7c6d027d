import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeEvents as show, eventOn, eventsIn, type LayerSpec } from '../testing.js';

const entities: LayerSpec['entities'] = [
  { id: 'e1', type: 'PER', name: 'خالد المنصوري' },
  { id: 'e2', type: 'PER', name: 'سارة العتيبي' },
  { id: 'e3', type: 'PER', name: 'محمد الشمري' },
];

test('a first-person perfect in reported speech is the speaker\'s act; its pronoun object is not the speaker (ألقينا القبض عليه)', () => {
  const t = 'وقال مدير الشرطة خالد المنصوري: "ألقينا القبض عليه في منطقة جبلية أمس".';
  const e = eventsIn(t, { entities, attributions: [{ id: 'a1', cue: 'وقال', source: 'خالد المنصوري', sourceEntity: 'e1', content: 'ألقينا' }] });
  const ev = eventOn(e, t, 'COERCE', 'القبض');
  assert.deepEqual(ev?.actor, ['e1'], show(t, e));
  assert.deepEqual(ev?.recipient, [], show(t, e));
});

test('«طلبتُ» (I asked) is the speaker\'s, and the party after it the one asked', () => {
  const t = 'وقالت سارة العتيبي للصحيفة: عندما طلبتُ الطلاق من زوجي محمد الشمري رفض.';
  const e = eventsIn(t, { entities, attributions: [{ id: 'a1', cue: 'وقالت', source: 'سارة العتيبي', sourceEntity: 'e2', content: 'عندما' }] });
  const ev = eventOn(e, t, 'REQUEST', 'طلبتُ');
  assert.deepEqual(ev?.actor, ['e2'], show(t, e));
  assert.deepEqual(ev?.recipient, ['e3'], show(t, e));
});

test('a verb in نا with its subject named after it keeps that subject (هاجمنا X: X attacked us)', () => {
  const t = 'وقال خالد المنصوري: "هاجمنا محمد الشمري في منزلنا".';
  const e = eventsIn(t, { entities, attributions: [{ id: 'a1', cue: 'وقال', source: 'خالد المنصوري', sourceEntity: 'e1', content: 'هاجمنا' }] });
  const ev = eventOn(e, t, 'ASSAULT', 'هاجمنا');
  assert.notDeepEqual(ev?.actor, ['e1'], show(t, e));
});
