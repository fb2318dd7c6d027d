import { seededRandom, shuffleInPlace } from '../../core/random.js';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readConll, type TaggedSentence } from './conll.js';
import { FeatureExtractor, type FeatureConfig, type FeatureResources } from './features.js';
import { encodeTags, labelsOf, toBio, type Label, type LabelScheme } from './labels.js';
import { LinearModel, type ModelHeader } from './model.js';
import { mapWikifaneTag } from './wikifane.js';
import { stackFeatures } from './stack.js';
import { CONLL_WINDOW } from './document.js';
import { loadGazetteer } from './gazetteer.js';
import { loadClusters, loadLexicon, loadNameLM } from './resources.js';
import { CLUSTERS_FILE, LEXICON_FILE, NAMELM_FILE } from './tagger.js';
import { buildNameLM, nameStem, type NameLM } from './name-lm.js';

/** The letter models of names and other words, over WikiFANE's stems. */
export function nameLMFromWikifane(dir = nerDataDir()): NameLM {
  const names: string[] = [];
  const others: string[] = [];
  for (const s of readWikifane(dir)) {
    s.words.forEach((w, i) => {
      const st = nameStem(w);
      if (st) (s.tags[i] === 'O' ? others : names).push(st);
    });
  }
  return buildNameLM(names, others);
}

/** The shared data folder (../shared/data/ner from the project root), or ISNAD_NER_DATA. */
export function nerDataDir(): string {
  return process.env.ISNAD_NER_DATA ?? fileURLToPath(new URL('../../../../shared/data/ner/', import.meta.url));
}

/** The raw news corpus beside the NER data (SaudiNewsNet, JSON lines). */
export function newsCorpusFile(dir = nerDataDir()): string {
  return resolve(dir, '../corpus/saudinewsnet-10k.jsonl');
}

export interface TrainSettings {
  bits: number;
  order: 1 | 2;
  epochs: number;
  seed: number;
  features: FeatureConfig;
  /** Use WikiFANE (mapped to coarse types) as extra training data. */
  wikifane: boolean;
  /** Weight of WikiFANE: the fraction of its sentences used per epoch. */
  wikifaneFraction: number;
  /** Hold out the last 10% of ANERcorp-train (the dev split) from training. */
  holdout: boolean;
  /** Features seen fewer times than this in training get no weight. */
  minCount?: number;
  /** Second pass over document features from a first pass (stacking). */
  stack?: boolean;
  /** Cost-augmented training: wrong labels get this bonus while decoding (a margin). */
  margin?: number;
  /** Written into the model header: subtracted from O scores when tagging. */
  oPenalty?: number;
  /** Probability that a training token loses its word-identity features in an update (word dropout). */
  dropout?: number;
  /** Extra data through feature augmentation (shared + per-domain copies) rather than plain mixing. */
  augment?: boolean;
  /** Models trained with seeds seed, seed+1, …, whose weights are averaged. */
  ensemble?: number;
  /** Label scheme the model learns (decoded to BIO either way); BIO when absent. */
  scheme?: LabelScheme;
}

export const DEFAULT_SETTINGS: TrainSettings = {
  bits: 20,
  order: 2,
  epochs: 8,
  seed: 20240607,
  features: { gazetteer: true, clusters: true, bigrams: false, lexicon: true, gazParts: true },
  wikifane: true,
  wikifaneFraction: 1,
  augment: true,
  oPenalty: 4,
  holdout: true,
  ensemble: 5,
};

export interface Splits {
  train: TaggedSentence[];
  dev: TaggedSentence[];
}

/** ANERcorp-train split by document order: the last 10% of sentences are dev. */
export function anercorpSplits(dir = nerDataDir()): Splits {
  const all = anercorpAll(dir);
  const cut = Math.floor(all.length * 0.9);
  return { train: all.slice(0, cut), dev: all.slice(cut) };
}

/** All of ANERcorp-train, in document order. */
export function anercorpAll(dir = nerDataDir()): TaggedSentence[] {
  return readConll(resolve(dir, 'anercorp-train.txt'));
}

/** AQMAR-dev: 8 Wikipedia articles, MIS0–MIS3 read as MISC. */
export function aqmarSentences(dir = nerDataDir()): TaggedSentence[] {
  const d = resolve(dir, 'aqmar-dev');
  return readdirSync(d)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => readConll(resolve(d, f)));
}

