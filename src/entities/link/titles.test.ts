import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKb } from '../kb/load.js';
import { roleHolder } from './build.js';
import { analyse, find, surfaces } from './testing.js';

// --- honorifics of officials ----------------------------------------------------------

test('معاليه stands for the person named after معالي, not for another person in reach', () => {
  const text = 'استقبل معالي الأمين العام سعد بن ناصر الحربي السفير خالد العمري. وطالب معاليه المجتمع الدولي بالتدخل.';
  const es = analyse(text, [['سعد بن ناصر الحربي', 'PER'], ['خالد العمري', 'PER']]);
  assert.deepEqual(surfaces(text, find(es, 'سعد بن ناصر الحربي')), ['سعد بن ناصر الحربي', 'معاليه']);
  assert.deepEqual(surfaces(text, find(es, 'خالد العمري')), ['خالد العمري']);
});

test('سعادته with no titled person stands for the person the document named first', () => {
  const text = 'التقى السفير خالد العمري بالمدير فهد السالم. وأكد سعادته عمق العلاقات.';
  const es = analyse(text, [['خالد العمري', 'PER'], ['فهد السالم', 'PER']]);
  assert.ok(surfaces(text, find(es, 'خالد العمري')).includes('سعادته'));
  assert.ok(!surfaces(text, find(es, 'فهد السالم')).includes('سعادته'));
});

// --- family names that look like a nisba ------------------------------------------------

test('a nisba after a lineage is the family name, not a mention of the state', () => {
  const text = 'ودان الدكتور عبدالله بن عبدالمحسن التركي الهجوم.';
  const es = analyse(text, [['عبدالله بن عبدالمحسن', 'PER']]);
  assert.deepEqual(surfaces(text, find(es, 'عبدالله بن عبدالمحسن التركي')), ['عبدالله بن عبدالمحسن التركي']);
  assert.equal(find(es, 'gpe:TR'), undefined);
});

test('a nisba after a name without lineage stays the state’s adjective', () => {
  const text = 'وقال الوزير أحمد داود أوغلو التركي إن الهجوم مدان.';
  const es = analyse(text, [['أحمد داود أوغلو', 'PER']]);
  assert.ok(find(es, 'gpe:TR'));
});

// --- titles held by one person at a time ------------------------------------------------

test('خادم الحرمين الشريفين alone is the king of the article’s year', () => {
  const text = 'تلقى خادم الحرمين الشريفين اتصالا هاتفيا. وأكد لخادم الحرمين الشريفين دعمه.';
  const in2015 = analyse(text, [], { date: '2015-08-01' });
  assert.deepEqual(surfaces(text, find(in2015, 'per:king-salman')), ['خادم الحرمين الشريفين', 'خادم الحرمين الشريفين']);
  const in2010 = analyse(text, [], { date: '2010-03-02' });
  assert.ok(find(in2010, 'per:king-abdullah-saudi'));
  assert.equal(find(in2010, 'per:king-salman'), undefined);
});

test('خادم الحرمين الشريفين with no date and no king named is left alone', () => {
  const text = 'تلقى خادم الحرمين الشريفين اتصالا هاتفيا.';
  assert.equal(analyse(text).filter((e) => e.type === 'PER').length, 0);
});

test('خادم الحرمين الشريفين joins the king the document names', () => {
  const text = 'استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز الوفد. وأكد خادم الحرمين الشريفين أهمية التعاون.';
  const es = analyse(text, [], { date: '2010-03-02' });
  const king = find(es, 'per:king-salman');
  assert.ok(king);
  assert.equal(surfaces(text, king).filter((s) => s === 'خادم الحرمين الشريفين').length, 1);
  assert.equal(find(es, 'per:king-abdullah-saudi'), undefined);
});

test('roleHolder reads the periods of the knowledge base', () => {
  const kb = loadKb();
  assert.equal(roleHolder(kb, 'خادم الحرمين الشريفين', '2016-01-01')?.id, 'per:king-salman');
  assert.equal(roleHolder(kb, 'خادم الحرمين الشريفين', '2007-05-05')?.id, 'per:king-abdullah-saudi');
  assert.equal(roleHolder(kb, 'خادم الحرمين الشريفين', '1990-01-01'), undefined);
});
