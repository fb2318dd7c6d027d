import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews } from '../testing.js';

/** A verb that disagrees with the relative pronoun before it (relative-disagreement.ts). */

test('تحدث X عن المنظمات، التي أكد أن …: X speaks, not the organisations', () => {
  const v = attributionViews('تحدث الوزير عن المنظمات المتطرفة، التي أكد أن أهدافها دنيوية.');
  assert.deepEqual(v, [{ cue: 'أكد', source: 'الوزير', stance: 'assert' }]);
});

test('تصريحات X التي أكد فيها …: the owner of the statements still speaks', () => {
  const v = attributionViews('وتناولت الصحف تصريحات الرئيس الأمريكي باراك أوباما التي أكد فيها أن الاتفاق سيصمد.');
  assert.ok(v.some((a) => a.cue === 'أكد' && a.source.includes('أوباما')), JSON.stringify(v));
});

test('the carried subject is the one after the sentence\'s first verb, not the last speaker', () => {
  const v = attributionViews('وقال البيان إن الهدوء عاد. وتبنى التنظيم المسلح هجوما ردا على الغارات على مواقعه والتي قال إنها أنهت الهدنة.');
  assert.ok(v[1]?.source.startsWith('التنظيم المسلح'), JSON.stringify(v));
});
