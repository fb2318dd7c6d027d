import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews } from '../testing.js';

const views = (t: string): string[] => attributionViews(t).map((x) => `${x.cue} | ${x.source}`);

test('after a preposition the letters of a participle are the verbal noun: the verb keeps its words', () => {
  assert.deepEqual(views('وقال الوزير ردا على سؤال حول مطالبة النواب بالاستقالة: «لن أستقيل».'), ['وقال | الوزير']);
});

test('the participle after a comma still reports, with the subject before it', () => {
  assert.deepEqual(views('وأصدرت الوزارة بيانا، مطالبة المواطنين بالحذر.'), ['مطالبة | الوزارة']);
});
