import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeEvents, eventOn, eventsIn, type EntitySpec } from '../testing.js';

const ents: EntitySpec[] = [
  { id: 'ap', type: 'ORG', name: 'حركة شباب 6 أبريل' },
  { id: 'nh', type: 'ORG', name: 'حزب النهج الديمقراطي' },
  { id: 'ma', type: 'GPE', name: 'المغرب', forms: ['adj:المغاربة'] },
  { id: 'ca', type: 'GPE', name: 'القاهرة' },
  { id: 'hl', type: 'ORG', name: 'وزارة الصحة' },
];

const actorOf = (t: string, type: string, trigger: string) => {
  const evs = eventsIn(t, { entities: ents });
  const e = eventOn(evs, t, type, trigger);
  assert.ok(e, `missing ${type} ${trigger}: ${describeEvents(t, evs)}`);
  return e.actor;
};

test('نظم before a protest noun lends it its subject', () => {
  assert.deepEqual(actorOf('نظمت حركة شباب 6 أبريل وقفة احتجاجية أمام نقابة الصحفيين في القاهرة.', 'PROTEST', 'وقفة'), ['ap']);
  assert.deepEqual(actorOf('ونظم حزب النهج الديمقراطي مسيرة احتجاجية في الرباط.', 'PROTEST', 'مسيرة'), ['nh']);
});

test('سار before في and a march lends it its subject', () => {
  assert.deepEqual(actorOf('سار آلاف المغاربة في مسيرة حاشدة بالرباط.', 'PROTEST', 'مسيرة'), ['ma']);
});

test('نظم supports no other act: a visit it organises is not done by the organiser', () => {
  const t = 'نظمت وزارة الصحة زيارة للوفد إلى القاهرة.';
  const e = eventOn(eventsIn(t, { entities: ents }), t, 'CONSULT', 'زيارة');
  assert.ok(!e || !e.actor.includes('hl'));
});
