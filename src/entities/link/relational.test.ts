import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse, find, surfaces } from './testing.js';

// --- a title governed by a relational head is not its holder -------------------------------

test('خادم الحرمين الشريفين after نائب is not a mention of the king', () => {
  const text = 'قال نائب خادم الحرمين الشريفين وزير الداخلية الأمير محمد بن نايف إن الأمن مستتب. ونقل تعازي خادم الحرمين الشريفين الملك سلمان.';
  const es = analyse(text);
  assert.deepEqual(surfaces(text, find(es, 'per:king-salman')), ['خادم الحرمين الشريفين الملك سلمان']);
});

test('سفير خادم الحرمين الشريفين is no mention of the king of the article’s year', () => {
  const text = 'وصل سفير خادم الحرمين الشريفين لدى الأردن إلى عمان. وقال المستشار لخادم الحرمين الشريفين إن الزيارة مهمة.';
  const es = analyse(text, [], { date: '2015-08-01' });
  assert.equal(find(es, 'per:king-salman'), undefined);
});

test('الرئيس after نائب does not point back to the president', () => {
  const text = 'وصل الرئيس عبد ربه منصور هادي إلى عدن. وقال نائب الرئيس إن الحكومة ستعود.';
  const es = analyse(text, [['عبد ربه منصور هادي', 'PER']]);
  const hadi = es.find((e) => e.type === 'PER' && e.name.includes('هادي'));
  assert.ok(hadi);
  assert.ok(!surfaces(text, hadi).includes('الرئيس'));
});

// --- the phrase said again stands for the person it was given to ---------------------------

test('نائب الملك and a bare نائب خادم الحرمين الشريفين stand for the deputy named before', () => {
  const text = 'قال نائب خادم الحرمين الشريفين وزير الداخلية الأمير محمد بن نايف إن الأمن مستتب. ودعا نائب الملك، خلال اجتماعه، إلى الحذر. '
    + 'واطلع نائب خادم الحرمين الشريفين وزير الداخلية على الخطط. وهنأ خادم الحرمين الشريفين الملك سلمان الرئيس.';
  const es = analyse(text);
  assert.deepEqual(surfaces(text, find(es, 'per:mohammed-bin-nayef')), ['الأمير محمد بن نايف', 'نائب الملك', 'نائب خادم الحرمين الشريفين']);
  assert.deepEqual(surfaces(text, find(es, 'per:king-salman')), ['خادم الحرمين الشريفين الملك سلمان']);
});

test('المبعوث الأممي said again is the UN envoy named before', () => {
  const text = 'وصل المبعوث الأممي إلى سوريا ستافان دي ميستورا إلى دمشق أمس. ودعا المبعوث الأممي الأطراف إلى وقف القتال.';
  const es = analyse(text);
  assert.deepEqual(surfaces(text, find(es, 'per:staffan-de-mistura')), ['ستافان دي ميستورا', 'المبعوث الأممي']);
});

test('a person after an envoy and a definite noun is the envoy’s object, not the envoy', () => {
  const text = 'والتقى المبعوث الأممي الرئيس السوري بشار الأسد في دمشق. وقال المبعوث الأممي إن اللقاء كان مثمرا.';
  const es = analyse(text);
  assert.ok(!surfaces(text, find(es, 'per:bashar-al-assad')).includes('المبعوث الأممي'));
});

test('an envoy’s role held by two people of the document is left alone', () => {
  const text = 'التقى المبعوث الأممي إلى سوريا ستافان دي ميستورا المبعوث الأممي إلى اليمن إسماعيل ولد الشيخ أحمد. وقال المبعوث الأممي إن اللقاء مثمر.';
  const es = analyse(text, [['إسماعيل ولد الشيخ أحمد', 'PER']]);
  for (const e of es) assert.equal(surfaces(text, e).filter((s) => s === 'المبعوث الأممي').length, 0, e.name);
});
