import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews } from '../testing.js';

const cues = (t: string): string[] => attributionViews(t).map((v) => v.cue);

test('specifying a fact with أن reports', () => {
  const a = attributionViews('وحدد الباحثون أن مصدر التلوث يعود إلى مصنع قديم.').find((v) => v.cue === 'وحدد');
  assert.equal(a?.source, 'الباحثون');
  assert.ok(cues('وحددت الشرطة أنه غادر المدينة قبل الحادث بيومين.').includes('وحددت'));
});

test('specifying what shall be (أن with an imperfect verb) is a decision', () => {
  assert.deepEqual(cues('حدد النادي موعد المعسكر بأن يبدأ مطلع الشهر المقبل.'), []);
  assert.deepEqual(cues('وحددت اللجنة أن تقتصر المشاركة على الأندية المحلية.'), []);
  assert.deepEqual(cues('وحددت الإدارة مواعيد التسجيل.'), []);
});
