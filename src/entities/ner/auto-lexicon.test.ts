import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildAutoLexicon, formatLexicon, textSentences } from './auto-lexicon.js';
import { parseLexicon } from './resources.js';
import type { Label } from './labels.js';

test('raw text is cut into normalised sentences at final punctuation', () => {
  const s = textSentences('قالَ أحمد: نعم. وذهب إلى القاهرة؟ ثم عاد');
  assert.deepEqual(s, [['قال', 'احمد', ':'], ['نعم', '.'], ['وذهب', 'الي', 'القاهره', '؟'], ['ثم', 'عاد']]);
});

test('the learned lexicon keeps name tags a word carries often and consistently', () => {
  // a toy first pass: knows سميث only after الوزير, and tags بيت as a place once in three
  let seen = 0;
  const tag = (words: readonly string[]): Label[] =>
    words.map((w, i) => {
      if (w === 'سميث' && words[i - 1] === 'الوزير') return 'B-PER';
      if (w === 'بيت') return ++seen === 1 ? 'B-LOC' : 'O';
      return 'O';
    });
  const sentences = [
    ['قال', 'الوزير', 'سميث'],
    ['قال', 'الوزير', 'سميث'],
    ['زار', 'الوزير', 'سميث'],
    ['وصل', 'سميث'],
    ['بيت', 'كبير'],
    ['بيت', 'صغير'],
    ['بيت', 'جديد'],
  ];
  const lex = buildAutoLexicon(tag, sentences, { minCount: 3, minShare: 0.5 });
  assert.deepEqual(lex.get('سميث'), ['B-PER']); // 3 of 4
  assert.equal(lex.has('بيت'), false); // 1 of 3
  assert.equal(lex.has('الوزير'), false);
  const back = parseLexicon(formatLexicon(lex, 'test'));
  assert.deepEqual([...back.entries()], [...lex.entries()]);
  // a word seen too rarely is left out whatever its share
  assert.equal(buildAutoLexicon(tag, sentences.slice(0, 2), { minCount: 3, minShare: 0.5 }).size, 0);
});

test('training with a learned lexicon: each fold sees a lexicon from a first pass that did not see it', async () => {
  const { parseConll } = await import('./conll.js');
  const { DEFAULT_SETTINGS } = await import('./trainer.js');
  const { trainWithAutoLexicon } = await import('./auto-lexicon-train.js');
  const { FeatureExtractor } = await import('./features.js');
  const { tagTokens } = await import('./tagger.js');
  // fold 1: names after الوزير; fold 2: names and other words after وصل, where only word identity tells
  const rows: string[] = [];
  for (const name of ['سميث', 'جونز', 'براون', 'وايت']) rows.push('قال O', 'الوزير O', `${name} B-PERS`, '');
  rows.push('وصل O', 'سميث B-PERS', '', 'وصل O', 'الوفد O', '', 'وصل O', 'جونز B-PERS', '', 'وصل O', 'القطار O', '');
  const main = parseConll(rows.join('\n'));
  // the raw corpus names people after الوزير, كلارك among them
  const corpus: string[][] = [];
  for (const name of ['سميث', 'جونز', 'كلارك']) for (let k = 0; k < 3; k++) corpus.push(['قال', 'الوزير', name]);
  const features = { gazetteer: false, clusters: false, bigrams: false, autoLexicon: true };
  const settings = { ...DEFAULT_SETTINGS, bits: 14, epochs: 5, ensemble: 1, oPenalty: 0, wikifane: false, features };
  const logs: string[] = [];
  const { model, lexicon } = trainWithAutoLexicon(settings, main, [], {}, corpus, { folds: 2, lexicon: { minCount: 3, minShare: 0.5 }, log: (m) => logs.push(m) });
  assert.deepEqual(lexicon.get('كلارك'), ['B-PER']);
  assert.equal(logs.filter((l) => l.startsWith('learned lexicon')).length, 3);
  assert.equal(model.header.features.autoLexicon, true);
  const tagger = { model, features: new FeatureExtractor(14, features, { autoLexicon: lexicon }) };
  // the weak context alone: the learned lexicon makes كلارك a name, and leaves القطار alone
  assert.deepEqual(tagTokens(['وصل', 'كلارك'], tagger), ['O', 'B-PER']);
  assert.deepEqual(tagTokens(['وصل', 'القطار'], tagger), ['O', 'O']);
  // and the lexicon is what makes it more of a name: B-PER over O gains when the lexicon is there
  const margin = (fx: InstanceType<typeof FeatureExtractor>): number => {
    const f = fx.sentence(['وصل', 'كلارك']);
    const sc = model.scores(f.feats, f.offsets, 2);
    return (sc[model.L + 1] as number) - (sc[model.L] as number);
  };
  assert.ok(margin(tagger.features) > margin(new FeatureExtractor(14, features, {})));
});
