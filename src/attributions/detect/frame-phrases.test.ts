import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews } from '../testing.js';

const views = (t: string): string[][] => attributionViews(t).map((x) => [x.cue, x.source]);

test('"the day before yesterday" (أمس الأول، أول أمس، أول من أمس) is a time phrase between the subject and the content', () => {
  assert.deepEqual(views('كشف تقرير الهيئة أمس الأول عن ارتفاع أسعار الإيجارات في المدينة.'), [['كشف', 'تقرير الهيئة']]);
  assert.deepEqual(views('وقال المدير، مساء أول من أمس، في حفل التخريج إن الكلية ستفتح قسما جديدا.'), [['وقال', 'المدير']]);
  // أول is no part of the speaker's name.
  assert.deepEqual(views('وذكرت البلدية أول أمس أن الطريق سيفتح الأسبوع المقبل.'), [['وذكرت', 'البلدية']]);
});

test('عند or إثر before a noun owned by the speaker ("upon his arrival") is a frame phrase before the content', () => {
  assert.deepEqual(views('وكان المدرب قال عند وصوله إلى المطار: «اللاعبون جاهزون للمباراة».'), [['قال', 'المدرب']]);
  // The phrase is no part of the speaker's name.
  assert.deepEqual(views('وقال المحافظ عند سؤاله عن المشروع إن العمل سيبدأ قريبا.'), [['وقال', 'المحافظ']]);
  assert.deepEqual(views('وأكد الوزير إثر لقائه نظيره الكويتي أن العلاقات متينة.'), [['وأكد', 'الوزير']]);
  // عند الساعة, a time of day, opens no frame phrase for the verb of a report received.
  assert.deepEqual(views('وأوضح المتحدث أن المركز أبلغ عند الساعة الثامنة عن سقوط عامل في بئر.'), [['وأوضح', 'المتحدث']]);
});

test('كل من before a noun phrase ("both … and …") is not the speaker: the list after it is', () => {
  assert.deepEqual(views('وأكد كل من الوزير والسفير أن العلاقات متينة.'), [['وأكد', 'الوزير والسفير']]);
  // كل من حضر, "everyone who attended", keeps كل.
  assert.deepEqual(views('وقال كل من حضر إن الحفل كان رائعا.'), [['وقال', 'كل']]);
});
