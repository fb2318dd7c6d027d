/**
 * Trains the NER tagger (averaged structured perceptron, seeded) on
 * ANERcorp-train from the shared data folder and writes data/ner/model.bin.gz
 * with its manifest.
 *
 *   npm run train:ner                     # final model: all of ANERcorp-train
 *   npm run train:ner -- --holdout        # leave the dev split out and score it
 *   options: --epochs N --order 1|2 --bits B --wikifane[=FRACTION] --no-gaz
 *            --no-clusters --no-bigrams --out PATH --seed N
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { dataPath } from '../../resources/data-files.js';
import { FeatureExtractor } from './features.js';
import { loadGazetteer } from './gazetteer.js';
import { anercorpSplits, DEFAULT_SETTINGS, readWikifane, tagWith, train, type TrainSettings } from './trainer.js';
import { loadClusters } from './resources.js';
import { evaluateSets } from './evaluate.js';
import { CLUSTERS_FILE } from './tagger.js';

function parseArgs(argv: string[]): { settings: TrainSettings; out: string | undefined } {
  const s: TrainSettings = structuredClone(DEFAULT_SETTINGS);
  s.holdout = false;
  let out: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    const next = () => argv[++i] ?? '';
    if (a === '--holdout') s.holdout = true;
    else if (a === '--epochs') s.epochs = Number(next());
    else if (a === '--order') s.order = Number(next()) === 1 ? 1 : 2;
    else if (a === '--bits') s.bits = Number(next());
    else if (a === '--seed') s.seed = Number(next());
    else if (a.startsWith('--wikifane')) {
      s.wikifane = true;
      const f = a.split('=')[1];
      if (f !== undefined) s.wikifaneFraction = Number(f);
    } else if (a === '--no-gaz') s.features.gazetteer = false;
    else if (a === '--no-clusters') s.features.clusters = false;
    else if (a === '--no-bigrams') s.features.bigrams = false;
    else if (a === '--bigrams') s.features.bigrams = true;
    else if (a === '--out') out = next();
    else throw new Error(`unknown option ${a}`);
  }
  return { settings: s, out };
}

function main(): void {
  const { settings, out } = parseArgs(process.argv.slice(2));
  const t0 = Date.now();
  const { train: tr, dev } = anercorpSplits();
  const main = settings.holdout ? tr : [...tr, ...dev];
  const extra = settings.wikifane ? readWikifane() : [];
  const gaz = settings.features.gazetteer ? loadGazetteer() : undefined;
  const clusters = settings.features.clusters ? loadClusters(CLUSTERS_FILE) : undefined;
  if (settings.features.clusters && !clusters) {
    console.error(`no data/ner/${CLUSTERS_FILE}: training without cluster features`);
    settings.features.clusters = false;
  }
  console.error(`settings: ${JSON.stringify(settings)}`);
  const model = train(settings, main, extra, gaz, clusters, (m) => console.error(m), CLUSTERS_FILE);
  console.error(`trained in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  if (settings.holdout) {
    const fx = new FeatureExtractor(settings.bits, settings.features, gaz, clusters);
    console.log(evaluateSets((words) => tagWith(model, fx, words), dev));
  }
  const buf = model.serialise();
  const target = out ?? (settings.holdout ? '/tmp/isnad-ner-holdout.bin.gz' : dataPath('ner/model.bin.gz'));
  writeFileSync(target, buf);
  const sha256 = createHash('sha256').update(buf).digest('hex');
  console.error(`wrote ${target} (${(buf.length / 1e6).toFixed(2)} MB, sha256 ${sha256})`);
  if (!out && !settings.holdout) {
    const manifest = {
      name: 'isnad NER tagger',
      version: new Date().toISOString().slice(0, 10),
      files: {
        'model.bin.gz': {
          sha256,
          bytes: buf.length,
          source: 'ANERcorp train part (CAMeL Lab split), all of it' + (settings.wikifane ? ' + WikiFANE Gold 2014 (mapped to coarse types)' : ''),
          licence: settings.wikifane ? 'CC BY-SA 4.0 (ANERcorp); CC BY-SA 3.0 (WikiFANE)' : 'CC BY-SA 4.0 (ANERcorp)',
          settings,
          trainedOnDev: true,
        },
      },
    };
    writeFileSync(dataPath('ner/manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  }
}

main();
