import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeEvents, eventOn, eventsIn, type EntitySpec } from '../testing.js';

const ents: EntitySpec[] = [
  { id: 'il', type: 'GPE', name: 'إسرائيل', forms: ['adj:إسرائيلي'] },
  { id: 'ps', type: 'GPE', name: 'فلسطين', forms: ['adj:فلسطيني'] },
];

const event = (t: string, type: string, trigger: string) => {
  const evs = eventsIn(t, { entities: ents });
  const e = eventOn(evs, t, type, trigger);
  assert.ok(e, `missing ${type} ${trigger}: ${describeEvents(t, evs)}`);
  return e;
};

test('a noun and its nisba before the object of an attack verb are its subject', () => {
  const fire = event('أطلق جندي إسرائيلي النار على شاب فلسطيني قرب نابلس.', 'ASSAULT', 'أطلق');
  assert.deepEqual(fire.actor, ['il']);
  const stab = event('طعن شاب فلسطيني جنديا قرب حاجز قلنديا.', 'ASSAULT', 'طعن');
  assert.deepEqual(stab.actor, ['ps']);
});

test('without an object after them they stay the victim of a passive (قتل جندي إسرائيلي في هجوم)', () => {
  const e = event('قتل جندي إسرائيلي في هجوم قرب نابلس.', 'ASSAULT', 'قتل');
  assert.deepEqual(e.actor, []);
  assert.deepEqual(e.recipient, ['il']);
  const wounded = event('قتل جندي إسرائيلي متأثرا بجراحه.', 'ASSAULT', 'قتل');
  assert.deepEqual(wounded.actor, []);
});

test('«مقاتلون من X» after the verb are members of X, its subject', () => {
  const t = 'اشتبك مقاتلون من هيئة تحرير الشام مع فصائل من الجيش الوطني في ريف حلب.';
  const evs = eventsIn(t, { entities: [{ id: 'ht', type: 'ORG', name: 'هيئة تحرير الشام' }, { id: 'na', type: 'ORG', name: 'الجيش الوطني' }] });
  const e = eventOn(evs, t, 'ASSAULT', 'اشتبك');
  assert.ok(e, describeEvents(t, evs));
  assert.deepEqual(e.actor, ['ht']);
});
