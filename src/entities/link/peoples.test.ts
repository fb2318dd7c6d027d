import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse, find } from './testing.js';

test('a people the tagger may miss is linked by its word (الأكراد، للدروز، الأويغور، الصرب)', () => {
  const text = 'قصفت الطائرات قرى يسكنها الأكراد. وقدمت جمعية مساعدات للدروز في الجبل. وانتقدت منظمة معاملة الأويغور، كما تحدث الكاتب عن الصرب.';
  const es = analyse(text);
  assert.equal(find(es, 'misc:kurds')?.mentions.length, 1);
  assert.equal(find(es, 'misc:druze')?.mentions.length, 1);
  assert.equal(find(es, 'misc:uyghurs')?.mentions.length, 1);
  assert.equal(find(es, 'misc:serbs')?.mentions.length, 1);
});

test('«الغرب» as the Western states after a verb, a preposition or و', () => {
  const text = 'اتهمت طهران الغرب بالتدخل في شؤونها. ووقعت إيران والغرب اتفاقا جديدا. وقال الوزير إن بلاده لن تخضع للغرب.';
  assert.equal(find(analyse(text), 'misc:the-west')?.mentions.length, 3);
});

test('«الغرب» as a direction or in a place name is not the West', () => {
  const text = 'تقدمت القوات من جهة الغرب. وامتدت المواجهات من الشرق إلى الغرب. وتقع القرية إلى الغرب من المدينة. وهبطت الطائرة في طرابلس الغرب.';
  assert.equal(find(analyse(text), 'misc:the-west'), undefined);
});

test('«المتمردين الأكراد» is a group, not the Kurds', () => {
  const text = 'تجددت الاشتباكات بين الجيش والمتمردين الأكراد في الجبال.';
  assert.equal(find(analyse(text), 'misc:kurds'), undefined);
});
