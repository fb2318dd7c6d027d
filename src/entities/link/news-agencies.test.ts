import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse, find, surfaces } from './testing.js';

// News agencies are often named by «وكالة الأنباء» + the nisba of their country
// rather than by their own name; those descriptions are aliases of one agency.

test('وكالة الأنباء الفرنسية is Agence France-Presse, like فرانس برس later in the text', () => {
  const text = 'ونقلت وكالة الأنباء الفرنسية عن مسؤول قوله إن المفاوضات ستستأنف. وذكرت وكالة فرانس برس أن الجيش قصف المدينة.';
  const es = analyse(text, [['الأنباء الفرنسية', 'ORG'], ['وكالة فرانس برس', 'ORG']]);
  const afp = find(es, 'org:afp');
  assert.ok(afp, 'AFP is linked');
  assert.deepEqual(surfaces(text, afp), ['وكالة الأنباء الفرنسية', 'فرانس برس']);
});

test('وكالة الأنباء البحرينية and وكالة الأنباء الصينية are the agencies of Bahrain and China', () => {
  const text = 'وقالت وكالة الأنباء البحرينية إن الاجتماع انتهى، فيما نقلت وكالة الأنباء الصينية عن الوزير قوله إن الزيارة ناجحة.';
  const es = analyse(text, [['الأنباء البحرينية', 'ORG'], ['الأنباء الصينية', 'ORG']]);
  assert.ok(find(es, 'org:bna'));
  assert.ok(find(es, 'org:xinhua'));
});