export function readWikifane(dir = nerDataDir()): TaggedSentence[] {
  return readConll(resolve(dir, 'wikifane.txt'), mapWikifaneTag);
}


interface Prepared {
  feats: Int32Array;
  offsets: Int32Array;
  gold: Int32Array;
  source: 'main' | 'extra';
}

/**
 * Trains `settings.ensemble` models (seeds seed, seed+1, …; each shuffles
 * differently) and averages their weights: less variance than one run.
 */
export function train(
  settings: TrainSettings,
  main: TaggedSentence[],
  extra: TaggedSentence[],
  res: FeatureResources,
  log: (s: string) => void = () => {},
  clustersName?: string,
  extras?: number[][][],
  featuresFor?: (i: number) => FeatureExtractor,
): LinearModel {
  const n = Math.max(1, settings.ensemble ?? 1);
  let sum: LinearModel | undefined;
  for (let k = 0; k < n; k++) {
    const m = trainOne({ ...settings, seed: settings.seed + k }, main, extra, res, log, clustersName, extras, featuresFor);
    if (!sum) sum = m;
    else {
      for (const [a, b] of [[sum.emit, m.emit], [sum.trans1, m.trans1], [sum.trans2, m.trans2]] as const) {
        for (let i = 0; i < a.length; i++) a[i] = (a[i] as number) + (b[i] as number);
      }
    }
  }
  const model = sum as LinearModel;
  if (n > 1) for (const a of [model.emit, model.trans1, model.trans2]) for (let i = 0; i < a.length; i++) a[i] = (a[i] as number) / n;
  return model;
}

