import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews, entitiesBySurface } from '../testing.js';

/** A participle that disagrees with the reporting verb goes with the person after أن (reported-person-participle.ts). */

const ents = (t: string) => entitiesBySurface(t, [
  { id: 'e1', type: 'ORG', name: 'ماركا', forms: ['ماركا'] },
  { id: 'e2', type: 'PER', name: 'مانويل بيليجريني', forms: ['مانويل بيليجريني'] },
]);

test('ذكرت الصحيفة أن X تحدث …، مؤكدا: the masculine participle is the person\'s', () => {
  const t = 'ذكرت صحيفة ماركا أن مانويل بيليجريني تحدث عن رحيل الحارس مؤكدا أنه لم يكن أمرا طبيعيا.';
  const v = attributionViews(t, ents(t)).find((x) => x.cue === 'مؤكدا');
  assert.equal(v?.source, 'مانويل بيليجريني');
});

test('ذكر الموقع أن X تحدث …، مؤكدا: the same gender keeps the reporter', () => {
  const t = 'ذكر موقع ماركا أن مانويل بيليجريني رحل عن النادي مؤكدا أنه لم يكن أمرا طبيعيا.';
  const v = attributionViews(t, ents(t)).find((x) => x.cue === 'مؤكدا');
  assert.notEqual(v?.source, 'مانويل بيليجريني');
});

test('a relative clause between the person and the participle stops the person', () => {
  const t = 'وذكرت صحيفة ماركا أن مانويل بيليجريني لا يعيش أفضل أجواء مع المدرب الذي رفض اعتباره الأفضل حينما صرح قائلا "من الصعب تحديد الأفضل".';
  const v = attributionViews(t, ents(t)).find((x) => x.cue === 'قائلا');
  assert.notEqual(v?.source, 'مانويل بيليجريني');
});
