import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse, find, surfaces } from './testing.js';

test('«المملكة» alone is Saudi Arabia where no other kingdom is named', () => {
  const text = 'استنكرت المملكة بشدة التفجير الذي وقع أمس، وقالت الدول الشقيقة إنها تقف مع المملكة.';
  const es = analyse(text);
  assert.deepEqual(surfaces(text, find(es, 'gpe:SA')), ['المملكة', 'المملكة']);
});

test('not when the document names another kingdom', () => {
  const text = 'استقبل المغرب الوفد أمس، وأكدت المملكة استعدادها للتعاون.';
  const es = analyse(text);
  assert.equal(find(es, 'gpe:SA'), undefined);
});

test('not where it only says where something happens', () => {
  const text = 'تنتشر المكاتب على مستوى المملكة، وتعمل الشركات في المملكة وبالمملكة منذ سنوات.';
  const es = analyse(text);
  assert.equal(find(es, 'gpe:SA'), undefined);
});
