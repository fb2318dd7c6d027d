import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews } from '../testing.js';

const sourceOf = (t: string, cue: string): string[] => attributionViews(t, []).filter((x) => x.cue === cue).map((x) => x.source);

test('the relative من after منهم, حتى or a plural noun is the anonymous subject of the verb after it', () => {
  assert.deepEqual(sourceOf('أعلن المدير إغلاق السوق. وتباينت آراء التجار، ومنهم من قال إن القرار جاء متأخرا.', 'قال'), ['ومنهم من']);
  assert.deepEqual(sourceOf('يكثر الحديث عن الرياضة، حتى من يدعي أنه خبير لا يعرف قواعد اللعبة.', 'يدعي'), ['من']);
  assert.deepEqual(sourceOf('أعلن الوزير خطة جديدة، ووعد بتلبية رغبات من قالوا إن المدارس مزدحمة.', 'قالوا'), ['من']);
});

test('a plural verb after منهم من keeps من as its subject, not a plural noun before it', () => {
  assert.deepEqual(sourceOf('وتداول المشجعون الصور ومنهم من قالوا إن اللاعب احترم وعده.', 'قالوا'), ['ومنهم من']);
});

test('من after a verb, a preposition or an elative is no subject of its own', () => {
  assert.equal(sourceOf('قال الكاتب إن المبدع لا يجد من يقول له إن عمله جميل.', 'يقول').includes('من'), false);
  assert.equal(sourceOf('قالت الفنانة: أنا أول من يقول إن والدتي صادقة.', 'يقول').includes('من'), false);
});

test('وقد أصاب من قال: …، صدق من قال إن …: whoever said it is the anonymous source', () => {
  assert.deepEqual(attributionViews('وقد أصاب من قال: "إن الشعر أسطورة مختزلة".'), [{ cue: 'قال', source: 'من', stance: 'assert' }]);
  assert.deepEqual(attributionViews('وقد صدق من قال إن الشعر أسطورة مختزلة.'), [{ cue: 'قال', source: 'من', stance: 'assert' }]);
});

test('أصاب من رمى …: being right with no verb of saying after من reports nothing', () => {
  assert.deepEqual(attributionViews('وأصاب من رمى الكرة الهدف.'), []);
});
