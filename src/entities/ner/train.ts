/**
 * Trains the NER tagger (averaged structured perceptron, seeded) on
 * ANERcorp-train from the shared data folder and writes data/ner/model.bin.gz
 * with its manifest.
 *
 *   npm run train:ner                     # final model: all of ANERcorp-train
 *   npm run train:ner -- --holdout        # leave the dev split out and score it
 *   options: --epochs N --order 1|2 --bits B --seed N --ensemble N
 *            --wikifane[=FRACTION] --no-wikifane --augment --no-augment
 *            --o-penalty X --dropout P --context --ngrams --gaz-parts --bilou
 *            --no-gaz --no-clusters --no-lexicon --bigrams --out PATH
 *   (defaults: src/entities/ner/trainer.ts DEFAULT_SETTINGS)
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { GAZ_CATEGORIES } from './gazetteer.js';
import { dataPath } from '../../resources/data-files.js';
import { anercorpSplits, aqmarSentences, loadResources, newsCorpusFile, readWikifane, train, trainStacked, type TrainSettings } from './trainer.js';
import { evaluateSets } from './evaluate.js';
import { AUTOLEX_FILE, CLUSTERS_FILE, LEXICON_FILE, MODEL_FILE, NAMELM_FILE, STAGE1_FILE, taggerFrom, tagTokens } from './tagger.js';
import { corpusSentences, formatLexicon } from './auto-lexicon.js';
import { trainWithAutoLexicon } from './auto-lexicon-train.js';
import type { Lexicon } from './features.js';
import { scoreInWindows } from './document.js';
import type { LinearModel } from './model.js';
import { dirname } from 'node:path';
import { parseArgsWithOut } from './train-args.js';

function main(): void {
  const { settings, out } = parseArgsWithOut(process.argv.slice(2));
  const t0 = Date.now();
  const { train: tr, dev } = anercorpSplits();
  const main = settings.holdout ? tr : [...tr, ...dev];
  const extra = settings.wikifane ? readWikifane() : [];
  const res = loadResources(settings.features);
  if (settings.features.clusters && !res.clusters) throw new Error(`no data/ner/${CLUSTERS_FILE}: run npm run train:ner:clusters`);
  if (settings.features.lexicon && !res.lexicon) throw new Error(`no data/ner/${LEXICON_FILE}: run npm run train:ner:lexicon`);
  if (settings.features.nameLM && !res.nameLM) throw new Error(`no data/ner/${NAMELM_FILE}: run npm run train:ner:namelm`);
  console.error(`settings: ${JSON.stringify(settings)}`);
  let model: LinearModel;
  let stage1: LinearModel | undefined;
  let autoLexicon: Lexicon | undefined;
  if (settings.stack) {
    if (extra.length > 0) throw new Error('--stack does not take --wikifane');
    ({ stage1, stage2: model } = trainStacked(settings, main, res, (m) => console.error(m), CLUSTERS_FILE));
    model.header.stage1 = STAGE1_FILE;
  } else if (settings.features.autoLexicon) {
    const corpus = corpusSentences(newsCorpusFile());
    ({ model, lexicon: autoLexicon } = trainWithAutoLexicon(settings, main, extra, res, corpus, { log: (m) => console.error(m), clustersName: CLUSTERS_FILE }));
  } else model = train(settings, main, extra, res, (m) => console.error(m), CLUSTERS_FILE);
  console.error(`trained in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  if (settings.holdout) {
    const tagger = taggerFrom(model, stage1, autoLexicon ? { autoLexicon } : {});
    for (const [name, gold] of [['dev', dev], ['aqmar', aqmarSentences()]] as const) {
      console.log(`${name}\n` + evaluateSets((words) => tagTokens(words, tagger), gold));
      const doc = scoreInWindows(gold, { tagger }).scorer;
      console.log(`${name} document mode\n` + doc.report());
    }
  }
  const dir = out ? dirname(out) : settings.holdout ? '/tmp' : dataPath('ner');
  const target = out ?? (settings.holdout ? '/tmp/isnad-ner-holdout.bin.gz' : dataPath(`ner/${MODEL_FILE}`));
  let stage1Sha: { sha256: string; bytes: number } | undefined;
  if (stage1) {
    const b1 = stage1.serialise();
    writeFileSync(`${dir}/${STAGE1_FILE}`, b1);
    stage1Sha = { sha256: createHash('sha256').update(b1).digest('hex'), bytes: b1.length };
  }
  if (autoLexicon) {
    const file = `${dir}/${AUTOLEX_FILE}`;
    writeFileSync(file, formatLexicon(autoLexicon, 'names learned by a first-pass tagger (trained on ANERcorp-train) over SaudiNewsNet (10,000 articles, 2015; CC BY-NC-SA 4.0): word, then the tags it carries in at least half of its occurrences'));
    console.error(`wrote ${file} (${autoLexicon.size} words)`);
  }
  const buf = model.serialise();
  writeFileSync(target, buf);
  const sha256 = createHash('sha256').update(buf).digest('hex');
  console.error(`wrote ${target} (${(buf.length / 1e6).toFixed(2)} MB, sha256 ${sha256})`);
  if (!out && !settings.holdout) writeManifest(sha256, buf.length, settings, stage1Sha);
}

function fileEntry(rel: string, source: string, licence: string): Record<string, unknown> {
  const b = readFileSync(dataPath(`ner/${rel}`));
  return { sha256: createHash('sha256').update(b).digest('hex'), bytes: b.length, source, licence };
}

function writeManifest(sha256: string, bytes: number, settings: TrainSettings, stage1?: { sha256: string; bytes: number }): void {
  const files: Record<string, unknown> = {
    [MODEL_FILE]: {
      sha256,
      bytes,
      source:
        'averaged perceptron trained by src/entities/ner/train.ts on ANERcorp-train (CAMeL Lab split), all of it' +
        (settings.wikifane
          ? `, with WikiFANE Gold 2014 mapped to coarse types${settings.augment ? ' as a second domain (feature augmentation: shared + per-domain weights; the written weights are shared + ANERcorp)' : ''}`
          : ''),
      licence:
        'CC BY-SA 4.0 (derived from ANERcorp; cite Benajiba et al. 2007, Obeid et al. 2020)' +
        (settings.wikifane ? '; also derived from WikiFANE Gold 2014, CC BY-SA 3.0 (cite Alotaibi & Lee 2014)' : ''),
      settings,
      trainedOnDev: true,
    },
  };
  if (stage1) {
    files[STAGE1_FILE] = {
      ...stage1,
      source: 'first-pass model of the stacked tagger, trained by src/entities/ner/train.ts on all of ANERcorp-train',
      licence: 'CC BY-SA 4.0 (derived from ANERcorp)',
    };
  }
  if (settings.features.clusters) {
    files[CLUSTERS_FILE] = fileEntry(CLUSTERS_FILE, 'src/entities/ner/clusters-build.ts over SaudiNewsNet (10,000 articles, 2015)', 'CC BY-NC-SA 4.0 (derived statistics of SaudiNewsNet)');
  }
  if (settings.features.lexicon) {
    files[LEXICON_FILE] = fileEntry(LEXICON_FILE, 'src/entities/ner/lexicon-build.ts over WikiFANE Gold 2014', 'CC BY-SA 3.0 (cite Alotaibi & Lee 2014)');
  }
  if (settings.features.autoLexicon) {
    files[AUTOLEX_FILE] = fileEntry(AUTOLEX_FILE, 'src/entities/ner/auto-lexicon.ts: names a first-pass tagger trained on ANERcorp-train finds in SaudiNewsNet (10,000 articles, 2015)', 'CC BY-NC-SA 4.0 (derived statistics of SaudiNewsNet); CC BY-SA 4.0 (derived from ANERcorp)');
  }
  if (settings.features.nameLM) {
    files[NAMELM_FILE] = fileEntry(NAMELM_FILE, 'src/entities/ner/name-lm-build.ts: letter 4-gram counts of word stems inside and outside names of WikiFANE Gold 2014', 'CC BY-SA 3.0 (cite Alotaibi & Lee 2014)');
  }
  for (const cat of GAZ_CATEGORIES) {
    files[`gazetteer/${cat}.txt`] = cat.startsWith('kb')
      ? fileEntry(`gazetteer/${cat}.txt`, 'names and aliases of data/kb/*.json, written by src/entities/ner/kb-gazetteer.ts', 'as data/kb (this project)')
      : fileEntry(`gazetteer/${cat}.txt`, 'written for this project', 'MIT (the project licence)');
  }
  const manifest = { name: 'isnad NER tagger', version: new Date().toISOString().slice(0, 10), files };
  writeFileSync(dataPath('ner/manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
}

main();
