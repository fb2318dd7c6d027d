import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse, find, surfaces } from './testing.js';

test('a force noun before a known party mentions the party', () => {
  const text = 'قصفت ميليشيات الحوثيين الأحياء السكنية في تعز.';
  const es = analyse(text, [['ميليشيات الحوثيين', 'ORG']]);
  assert.deepEqual(surfaces(text, find(es, 'org:houthis')), ['ميليشيات الحوثيين']);
  assert.equal(es.length, 2);
});

test('a force noun before a party the knowledge base lists with another head (مسلحي الحوثي → ميليشيا الحوثي)', () => {
  const text = 'وهاجم مسلحي الحوثي المدينة أمس.';
  const es = analyse(text);
  assert.deepEqual(surfaces(text, find(es, 'org:houthis')), ['الحوثي']);
});

test('a force noun before a name given elsewhere in the document joins that name', () => {
  const text = 'أعلنت جبهة الأحرار الجديدة مسؤوليتها. وهاجمت عناصر جبهة الأحرار الجديدة القرية.';
  const es = analyse(text, [['جبهة الأحرار الجديدة', 'ORG'], ['عناصر جبهة الأحرار الجديدة', 'ORG']]);
  const e = find(es, 'جبهة الأحرار الجديدة');
  assert.deepEqual(surfaces(text, e), ['جبهة الأحرار الجديدة', 'عناصر جبهة الأحرار الجديدة']);
  assert.equal(es.filter((x) => x.name.includes('الأحرار')).length, 1);
});

test('a force noun before words that name no party is left alone', () => {
  const text = 'وانتشرت قوات الطوارئ الخاصة في المدينة.';
  const es = analyse(text, [['قوات الطوارئ الخاصة', 'ORG']]);
  assert.deepEqual(surfaces(text, find(es, 'قوات الطوارئ الخاصة')), ['قوات الطوارئ الخاصة']);
});
