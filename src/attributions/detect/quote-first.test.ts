import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, spanText } from '../testing.js';

/** The quotation first, then the verb and its speaker (quote-first.ts). */

const view = (t: string): string[] => attributionsOf(t).map((a) => `${spanText(t, a.cue)}|${spanText(t, a.source)}|${spanText(t, a.content)}`);

test('«…»، يقول أحد السكان: the quotation is the content, not the subject', () => {
  assert.deepEqual(view('"نحن لا نريد الحرب"، يقول أحد السكان.'), ['يقول|أحد السكان|نحن لا نريد الحرب']);
});

test('the speaker after the verb may be any noun phrase, and a clause describing him ends it', () => {
  assert.deepEqual(view('«نحن لا نريد الحرب»، يقول أحد السكان وهو يقف أمام منزله المدمر.'), ['يقول|أحد السكان|نحن لا نريد الحرب']);
  assert.deepEqual(view('"نحن لا نريد الحرب أبدا في هذه المنطقة"، قال الرجل.'), ['قال|الرجل|نحن لا نريد الحرب أبدا في هذه المنطقة']);
  assert.deepEqual(view('"الوضع كارثي بكل المقاييس"، يضيف الطبيب الذي يعمل في المستشفى منذ عشرين عاما.'), ['يضيف|الطبيب|الوضع كارثي بكل المقاييس']);
});

test('a short quoted name fronted before the verb stays its subject', () => {
  assert.deepEqual(view('«الأهلي»، أعلن رسميا تعاقده مع المدرب.').map((v) => v.split('|')[1]), ['الأهلي']);
  assert.deepEqual(view('«لن نتراجع»، قال الوزير للصحفيين.'), ['قال|الوزير|لن نتراجع']);
});
