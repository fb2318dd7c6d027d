import { test } from 'node:test';
import { assertEvent, assertNoEvent } from '../testing.js';

test('deaths and destruction caused by floods, rains or a virus are no attack', () => {
  assertNoEvent('وقالت السلطات إن 30 شخصا لقوا مصرعهم في الفيضانات التي ضربت الإقليم.', {}, 'ASSAULT');
  assertNoEvent('وتسببت الأمطار الغزيرة في تدمير مئات المنازل في القرى الجبلية.', {}, 'ASSAULT');
  assertNoEvent('وقالت الوزارة إن الفيروس الجديد أودى بحياة 12 شخصا.', {}, 'ASSAULT');
  // a killing in a sentence that also names an attack is still one.
  assertEvent('وقتل عشرة أشخاص في هجوم على قافلة تحمل ضحايا الفيضانات.', {}, 'ASSAULT', 'هجوم');
  assertEvent('وقالت الشرطة إن مسلحين قتلوا ثلاثة من عمال الإغاثة خلال موسم الأمطار.', {}, 'ASSAULT', 'قتلوا');
});
