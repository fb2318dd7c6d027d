import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews } from '../testing.js';

const cues = (t: string): string[] => attributionViews(t).map((x) => x.cue);

test('يُعتبر «is considered» with a predicate after its subject (أول، أحد، an accusative) reports nothing', () => {
  assert.deepEqual(cues('وتعتبر "قلعة مصمك" أول معلم تاريخي يزوره السياح في الرياض، إذ شيدت قبل أكثر من قرن.'), []);
  assert.deepEqual(cues('ويعتبر برنامج "نطاقات" أحد أدوات الوزارة لمتابعة سوق العمل، كما يهدف إلى رفع نسبة التوطين.'), []);
  assert.deepEqual(cues('وفي النهاية يعتبر الحادث مروريا مع أنه أشبه ما يكون بالجريمة.'), []);
});

test('يُعتبر «is considered» after its subject, with the predicate right after it, reports nothing', () => {
  assert.deepEqual(cues('وذكر التقرير أن الميناء الجديد يعتبر بمثابة بوابة للتجارة مع أن العمل فيه لم يبدأ.'), ['وذكر']);
  assert.deepEqual(cues('ولفت إلى أن المنتخب يعتبر من أقوى المرشحين، مع أن مدربه يرى أن الطريق طويل.'), ['ولفت', 'يرى']);
});

test('يَعتبر «considers» with a speaker and an أن-clause stays a report', () => {
  assert.deepEqual(attributionViews('ويعتبر الوزير أن المشروع من أكبر المشاريع في المنطقة.').map((x) => [x.cue, x.source]), [['ويعتبر', 'الوزير']]);
  assert.deepEqual(attributionViews('ويعتبر مراقبون أن الخطوة تأخرت كثيرا.').map((x) => [x.cue, x.source]), [['ويعتبر', 'مراقبون']]);
  assert.deepEqual(cues('ويعتبر أحد الخبراء أن أكبر التحديات هو التمويل.'), ['ويعتبر']);
});
