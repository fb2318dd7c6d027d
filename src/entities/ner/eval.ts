/**
 * Evaluates the NER tagger: per-type and micro precision/recall/F1 (CoNLL
 * exact-span match) on the dev split (the last 10% of ANERcorp-train) and on
 * AQMAR-dev.
 *
 *   npm run eval:ner                      # the committed model
 *   npm run eval:ner -- --model FILE      # another model file
 *
 * The committed model is trained on all of ANERcorp-train, dev included; its
 * dev figures would mean nothing, so for dev a model with the same settings is
 * retrained (seeded, identical) without the dev split, and that one is scored.
 */
import { readFileSync } from 'node:fs';
import type { TaggedSentence } from './conll.js';
import { score } from './evaluate.js';
import { CONLL_WINDOW, scoreInWindows } from './document.js';
import { LinearModel } from './model.js';
import { defaultTagger, MODEL_FILE, taggerFrom, tagTokens, type Tagger } from './tagger.js';
import { anercorpSplits, aqmarSentences, DEFAULT_SETTINGS, loadResources, readWikifane, train, type TrainSettings } from './trainer.js';
import { readDataJson } from '../../resources/data-files.js';


function report(name: string, tagger: Tagger, gold: TaggedSentence[]): void {
  const t0 = process.hrtime.bigint();
  const sc = score((w) => tagTokens(w, tagger), gold);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const tokens = gold.reduce((n, s) => n + s.words.length, 0);
  console.log(`\n## ${name}: ${gold.length} sentences, ${tokens} tokens`);
  console.log(`### sentence by sentence (tagTokens; ${ms.toFixed(0)} ms)`);
  console.log(sc.report());
  // as `isnad ner --conll` does: windows of sentences, names spread within each
  const doc = scoreInWindows(gold, { tagger }).scorer;
  console.log(`### as isnad ner --conll (windows of ${CONLL_WINDOW} sentences, names spread within each)`);
  console.log(doc.report());
}

function main(): void {
  const args = process.argv.slice(2);
  const mi = args.indexOf('--model');
  const modelPath = mi >= 0 ? args[mi + 1] : undefined;
  const tagger = modelPath ? taggerFrom(LinearModel.deserialise(readFileSync(modelPath))) : defaultTagger();
  const { train: tr, dev } = anercorpSplits();

  let trainedOnDev = true;
  let settings: TrainSettings = { ...DEFAULT_SETTINGS, features: tagger.model.header.features, order: tagger.model.header.order, bits: tagger.model.header.bits };
  if (!modelPath) {
    const manifest = readDataJson<{ files: Record<string, { settings?: TrainSettings; trainedOnDev?: boolean }> }>('ner/manifest.json');
    const entry = manifest.files[MODEL_FILE];
    if (entry?.settings) settings = entry.settings;
    trainedOnDev = entry?.trainedOnDev ?? true;
  }
  if (trainedOnDev) {
    console.error('the model saw the dev split in training: retraining the same settings without it for the dev figures…');
    const held = train({ ...settings, holdout: true }, tr, settings.wikifane ? readWikifane() : [], loadResources(settings.features));
    report('ANERcorp dev (last 10% of train; model retrained without it)', taggerFrom(held), dev);
  } else {
    report('ANERcorp dev (last 10% of train)', tagger, dev);
  }
  report('AQMAR dev (8 articles; committed model)', tagger, aqmarSentences());
}

main();
