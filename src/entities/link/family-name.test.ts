import { test } from 'node:test';
import assert from 'node:assert/strict';
import { familyNameOf } from './family-name.js';
import { analyse, find, surfaces } from './testing.js';

test('familyNameOf: not a father’s name, not a ruling house, only a known last word for a linked person', () => {
  assert.ok(familyNameOf(['علي', 'العولقي']));
  assert.ok(!familyNameOf(['محمد', 'بن', 'سلمان', 'بن', 'عبدالعزيز']));
  assert.ok(!familyNameOf(['محمد', 'بن', 'نايف', 'ال', 'سعود']));
  assert.ok(familyNameOf(['عادل', 'ال', 'عمر']));
  assert.ok(!familyNameOf(['محمد', 'بن', 'نايف', 'برقيه'], [['محمد', 'بن', 'نايف']]));
  assert.ok(familyNameOf(['عادل', 'بن', 'احمد', 'الجبير'], [['عادل', 'الجبير']]));
});

test('the father’s name of one prince is no mention of him in another prince’s name', () => {
  const text = 'استقبل الأمير محمد بن سلمان بن عبدالعزيز الوفد. ورفع الوفد الشكر لخادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود.';
  const es = analyse(text, [['محمد بن سلمان بن عبدالعزيز', 'PER']]);
  assert.deepEqual(surfaces(text, find(es, 'per:mohammed-bin-salman')), ['محمد بن سلمان بن عبدالعزيز']);
});

test('a word the tagger ran into a known person’s name is no mention of him elsewhere', () => {
  const text = 'بعث الملك سلمان برقية تهنئة إلى الرئيس. كما بعث الأمير محمد بن نايف بن عبدالعزيز برقية تهنئة مماثلة.';
  const es = analyse(text, [['محمد بن نايف بن عبدالعزيز برقية', 'PER']]);
  assert.ok(!surfaces(text, find(es, 'per:mohammed-bin-nayef')).includes('برقية'));
});

test('a family name after آل is kept even when it is a title word (آل الشيخ)', () => {
  const text = 'وقال الشيخ صالح بن محمد آل الشيخ إن الموسم ناجح.';
  const es = analyse(text, [['صالح بن محمد آل الشيخ', 'PER']]);
  assert.ok(es.some((e) => surfaces(text, e).includes('صالح بن محمد آل الشيخ')));
});
