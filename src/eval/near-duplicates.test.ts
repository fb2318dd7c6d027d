import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { NearDuplicateIndex, developmentIndex, wordShingles } from './near-duplicates.js';

const story = 'أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في مدينة الطائف بسعة مئتي سرير لخدمة سكان المحافظة والقرى المجاورة لها';

test('word 5-grams of a text ignore punctuation and need five words', () => {
  assert.equal(wordShingles('قال الوزير، إن الخطة جاهزة تماما.').size, 2);
  assert.equal(wordShingles('خبر قصير جدا').size, 0);
});

test('a lightly edited copy of an indexed story is a near-duplicate; another story is not', () => {
  const index = new NearDuplicateIndex();
  index.add('snn-1', story);
  index.add('snn-2', 'استقبل أمير المنطقة في مكتبه وفدا من رجال الأعمال وناقش معهم مشاريع التنمية في المحافظات');
  const copy = `${story.replace('اليوم', 'أمس')} وقال مدير المستشفى إن العمل يبدأ الشهر المقبل`;
  const near = index.closest(copy);
  assert.equal(near.key, 'snn-1');
  assert.ok(near.share >= 0.5 && near.share < 1, `share ${near.share}`);
  assert.ok(index.isNearDuplicate(copy));
  assert.ok(!index.isNearDuplicate('شهدت أسواق الأسهم الخليجية تراجعا ملحوظا في تعاملات نهاية الأسبوع بعد موجة بيع واسعة'));
});

test('a short excerpt cut from a longer indexed copy still counts (containment, not overlap of both)', () => {
  const index = new NearDuplicateIndex();
  index.add('snn-1', `${story} ${story.split(' ').reverse().join(' ')} وتابع المسؤول حديثه عن خطط التوسعة في السنوات المقبلة`);
  assert.equal(index.closest(story).share, 1);
});

test('the excerpt\'s own article does not count against it', () => {
  const index = new NearDuplicateIndex();
  index.add('snn-1', story);
  assert.equal(index.closest(story, 'snn-1').share, 0);
  assert.ok(!index.isNearDuplicate(story, 'snn-1'));
});

test('the development index holds the excerpts of both tasks\' development gold, not the held-out sets', () => {
  const gold = (path: string) => JSON.parse(readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8')) as unknown;
  const attribution = (gold('../attributions/gold/dev72.json') as { id: string; text: string }[])[0]!;
  const event = (gold('../events/gold/dev-49.json') as { excerpts: { article: string; text: string }[] }).excerpts[0]!;
  const index = developmentIndex();
  assert.deepEqual(index.closest(attribution.text), { share: 1, key: attribution.id });
  assert.equal(index.closest(event.text).share, 1);
  // Whichever held-out sets are current: their own articles are not in the index.
  const eventsDir = fileURLToPath(new URL('../events/gold/', import.meta.url));
  const heldOut = readdirSync(eventsDir).filter((name) => /^test\d+\.json$/.test(name))
    .flatMap((name) => (gold(`../events/gold/${name}`) as { excerpts: { article: string; text: string }[] }).excerpts);
  assert.ok(heldOut.length > 0, 'no held-out events set found');
  assert.ok(heldOut.every((e) => index.closest(e.text).key !== e.article));
});
