import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, spanText } from '../testing.js';

/** Past the quoted outlet addressed, the object that is the content (addressed-object.ts). */

test('أكد المدير لـ"الرياض" صحة …: the truth of the report is the content', () => {
  const t = 'أكد مدير النادي لـ"الرياض" صحة انتقال الحارس إلى الفريق المنافس.';
  const a = attributionsOf(t).find((x) => spanText(t, x.cue) === 'أكد');
  assert.ok(a);
  assert.match(spanText(t, a.source), /مدير النادي/);
  assert.ok(a.content && spanText(t, a.content).startsWith('صحة انتقال'));
});

test('أعلن الوزير لـ«المدينة» تأجيل …: a verbal noun too', () => {
  const t = 'أعلن الوزير لـ«المدينة» تأجيل الاختبارات إلى الأسبوع المقبل.';
  const a = attributionsOf(t).find((x) => spanText(t, x.cue) === 'أعلن');
  assert.ok(a?.content && spanText(t, a.content).startsWith('تأجيل الاختبارات'));
});

test('قال الوزير لـ«المدينة» الشيء الكثير: a verb without object content takes none', () => {
  const t = 'قال الوزير لـ«المدينة» الشيء الكثير.';
  assert.equal(attributionsOf(t).length, 0);
});
