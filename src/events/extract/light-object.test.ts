import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { IsnadEvent } from '../../core/types.js';
import { extractEvents } from '../extract.js';
import { buildLayers, type EntitySpec } from '../testing.js';

const events = (text: string, entities: EntitySpec[]): IsnadEvent[] => extractEvents(buildLayers(text, { entities }));
const at = (text: string, evs: IsnadEvent[], trigger: string) => evs.find((e) => text.slice(e.trigger.start, e.trigger.end) === trigger);

const RU: EntitySpec = { id: 'ru', type: 'GPE', name: 'روسيا' };
const TR: EntitySpec = { id: 'tr', type: 'GPE', name: 'تركيا' };
const IS: EntitySpec = { id: 'is', type: 'ORG', name: 'داعش' };

test('verbs of launching, kindling, readiness, ability and resort lend their subject to the act noun after them', () => {
  const launch = 'وأطلقت تركيا عملية عسكرية ضد داعش شمال البلاد.';
  assert.deepEqual(at(launch, events(launch, [TR, IS]), 'عملية')?.actor, ['tr']);
  const ready = 'وتستعد روسيا لشن هجوم على داعش في الربيع.';
  assert.deepEqual(at(ready, events(ready, [RU, IS]), 'لشن')?.actor, ['ru']);
  const able = 'واستطاعت روسيا السيطرة على المطار خلال يومين.';
  assert.deepEqual(at(able, events(able, [RU]), 'السيطرة')?.actor, ['ru']);
  const resort = 'ولجأت تركيا إلى قصف مواقع داعش بالمدفعية.';
  assert.deepEqual(at(resort, events(resort, [TR, IS]), 'قصف')?.actor, ['tr']);
  const first = 'وبادر داعش بإطلاق النار على الحراس.';
  assert.deepEqual(at(first, events(first, [IS]), 'بإطلاق')?.actor, ['is']);
  const war = 'وتضررت القرى من الحرب التي أشعلتها روسيا قبل عامين.';
  assert.deepEqual(at(war, events(war, [RU]), 'الحرب')?.actor, ['ru']);
});

// A guard on the new support verb: أطلق of naming (يطلقون على أنفسهم اسم) is not launching.
test('أطلق of naming lends no subject to the act after it', () => {
  const naming = 'واستعاد مقاتلون يطلقون على أنفسهم اسم كتيبة الفجر التلة بدعم من غارات تشنها تركيا.';
  const band: EntitySpec = { id: 'kf', type: 'ORG', name: 'كتيبة الفجر' };
  assert.deepEqual(at(naming, events(naming, [TR, band]), 'بدعم')?.actor, ['tr']);
});

test('a support verb with an unnamed subject of its own does not take the subject of the verb before it', () => {
  const text = 'ورفضت روسيا التنسيق مع تركيا، وبدأت قوات الأمن عملية عسكرية ضد داعش.';
  assert.deepEqual(at(text, events(text, [RU, TR, IS]), 'عملية')?.actor ?? [], []);
  const launched = 'ورفضت روسيا التنسيق مع تركيا، وأطلقت قوات الأمن عملية عسكرية ضد داعش.';
  assert.deepEqual(at(launched, events(launched, [RU, TR, IS]), 'عملية')?.actor ?? [], []);
});