/** Averaged structured perceptron over the linear model. */
function trainOne(
  settings: TrainSettings,
  main: TaggedSentence[],
  extra: TaggedSentence[],
  res: FeatureResources,
  log: (s: string) => void = () => {},
  clustersName?: string,
  extras?: number[][][],
  featuresFor?: (i: number) => FeatureExtractor,
): LinearModel {
  const fx = new FeatureExtractor(settings.bits, settings.features, res);
  const scheme = settings.scheme ?? 'bio';
  const labels = labelsOf(scheme);
  const L = labels.length;
  const index = new Map(labels.map((l, i) => [l, i]));
  // featuresFor: a main sentence's own extractor (resources built without it, as for the learned lexicon)
  const prep = (s: TaggedSentence, source: 'main' | 'extra', ex?: number[][], sfx: FeatureExtractor = fx): Prepared => {
    const base = sfx.sentence(s.words);
    const { feats, offsets } = ex ? fx.withExtra(base, ex) : base;
    const gold = Int32Array.from(encodeTags(s.tags, scheme), (t) => {
      const i = index.get(t);
      if (i === undefined) throw new Error(`unknown tag ${t}`);
      return i;
    });
    return { feats: feats.slice(), offsets, gold, source };
  };
  let data = main.map((s, i) => prep(s, 'main', extras?.[i], featuresFor?.(i)));
  let extraData = extra.map((s) => prep(s, 'extra'));
  const minCount = settings.minCount ?? 1;
  if (minCount > 1) {
    const counts = new Uint32Array(1 << settings.bits);
    for (const d of [...data, ...extraData]) for (const f of d.feats) counts[f] = (counts[f] as number) + 1;
    const filter = (d: Prepared): Prepared => {
      const feats: number[] = [];
      const offsets = new Int32Array(d.offsets.length);
      for (let t = 0; t + 1 < d.offsets.length; t++) {
        offsets[t] = feats.length;
        for (let k = d.offsets[t] as number; k < (d.offsets[t + 1] as number); k++) {
          const f = d.feats[k] as number;
          if ((counts[f] as number) >= minCount) feats.push(f);
        }
      }
      offsets[d.offsets.length - 1] = feats.length;
      return { ...d, feats: Int32Array.from(feats), offsets };
    };
    data = data.map(filter);
    extraData = extraData.map(filter);
  }
  log(`features ready: ${data.length} + ${extraData.length} sentences`);
  const header: ModelHeader = {
    format: 'isnad.ner/1',
    bits: settings.bits,
    order: settings.order,
    labels,
    features: settings.features,
    ...(settings.oPenalty ? { oPenalty: settings.oPenalty } : {}),
    ...(settings.features.clusters && clustersName ? { clusters: clustersName } : {}),
  };
  const model = new LinearModel(header);
  // Feature augmentation (Daumé 2007): every emission feature has a shared
  // copy and one per domain (block 1 = ANERcorp, block 2 = the extra data);
  // the written model is shared + ANERcorp, exactly what the augmented model
  // scores on ANERcorp-like text.
  const augment = settings.augment === true && extraData.length > 0;
  const N = 1 << settings.bits;
  const blocks = augment ? 3 : 1;
  const w = augment ? new Float32Array(blocks * N * L) : model.emit;
  const t1 = model.trans1;
  const t2 = model.trans2;
  const u = new Float64Array(w.length);
  const u1 = new Float64Array(t1.length);
  const u2 = new Float64Array(t2.length);
  const P = L + 1;
  const S = L;
  let c = 1;
  const margin = settings.margin ?? 0;
  const random = seededRandom(settings.seed);
  const order = data.map((_, i) => i);
  // Word dropout: a dropped token loses its identity features (w=, s=, b=:
  // the three buckets after the bias), so context, shape, clusters and
  // gazetteers must carry it, as they must for names never seen in training.
  const dropout = settings.dropout ?? 0;
  let dropped = new Uint8Array(0);
  const skip = (t: number, k: number, it: Prepared): boolean => dropped[t] === 1 && k > (it.offsets[t] as number) && k <= (it.offsets[t] as number) + 3;
  const scoresOf = (it: Prepared): Float32Array => {
    const n = it.gold.length;
    if (!augment && dropout === 0) return model.scores(it.feats, it.offsets, n);
    const sc = new Float32Array(n * L);
    const off = augment ? (it.source === 'main' ? 1 : 2) * N * L : -1;
    for (let t = 0; t < n; t++) {
      const end = it.offsets[t + 1] as number;
      for (let k = it.offsets[t] as number; k < end; k++) {
        if (skip(t, k, it)) continue;
        const b = (it.feats[k] as number) * L;
        if (off >= 0) for (let l = 0; l < L; l++) sc[t * L + l] = (sc[t * L + l] as number) + (w[b + l] as number) + (w[off + b + l] as number);
        else for (let l = 0; l < L; l++) sc[t * L + l] = (sc[t * L + l] as number) + (w[b + l] as number);
      }
    }
    return sc;
  };
  for (let epoch = 0; epoch < settings.epochs; epoch++) {
    const items: Prepared[] = [];
    for (const i of order) items.push(data[i] as Prepared);
    if (extraData.length > 0) {
      for (const d of extraData) if (random() < settings.wikifaneFraction) items.push(d);
    }
    shuffleInPlace(items, random);
    let errors = 0;
    let tokens = 0;
    for (const it of items) {
      const n = it.gold.length;
      tokens += n;
      if (dropout > 0) {
        if (dropped.length < n) dropped = new Uint8Array(n);
        for (let t = 0; t < n; t++) dropped[t] = random() < dropout ? 1 : 0;
      }
      const sc = scoresOf(it);
      if (margin > 0) {
        for (let t = 0; t < n; t++) for (let l = 0; l < L; l++) if (l !== it.gold[t]) sc[t * L + l] = (sc[t * L + l] as number) + margin;
      }
      const pred = model.decodeScores(sc, n);
      let same = true;
      for (let t = 0; t < n; t++) if (pred[t] !== it.gold[t]) { same = false; errors++; }
      if (!same) {
        const off = augment ? (it.source === 'main' ? 1 : 2) * N * L : 0;
        for (let t = 0; t < n; t++) {
          const g = it.gold[t] as number;
          const p = pred[t] as number;
          if (g !== p) {
            const end = it.offsets[t + 1] as number;
            for (let k = it.offsets[t] as number; k < end; k++) {
              if (dropout > 0 && skip(t, k, it)) continue;
              const b = (it.feats[k] as number) * L;
              w[b + g] = (w[b + g] as number) + 1;
              u[b + g] = (u[b + g] as number) + c;
              w[b + p] = (w[b + p] as number) - 1;
              u[b + p] = (u[b + p] as number) - c;
              if (off > 0) {
                const o = off + b;
                w[o + g] = (w[o + g] as number) + 1;
                u[o + g] = (u[o + g] as number) + c;
                w[o + p] = (w[o + p] as number) - 1;
                u[o + p] = (u[o + p] as number) - c;
              }
            }
          }
          const gp = t > 0 ? (it.gold[t - 1] as number) : S;
          const pp = t > 0 ? (pred[t - 1] as number) : S;
          const gpp = t > 1 ? (it.gold[t - 2] as number) : S;
          const ppp = t > 1 ? (pred[t - 2] as number) : S;
          if (gp !== pp || g !== p) {
            const gi = gp * L + g;
            const pi = pp * L + p;
            t1[gi] = (t1[gi] as number) + 1; u1[gi] = (u1[gi] as number) + c;
            t1[pi] = (t1[pi] as number) - 1; u1[pi] = (u1[pi] as number) - c;
          }
          if (settings.order === 2 && (gpp !== ppp || gp !== pp || g !== p)) {
            const gi = (gpp * P + gp) * L + g;
            const pi = (ppp * P + pp) * L + p;
            t2[gi] = (t2[gi] as number) + 1; u2[gi] = (u2[gi] as number) + c;
            t2[pi] = (t2[pi] as number) - 1; u2[pi] = (u2[pi] as number) - c;
          }
        }
      }
      c++;
    }
    log(`epoch ${epoch + 1}/${settings.epochs}: ${items.length} sentences, token error rate ${(100 * errors / tokens).toFixed(2)}%`);
  }
  // averaging: w_avg = w - u / c
  for (let i = 0; i < w.length; i++) if (u[i] !== 0) w[i] = (w[i] as number) - (u[i] as number) / c;
  if (augment) {
    const e = model.emit;
    for (let i = 0; i < N * L; i++) e[i] = (w[i] as number) + (w[N * L + i] as number);
  }
  for (let i = 0; i < t1.length; i++) t1[i] = (t1[i] as number) - (u1[i] as number) / c;
  for (let i = 0; i < t2.length; i++) t2[i] = (t2[i] as number) - (u2[i] as number) / c;
  return model;
}

