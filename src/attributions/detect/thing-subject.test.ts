import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews } from '../testing.js';

const cues = (t: string): string[] => attributionViews(t).map((x) => x.cue);

test('a step, a book, a match or a value that urges or confirms reports nothing', () => {
  assert.deepEqual(cues('ويرى مراقبون أن الحملة خطوة عملية تحث السكان على ترشيد استهلاك المياه.'), ['ويرى']);
  assert.deepEqual(cues('وضبطت الشرطة في الشقة كتب متطرفة تحث على العنف.'), []);
  assert.deepEqual(cues('والمباراة الحاسمة التي تؤكد صعود الفريق ستقام يوم الجمعة.'), []);
  assert.deepEqual(cues('وتطالب النسخة التجريبية المستخدمين بالاشتراك الشهري لفتح كل الخصائص.'), []);
});

test('bodies and texts still urge and confirm, and a thing that is the object or the frame stays', () => {
  assert.deepEqual(attributionViews('وحثت الوزارة المواطنين على ترشيد استهلاك المياه.').map((x) => x.source), ['الوزارة']);
  assert.deepEqual(attributionViews('وأكد البيان أن الحكومة ماضية في الإصلاحات.').map((x) => x.source), ['البيان']);
  assert.deepEqual(cues('وقال الوزير إن الإصلاحات مستمرة. ووصف الخطوة بأنها متأخرة.'), ['وقال', 'ووصف']);
  assert.deepEqual(attributionViews('وأكدت وزارة الطاقة التي تشرف على القطاع أن الإمدادات مستقرة.').map((x) => x.cue), ['وأكدت']);
});
