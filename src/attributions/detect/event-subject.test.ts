import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews } from '../testing.js';

const cues = (t: string): string[] => attributionViews(t).map((x) => x.cue);

test('an event, a change or a problem that "points to" or "reveals" something reports nothing', () => {
  assert.deepEqual(cues('لكن الخسائر الكبيرة تشير إلى أن الشركة تحتاج إلى إعادة هيكلة.'), []);
  assert.deepEqual(cues('وكشفت الحادثة عن ضعف الرقابة في المستشفيات الخاصة.'), []);
  assert.deepEqual(cues('وأظهرت تلك الأزمة أن السوق غير مستعدة لصدمات الأسعار.'), []);
  assert.deepEqual(cues('واقع الأمر يشير إلى أن الطلب على المساكن تراجع.'), []);
  assert.deepEqual(cues('وقال المحافظ إن هذا الحريق كشف مدى الحاجة إلى مخارج طوارئ أوسع.'), ['وقال']);
});

test('figures, texts and speakers still point to and reveal, and an event after another verb is its object', () => {
  assert.deepEqual(attributionViews('وأشارت الأرقام إلى أن البطالة ارتفعت في الربع الأخير.').map((x) => x.source), ['الأرقام']);
  assert.deepEqual(attributionViews('وكشف التقرير عن تراجع أعداد الزوار هذا العام.').map((x) => x.source), ['التقرير']);
  assert.deepEqual(attributionViews('وأرجع المدير انخفاض المبيعات إلى ارتفاع الأسعار.').map((x) => x.cue), ['وأرجع']);
});
