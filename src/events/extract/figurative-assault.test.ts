import { test } from 'node:test';
import { assertEvent, assertNoEvent } from '../testing.js';

test('war words in a figurative sense are no attack', () => {
  assertNoEvent('وحذر الخطيب من الغزو الفكري الذي يستهدف عقول الناشئة.', {}, 'ASSAULT', 'الغزو');
  assertNoEvent('وخاض الحزب معركة سياسية طويلة لتمرير القانون.', {}, 'ASSAULT', 'معركة');
  assertNoEvent('ويواصل الوزير معركته حول قانون الانتخاب.', {}, 'ASSAULT', 'معركته');
  assertNoEvent('ويخشى المراقبون من تفجير الوضع في الشارع.', {}, 'ASSAULT', 'تفجير');
  assertNoEvent('وتعيش المنطقة انفجارا إقليميا منذ سنوات.', {}, 'ASSAULT', 'انفجارا');
  assertNoEvent('وقال الخبير إن موجة البرد التي تجتاح أوروبا ستستمر أسبوعا.', {}, 'ASSAULT', 'تجتاح');
  // a battle or an invasion by armed parties is still one.
  assertEvent('وقتل عشرون مقاتلا في معركة عنيفة حول المطار.', {}, 'ASSAULT', 'معركة');
  assertEvent('وقال الجيش إن القوات التي تجتاح البلدة تواجه مقاومة.', {}, 'ASSAULT', 'تجتاح');
});
