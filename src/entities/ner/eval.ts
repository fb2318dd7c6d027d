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
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readConll, type TaggedSentence } from './conll.js';
import { score } from './evaluate.js';
import { loadGazetteer } from './gazetteer.js';
import { LinearModel } from './model.js';
import { loadClusters } from './resources.js';
import { CLUSTERS_FILE, defaultTagger, taggerFrom, tagTokens, type Tagger } from './tagger.js';
import { anercorpSplits, DEFAULT_SETTINGS, nerDataDir, readWikifane, train, type TrainSettings } from './trainer.js';
import { readDataJson } from '../../resources/data-files.js';

function aqmar(): TaggedSentence[] {
  const dir = resolve(nerDataDir(), 'aqmar-dev');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => readConll(resolve(dir, f)));
}

function report(name: string, tagger: Tagger, gold: TaggedSentence[]): void {
  const t0 = process.hrtime.bigint();
  const sc = score((w) => tagTokens(w, tagger), gold);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const tokens = gold.reduce((n, s) => n + s.words.length, 0);
  console.log(`\n## ${name}: ${gold.length} sentences, ${tokens} tokens (tagged in ${ms.toFixed(0)} ms)`);
  console.log(sc.report());
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
    const entry = manifest.files['model.bin.gz'];
    if (entry?.settings) settings = entry.settings;
    trainedOnDev = entry?.trainedOnDev ?? true;
  }
  if (trainedOnDev) {
    console.error('the model saw the dev split in training: retraining the same settings without it for the dev figures…');
    const gaz = settings.features.gazetteer ? loadGazetteer() : undefined;
    const clusters = settings.features.clusters ? loadClusters(CLUSTERS_FILE) : undefined;
    const held = train({ ...settings, holdout: true }, tr, settings.wikifane ? readWikifane() : [], gaz, clusters);
    report('ANERcorp dev (last 10% of train; model retrained without it)', taggerFrom(held), dev);
  } else {
    report('ANERcorp dev (last 10% of train)', tagger, dev);
  }
  report('AQMAR dev (8 articles; committed model)', tagger, aqmar());
}

main();
