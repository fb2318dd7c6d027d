import { readDataFile, lazy } from '../../resources/data-files.js';
import { IsnadError } from '../../core/errors.js';
import { FeatureExtractor, type FeatureResources } from './features.js';
import { loadGazetteer } from './gazetteer.js';
import { toBio, type Label } from './labels.js';
import { LinearModel } from './model.js';
import { loadClusters, loadLexicon, loadNameLM } from './resources.js';
import { stackFeatures } from './stack.js';

/** The committed weights and the cluster file they were trained with, under data/ner/. */
export const MODEL_FILE = 'model.bin.gz';
export const CLUSTERS_FILE = 'clusters.tsv';
export const LEXICON_FILE = 'lexicon.tsv';
export const NAMELM_FILE = 'namelm.tsv';
export const STAGE1_FILE = 'model-stage1.bin.gz';
export const AUTOLEX_FILE = 'autolex.tsv';

export interface Tagger {
  model: LinearModel;
  features: FeatureExtractor;
  /** First-pass model when `model` is a stacked second pass. */
  stage1?: LinearModel;
}

/** A tagger over a model, with the resources its features need from data/ner/ (or given, as a just-learned lexicon). */
export function taggerFrom(model: LinearModel, stage1?: LinearModel, given: FeatureResources = {}): Tagger {
  const cfg = model.header.features;
  const gaz = cfg.gazetteer ? loadGazetteer() : undefined;
  const clusters = cfg.clusters ? loadClusters(model.header.clusters ?? CLUSTERS_FILE) : undefined;
  if (cfg.clusters && !clusters) {
    throw new IsnadError('RESOURCE_MISSING', 'the NER model needs its cluster file', `data/ner/${model.header.clusters ?? CLUSTERS_FILE}`);
  }
  const lexicon = cfg.lexicon ? loadLexicon(LEXICON_FILE) : undefined;
  if (cfg.lexicon && !lexicon) throw new IsnadError('RESOURCE_MISSING', 'the NER model needs its lexicon', `data/ner/${LEXICON_FILE}`);
  const nameLM = cfg.nameLM ? loadNameLM(NAMELM_FILE) : undefined;
  if (cfg.nameLM && !nameLM) throw new IsnadError('RESOURCE_MISSING', 'the NER model needs its name letter models', `data/ner/${NAMELM_FILE}`);
  const autoLexicon = cfg.autoLexicon ? given.autoLexicon ?? loadLexicon(AUTOLEX_FILE) : undefined;
  if (cfg.autoLexicon && !autoLexicon) throw new IsnadError('RESOURCE_MISSING', 'the NER model needs its learned lexicon', `data/ner/${AUTOLEX_FILE}`);
  const features = new FeatureExtractor(model.header.bits, cfg, { gazetteer: gaz, clusters, lexicon, nameLM, autoLexicon });
  return stage1 ? { model, features, stage1 } : { model, features };
}

/** The committed tagger, loaded once on first use. */
export const defaultTagger = lazy((): Tagger => {
  const load = (file: string): LinearModel => {
    try {
      return LinearModel.deserialise(readDataFile(`ner/${file}`));
    } catch (e) {
      if (e instanceof IsnadError) throw e;
      throw new IsnadError('RESOURCE_CORRUPT', `cannot load the NER model: ${(e as Error).message}`, `data/ner/${file}`);
    }
  };
  const model = load(MODEL_FILE);
  return taggerFrom(model, model.header.stage1 ? load(model.header.stage1) : undefined);
});

/** First-pass tags of a stacked tagger (the plain tags otherwise). */
export function firstPass(words: readonly string[], tagger: Tagger): Label[] {
  const m = tagger.stage1 ?? tagger.model;
  const { feats, offsets } = tagger.features.sentence(words);
  return bioPath(m, m.decode(feats, offsets, words.length));
}

/** Second-pass tags given the document features of each token. */
export function secondPass(words: readonly string[], extra: readonly (readonly number[])[], tagger: Tagger): Label[] {
  const f = tagger.features.withExtra(tagger.features.sentence(words), extra);
  return bioPath(tagger.model, tagger.model.decode(f.feats, f.offsets, words.length));
}

/** A decoded path of label indices as BIO tags, whatever scheme the model was trained with. */
function bioPath(model: LinearModel, path: Int32Array): Label[] {
  const labels = model.header.labels;
  return Array.from(path, (p) => toBio(labels[p] ?? 'O'));
}

/** Longest run tagged at once; longer inputs are cut at this length. */
const MAX_RUN = 400;

/**
 * BIO tags (PER LOC ORG MISC), one per given token. The tokens are one
 * sentence (or any run of text; long runs are tagged in pieces).
 */
export function tagTokens(words: readonly string[], tagger: Tagger = defaultTagger()): Label[] {
  const out: Label[] = [];
  for (let i = 0; i < words.length; i += MAX_RUN) {
    const part = words.slice(i, i + MAX_RUN);
    if (tagger.stage1) {
      const first = firstPass(part, tagger);
      out.push(...secondPass(part, stackFeatures([part], [first])[0] ?? [], tagger));
      continue;
    }
    const { feats, offsets } = tagger.features.sentence(part);
    const path = tagger.model.decode(feats, offsets, part.length);
    for (const p of path) out.push(toBio(tagger.model.header.labels[p] ?? 'O'));
  }
  // a piece boundary may leave an I- opening a span
  for (let i = 0; i < out.length; i++) {
    const t = out[i] as Label;
    if (t.startsWith('I-') && (i === 0 || (out[i - 1] as Label).slice(2) !== t.slice(2))) out[i] = `B-${t.slice(2)}` as Label;
  }
  return out;
}
