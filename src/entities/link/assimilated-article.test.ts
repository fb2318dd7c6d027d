import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse, find, surfaces } from './testing.js';
import { assimilatedArticle } from './assimilated-article.js';

test('a name cut after لل gets its article back', () => {
  assert.deepEqual(assimilatedArticle('للمديريه', 2, 'مديريه'), { word: 'المديريه', cut: 1, restored: true });
  assert.deepEqual(assimilatedArticle('وللمديريه', 3, 'مديريه'), { word: 'المديريه', cut: 2, restored: true });
  assert.deepEqual(assimilatedArticle('للدفاع', 1, 'الدفاع'), { word: 'الدفاع', cut: 1, restored: true });
  // ل before a name that begins with ل (للبنان) keeps it
  assert.equal(assimilatedArticle('للبنان', 1, 'لبنان'), undefined);
  assert.equal(assimilatedArticle('المديريه', 0, 'المديريه'), undefined);
});

test('a body named after the preposition لل merges with its name written with the article', () => {
  const text = 'زيارة الموقع الإلكتروني للمديرية العامة للجوازات. وأكدت المديرية العامة للجوازات أن المهلة انتهت.';
  // the tagger's span starts after لل
  const es = analyse(text, [['مديرية العامة للجوازات', 'ORG'], ['المديرية العامة للجوازات', 'ORG']]);
  const e = find(es, 'المديرية العامة للجوازات');
  assert.ok(e, es.map((x) => x.name).join(' | '));
  assert.equal(e.mentions.length, 2);
  assert.deepEqual(surfaces(text, e), ['لمديرية العامة للجوازات', 'المديرية العامة للجوازات']);
});
