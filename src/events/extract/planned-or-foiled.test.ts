import { test } from 'node:test';
import { assertEvent, assertNoEvent } from '../testing.js';

test('an attack foiled, planned, guarded against or feared is not told as done', () => {
  assertNoEvent('وتمكنت الشرطة من إحباط ثلاث عمليات إرهابية في العاصمة.', {}, 'ASSAULT', 'عمليات');
  assertNoEvent('وفككت السلطات شبكة كانت تخطط لتنفيذ هجمات على مراكز التسوق.', {}, 'ASSAULT', 'هجمات');
  assertNoEvent('ويتهمهم المحققون بأنهم وضعوا خططهم لاستهداف المطار.', {}, 'ASSAULT', 'لاستهداف');
  assertNoEvent('وشددت البلدية إجراءات الحماية من الاعتداءات على المدارس.', {}, 'ASSAULT', 'الاعتداءات');
  assertNoEvent('وحذرت السفارة من خطر كبير لوقوع هجوم في المدينة.', {}, 'ASSAULT', 'هجوم');
  assertNoEvent('وضبطت الشرطة معدات تستخدم في صنع عبوات ناسفة وتفخيخ السيارات.', {}, 'ASSAULT', 'وتفخيخ');
  // an attack after a charge, after a time word or past a clause of its own is still one.
  assertEvent('وأفرجت المحكمة عن رجلين متهمين بالتخطيط لشن هجمات على السفارة.', {}, 'ASSAULT', 'لشن');
  assertEvent('وارتفعت المخاطر الأمنية بعد الهجوم على الفندق.', {}, 'ASSAULT', 'الهجوم');
  assertEvent('ونشرت القوات دبابات على الحدود خشية أن يمتد القتال إلى أراضيها.', {}, 'ASSAULT', 'القتال');
  assertEvent('وحذر التقرير من خطر الاعتداءات التي يتعرض لها الصيادون في البحيرة.', {}, 'ASSAULT', 'الاعتداءات');
  assertEvent('وكانت السيارة مفخخة بمتفجرات محلية الصنع وتم تفجيرها قرب السوق.', {}, 'ASSAULT', 'تفجيرها');
});
