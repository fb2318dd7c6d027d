import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews, tokensOf } from '../testing.js';
import { withInitialsJoined } from './latin-initials.js';

/** جون دي. سميث، بنك إتش.إس.بي.سي: an initial's dot inside a speaker's name (latin-initials.ts). */

test('قال X دي. Y: a middle initial with its dot stays in the speaker\'s name', () => {
  const t = 'وقال الخبير الاقتصادي مايكل دي. هاريس: «الأسواق ستتعافى قبل نهاية العام».';
  const v = attributionViews(t).find((x) => x.cue === 'وقال');
  assert.equal(v?.source, 'الخبير الاقتصادي مايكل دي. هاريس');
});

test('بنك إيه.بي.إن: a run of initials is one word, its إن no complementizer', () => {
  const t = 'وقال بنك إيه.بي.إن في مذكرة إن أسعار الذهب ستنخفض.';
  const v = attributionViews(t).find((x) => x.cue === 'وقال');
  assert.equal(v?.source, 'بنك إيه.بي.إن');
});

test('a dot after a letter name that ends the sentence is left alone', () => {
  const t = 'وصل الفريق إلى محطة دي. ثم غادر الجميع.';
  const { tokens } = tokensOf(t);
  const joined = withInitialsJoined(t, tokens);
  // The segmenter ends the sentence at that dot or not; either way no token spans two sentences.
  for (const k of joined) assert.ok(!t.slice(k.start, k.end).includes(' '));
});

test('د. (doctor) is a title, not an initial: its tokens are untouched', () => {
  const t = 'وقال د. سامي العلي إن الدواء آمن.';
  const { tokens } = tokensOf(t);
  assert.equal(withInitialsJoined(t, tokens), tokens);
});
