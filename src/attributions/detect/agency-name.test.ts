import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity } from '../../core/types.js';
import { attributionsOf, entitiesBySurface, spanText } from '../testing.js';

/** وكالة + a tagged fragment opening with الأنباء: the whole agency speaks (agency-name.ts). */

const e = (id: string, name: string, form = name): { id: string; type: Entity['type']; name: string; forms: string[] } => ({ id, type: 'ORG', name, forms: [form] });

const first = (t: string, ents: Entity[]): { source: string; entity: string | undefined } => {
  const a = attributionsOf(t, ents)[0];
  return { source: spanText(t, a?.source ?? {}), entity: a?.source.entity };
};

test('ونقلت وكالة الأنباء الرسمية (واس) عن …: the agency, known by its acronym', () => {
  const t = 'ونقلت وكالة الأنباء الرسمية (واس) عن مصدر مسؤول قوله إن المملكة تتابع الأوضاع.';
  const r = first(t, entitiesBySurface(t, [e('f', 'الأنباء الرسمية'), e('spa', 'وكالة الأنباء السعودية', 'واس')]));
  assert.ok(r.source.startsWith('وكالة الأنباء الرسمية'), r.source);
  assert.equal(r.entity, 'spa');
});

test('وذكرت وكالة الأنباء الرسمية (سانا) أن …', () => {
  const t = 'وذكرت وكالة الأنباء الرسمية (سانا) أن الدفاعات الجوية تصدت لصواريخ معادية.';
  const r = first(t, entitiesBySurface(t, [e('f', 'الأنباء الرسمية'), e('sana', 'الوكالة العربية السورية للأنباء', 'سانا')]));
  assert.ok(r.source.startsWith('وكالة الأنباء الرسمية'), r.source);
  assert.equal(r.entity, 'sana');
});

test('وأفادت وكالة الأنباء الرسمية بأن …: with no acronym, the fragment names no agency', () => {
  const t = 'وأفادت وكالة الأنباء الرسمية بأن الرئيس استقبل الوفد الزائر.';
  assert.deepEqual(first(t, entitiesBySurface(t, [e('f', 'الأنباء الرسمية')])), { source: 'وكالة الأنباء الرسمية', entity: undefined });
});

test('وقالت وكالة الأنباء الليبية إن …: a fragment that names the agency keeps its entity', () => {
  const t = 'وقالت وكالة الأنباء الليبية إن المطار استأنف رحلاته.';
  assert.deepEqual(first(t, entitiesBySurface(t, [e('lana', 'الأنباء الليبية')])), { source: 'وكالة الأنباء الليبية', entity: 'lana' });
});

test('ولم تقدم وكالة الأنباء الإماراتية التي أوردت الخبر تفاصيل: the relative clause is not part of the name', () => {
  const t = 'ولم تقدم وكالة الأنباء الإماراتية التي أوردت الخبر تفاصيل حول الحادث.';
  assert.equal(first(t, entitiesBySurface(t, [e('wam', 'الأنباء الإماراتية')])).source, 'وكالة الأنباء الإماراتية');
});
