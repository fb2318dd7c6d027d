/**
 * The actor of an event where Arabic news leaves it implicit or far from the
 * trigger: relative clauses without a relative pronoun, attacks attributed to
 * a party, members of a party, casualties and the attack that caused them,
 * time phrases between a support verb and its noun, carried subjects.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { IsnadEvent } from '../core/types.js';
import { extractEvents } from './extract.js';
import { buildLayers, type EntitySpec } from './testing.js';

function events(text: string, entities: EntitySpec[]): IsnadEvent[] {
  return extractEvents(buildLayers(text, { entities }));
}

const at = (text: string, evs: IsnadEvent[], trigger: string) => evs.find((e) => text.slice(e.trigger.start, e.trigger.end) === trigger);

test('an indefinite attack noun takes the doer of its relative clause without a relative pronoun', () => {
  const text = 'قتل 21 شخصا على الأقل في هجوم تبنته حركة طالبان في ولاية قندوز.';
  const evs = events(text, [{ id: 'e1', type: 'ORG', name: 'حركة طالبان' }, { id: 'e2', type: 'LOC', name: 'قندوز' }]);
  assert.deepEqual(at(text, evs, 'هجوم')?.actor, ['e1']);
  // The killing takes the doer of the attack that caused it.
  assert.deepEqual(at(text, evs, 'قتل')?.actor, ['e1']);
  const raid = 'أصيب أربعة أشخاص في غارة شنها الطيران الحربي الإسرائيلي على موقع في غزة.';
  const r = events(raid, [{ id: 'e1', type: 'GPE', name: 'إسرائيل', forms: ['adj:الإسرائيلي'] }, { id: 'e2', type: 'GPE', name: 'غزة' }]);
  assert.deepEqual(at(raid, r, 'غارة')?.actor, ['e1']);
});

test('a relative clause of reporting is not the doer, and a definite noun needs a relative pronoun', () => {
  const text = 'وقع الهجوم أدانته السعودية بشدة.';
  const evs = events(text, [{ id: 'e1', type: 'GPE', name: 'السعودية' }]);
  assert.deepEqual(at(text, evs, 'الهجوم')?.actor ?? [], []);
});

test('an attack attributed to a party («نسب إلى متمردين من …») has that party as actor', () => {
  const text = 'قتل جنديان في هجوم نسب الى متمردين من حزب العمال الكردستاني.';
  const evs = events(text, [{ id: 'e1', type: 'ORG', name: 'حزب العمال الكردستاني' }]);
  assert.deepEqual(at(text, evs, 'هجوم')?.actor, ['e1']);
});

test('members of a party after من stand for it, and a casualty noun is not the act of the verb that reports it', () => {
  const text = 'أعلن الجيش التركي مقتل ثلاثة جنود حين فتح عناصر من حزب العمال الكردستاني النار على قافلة عسكرية.';
  const evs = events(text, [{ id: 'e1', type: 'ORG', name: 'الجيش التركي' }, { id: 'e2', type: 'ORG', name: 'حزب العمال الكردستاني' }]);
  assert.deepEqual(at(text, evs, 'فتح')?.actor, ['e2']);
  assert.deepEqual(at(text, evs, 'مقتل')?.actor, ['e2']);
});

test('a time phrase between commas does not separate a support verb from its noun', () => {
  const text = 'شنت طائرات التحالف العربي، امس الجمعة، عدة غارات على مواقع للحوثيين.';
  const evs = events(text, [{ id: 'e1', type: 'ORG', name: 'التحالف العربي' }, { id: 'e2', type: 'ORG', name: 'الحوثيين' }]);
  const raid = evs.find((e) => e.type === 'ASSAULT');
  assert.ok(raid);
  assert.deepEqual(raid.actor, ['e1']);
});

test('a group of people named by a nisba (آلاف العراقيين) is the state; the participle of manner shares it', () => {
  const text = 'تظاهر آلاف العراقيين أمس في بغداد احتجاجا على الفساد، مطالبين رئيس الوزراء حيدر العبادي بالإصلاح.';
  const evs = events(text, [
    { id: 'e1', type: 'GPE', name: 'العراق', forms: ['adj:العراقيين'] },
    { id: 'e2', type: 'GPE', name: 'بغداد' },
    { id: 'e3', type: 'PER', name: 'حيدر العبادي' },
  ]);
  assert.deepEqual(at(text, evs, 'تظاهر')?.actor, ['e1']);
  const req = at(text, evs, 'مطالبين');
  assert.deepEqual(req?.actor, ['e1']);
  assert.deepEqual(req?.recipient, ['e3']);
});

test('the possessive of a noun after a locative phrase points to the subject, not the place', () => {
  const text = 'أحكمت المقاومة الشعبية في محافظة لحج بجنوب اليمن أمس سيطرتها على قاعدة العند.';
  const evs = events(text, [
    { id: 'e1', type: 'ORG', name: 'المقاومة الشعبية' },
    { id: 'e2', type: 'GPE', name: 'لحج' },
    { id: 'e3', type: 'GPE', name: 'اليمن' },
  ]);
  assert.deepEqual(evs.find((e) => e.type === 'COERCE')?.actor, ['e1']);
});