/** Tags the sentences with a model and its extractor. */
export function tagWith(model: LinearModel, fx: FeatureExtractor, words: readonly string[]): Label[] {
  const { feats, offsets } = fx.sentence(words);
  const path = model.decode(feats, offsets, words.length);
  return Array.from(path, (i) => toBio(model.header.labels[i] ?? 'O'));
}

/** The resources a feature configuration needs, from data/ner/. */
export function loadResources(cfg: FeatureConfig): FeatureResources {
  return {
    gazetteer: cfg.gazetteer ? loadGazetteer() : undefined,
    clusters: cfg.clusters ? loadClusters(CLUSTERS_FILE) : undefined,
    lexicon: cfg.lexicon ? loadLexicon(LEXICON_FILE) : undefined,
    nameLM: cfg.nameLM ? loadNameLM(NAMELM_FILE) : undefined,
  };
}

export interface StackedModels {
  stage1: LinearModel;
  stage2: LinearModel;
}

/**
 * Stacking: first-pass tags for the training sentences come from 5-fold
 * cross-validation (each fold tagged by a model that did not see it); the
 * second pass learns from document features over those tags (stackFeatures,
 * windows of CONLL_WINDOW sentences). The first pass is then trained on all.
 */
export function trainStacked(
  settings: TrainSettings,
  main: TaggedSentence[],
  res: FeatureResources,
  log: (s: string) => void = () => {},
  clustersName?: string,
): StackedModels {
  const plain = { ...settings, stack: false };
  const folds = 5;
  const first: Label[][] = new Array(main.length);
  const size = Math.ceil(main.length / folds);
  const fx = new FeatureExtractor(settings.bits, settings.features, res);
  for (let f = 0; f < folds; f++) {
    const a = f * size;
    const b = Math.min(main.length, a + size);
    const m = train(plain, [...main.slice(0, a), ...main.slice(b)], [], res);
    for (let i = a; i < b; i++) first[i] = tagWith(m, fx, (main[i] as TaggedSentence).words);
    log(`fold ${f + 1}/${folds} tagged`);
  }
  const stage1 = train(plain, main, [], res, log, clustersName);
  const extras: number[][][] = [];
  for (let i = 0; i < main.length; i += CONLL_WINDOW) {
    const part = main.slice(i, i + CONLL_WINDOW);
    extras.push(...stackFeatures(part.map((s) => s.words), first.slice(i, i + CONLL_WINDOW)));
  }
  const stage2 = train(plain, main, [], res, log, clustersName, extras);
  return { stage1, stage2 };
}
