import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, spanText } from '../testing.js';

const cuesOf = (t: string): { cue: string; source: string; content: string }[] =>
  attributionsOf(t).map((a) => ({ cue: spanText(t, a.cue), source: spanText(t, a.source), content: spanText(t, a.content) }));

test('قول with its speaker and the words after a colon is a report of that speaker', () => {
  const t = 'وردد الحاضرون قول الشاعر سالم بن حمد: يا دار أهلي كيف حالك بعدنا.';
  assert.deepEqual(cuesOf(t), [{ cue: 'قول', source: 'الشاعر سالم بن حمد', content: 'يا دار أهلي كيف حالك بعدنا' }]);
});

test('a verse cited by قوله تعالى, and the next ones by وقوله, are God\'s words', () => {
  const t = 'وذلك ما نهى عنه ربنا في قوله تعالى "ولا تفرقوا" وقوله "واعتصموا بحبل الله".';
  assert.deepEqual(cuesOf(t), [
    { cue: 'قوله', source: 'ربنا', content: 'ولا تفرقوا' },
    { cue: 'وقوله', source: 'ربنا', content: 'واعتصموا بحبل الله' },
  ]);
  assert.deepEqual(cuesOf('ولا يعمل هؤلاء بقوله تعالى: {ولا تقتلوا أنفسكم}.').map((a) => a.cue), ['بقوله']);
});

test('a poet\'s lines cited by قوله in a named piece are his report', () => {
  const t = 'وأعجبني في قصيدة الشاعر سالم الحربي قوله في مقطع بعنوان (البحر): يا موج خذني.';
  assert.deepEqual(cuesOf(t).map((a) => [a.cue, a.source, a.content]), [['قوله', 'الشاعر سالم الحربي', 'يا موج خذني']]);
});

test('قول with no speaker after it, or no words introduced, is no report', () => {
  assert.deepEqual(cuesOf('ويقفز الخطيب من قول إلى قول: بلا ترتيب.'), []);
  assert.deepEqual(cuesOf('سمع الأمير قول الشاعر فطرب وقام.'), []);
  assert.deepEqual(cuesOf('وهذا كلام يسهل قوله لكن يصعب فعله.'), []);
});
