import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, attributionViews, spanText } from '../testing.js';

const cuesAndSources = (t: string): string[] => attributionViews(t).map((x) => `${x.cue} | ${x.source}`);

test('«جاء فيها» after a text the writer wrote is the cue, the writer its source', () => {
  assert.deepEqual(cuesAndSources('وكتب المدرب على مدونته رسالة وداع إلى الجمهور جاء فيها: "لن أنسى هذا النادي".'), ['جاء فيها | المدرب']);
  assert.deepEqual(cuesAndSources('وكتبت صحيفة "لوموند" افتتاحية بعنوان "زمن جديد" جاء فيها: على أوروبا أن تتحرك الآن.'), ['جاء فيها | لوموند']);
});

test('the title the verb took for its words gives way to the words after «جاء فيها»', () => {
  const text = 'وكتبت صحيفة "لوموند" افتتاحية بعنوان "زمن جديد" جاء فيها: على أوروبا أن تتحرك الآن.';
  assert.deepEqual(attributionsOf(text).map((a) => spanText(text, a.content)), ['على أوروبا أن تتحرك الآن']);
});

test('a writing verb whose words contain «جاء في» keeps its cue', () => {
  assert.deepEqual(cuesAndSources('وكتب الوزير: "جاء في الرسالة كلام كثير".'), ['وكتب | الوزير']);
  assert.deepEqual(cuesAndSources('وقال الوزير إن المنتخب جاء في المركز الثاني.'), ['وقال | الوزير']);
});

test('a relaying verb before «جاء فيها» stays the cue', () => {
  assert.deepEqual(attributionViews('ونقلت الصحافة المحلية تصريحات للمدرب جاء فيها: «لن أرحل».').map((x) => x.cue), ['ونقلت']);
});
