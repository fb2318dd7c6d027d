import { normaliseString } from '../../text/normalise/normalise.js';
import { stripClitics } from './affixes.js';
import { GAZ_CATEGORIES, type Gazetteer } from './gazetteer.js';
import { nameBin, type NameLM } from './name-lm.js';

/** Which feature families are on; stored with the model. */
export interface FeatureConfig {
  gazetteer: boolean;
  clusters: boolean;
  bigrams: boolean;
  /** Name lexicon derived from WikiFANE (data/ner/lexicon.tsv). */
  lexicon?: boolean;
  /** Wider context: stems at distance 3–4 (as bags), the nearest words across punctuation, inside quotes. */
  context?: boolean;
  /** Letter trigrams of the stem (transliterated foreign names have telling ones). */
  ngrams?: boolean;
  /** Words of multi-word gazetteer entries, alone (حفتر of خليفة حفتر). */
  gazParts?: boolean;
  /** How name-like the letters of the word are (two letter n-gram models, names vs other words). */
  nameLM?: boolean;
  /** Name lexicon learned by a first pass over raw news (data/ner/autolex.tsv). */
  autoLexicon?: boolean;
  /** A word the clusters do not know, joined with the stem of the word before and after it (الرئيس + unknown). */
  oovContext?: boolean;
  /** The word's coarse cluster joined with the stem of the word before and after it. */
  clusterContext?: boolean;
  /** The word's gazetteer categories joined with the stem of the word before and after it. */
  gazContext?: boolean;
  /** The proclitics (و، ب، ل، ال) of the word joined with those of the word before and after it. */
  preContext?: boolean;
  /** With preContext: also the proclitics of both neighbours together, and the next word's proclitics and ending (الهيئة + ال…ية). */
  preSuffix?: boolean;
}

/** Word → BIO tags it often carries in names. */
export type Lexicon = Map<string, readonly string[]>;

export interface FeatureResources {
  gazetteer?: Gazetteer;
  clusters?: Clusters;
  lexicon?: Lexicon;
  nameLM?: NameLM;
  autoLexicon?: Lexicon;
}

/** Word → cluster ids at several granularities (coarse to fine). */
export type Clusters = Map<string, readonly number[]>;

export function fnv1a(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function mix(h: number, salt: number): number {
  let x = (h ^ Math.imul(salt + 1, 0x9e3779b9)) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/** Everything the features need about one word form; computed once per form. */
export interface WordInfo {
  norm: string;
  stem: string;
  base: string;
  wordH: number;
  stemH: number;
  /** Feature hashes used at the word's own position. */
  local: Uint32Array;
  /** Feature hashes used when the word is a neighbour at distance 1 / 2. */
  ctx1: Uint32Array;
  ctx2: Uint32Array;
  /** Hash of the proclitics. */
  preH: number;
  /** Hash of the proclitics and the last two letters. */
  preSfxH: number;
  /** Coarsest cluster id + 1, 0 when the clusters do not know the word. */
  cl0: number;
  /** Gazetteer categories of the word alone (its forms with and without clitics). */
  gaz: number;
  /** Punctuation or quote mark. */
  punct: boolean;
  quote: boolean;
}

const ARABIC_LETTER = /[\u0621-\u064A\u0671-\u06D3]/;
const LATIN = /[A-Za-z]/;
const DIGIT = /[0-9]/;
const QUOTE = /["'«»“”‘’]/;
const NAME_LETTERS = /^[\u0621-\u064A]{3,}$/;

function shapeOf(norm: string): string {
  let s = '';
  if (ARABIC_LETTER.test(norm)) s += 'A';
  if (LATIN.test(norm)) s += 'L';
  if (DIGIT.test(norm)) s += 'D';
  if (QUOTE.test(norm)) s += 'Q';
  if (s === '') s = /^[\p{P}]+$/u.test(norm) ? 'P' : 'S';
  return s;
}

const MAX_CACHE = 300_000;

/** Letters the default normaliser keeps as they are: a word made only of these is its own normal form. */
const STABLE = /^[\u0621\u0624\u0626\u0627\u0628\u062A-\u063A\u0641-\u0648\u064A0-9a-z]+$/;

function fastNormalise(raw: string): string {
  if (STABLE.test(raw)) return raw;
  return normaliseString(raw).toLowerCase();
}


export class FeatureExtractor {
  readonly config: FeatureConfig;
  readonly mask: number;
  private readonly gaz: Gazetteer | undefined;
  private readonly clusters: Clusters | undefined;
  private readonly lexicon: Lexicon | undefined;
  private readonly nameLM: NameLM | undefined;
  private readonly autoLexicon: Lexicon | undefined;
  private readonly cache = new Map<string, WordInfo>();
  private readonly bos: WordInfo;
  private readonly eos: WordInfo;

  constructor(bits: number, config: FeatureConfig, res: FeatureResources = {}) {
    this.config = config;
    this.mask = (1 << bits) - 1;
    this.gaz = config.gazetteer ? res.gazetteer : undefined;
    this.clusters = config.clusters ? res.clusters : undefined;
    this.lexicon = config.lexicon ? res.lexicon : undefined;
    this.nameLM = config.nameLM ? res.nameLM : undefined;
    this.autoLexicon = config.autoLexicon ? res.autoLexicon : undefined;
    this.bos = this.boundary('<s>');
    this.eos = this.boundary('</s>');
  }

  private boundary(tag: string): WordInfo {
    const h = fnv1a(`w=${tag}`);
    const arr = Uint32Array.of(h);
    return { norm: tag, stem: tag, base: tag, wordH: h, stemH: h, preH: h, preSfxH: h, local: arr, ctx1: arr, ctx2: arr, cl0: 0, gaz: 0, punct: false, quote: false };
  }

  private gazBits(w: string): number {
    return this.gaz?.words.get(w) ?? 0;
  }

  info(raw: string): WordInfo {
    let wi = this.cache.get(raw);
    if (wi) return wi;
    wi = this.compute(raw);
    if (this.cache.size >= MAX_CACHE) this.cache.clear();
    this.cache.set(raw, wi);
    return wi;
  }

  private compute(raw: string): WordInfo {
    let norm = fastNormalise(raw);
    if (norm.length === 0) norm = raw;
    const { pre, stem, base } = stripClitics(norm);
    const shape = shapeOf(norm);
    const local: string[] = [`w=${norm}`, `s=${stem}`, `b=${base}`, `pre=${pre}`, `sh=${shape}`];
    const len = Math.min(norm.length, 12);
    local.push(`len=${len}`);
    for (let k = 1; k <= 4; k++) {
      if (norm.length > k) {
        local.push(`x${k}=${norm.slice(-k)}`);
      }
      if (stem.length > k + 1) {
        local.push(`sp${k}=${stem.slice(0, k)}`, `sx${k}=${stem.slice(-k)}`);
      }
    }
    if (this.config.ngrams && stem.length >= 4) {
      const padded = `^${stem}$`;
      for (let i = 0; i + 3 <= padded.length; i++) local.push(`g3=${padded.slice(i, i + 3)}`);
    }
    if (this.nameLM && NAME_LETTERS.test(stem)) {
      const bin = nameBin(this.nameLM, stem);
      local.push(`nl=${bin}`);
      if (this.clusters && !this.clusters.has(norm) && !this.clusters.has(base)) local.push(`nlu=${bin}`);
      if (stem !== norm && NAME_LETTERS.test(norm)) local.push(`nlw=${nameBin(this.nameLM, norm)}`);
    }
    const ctx1: string[] = [`w=${norm}`, `s=${stem}`, `sh=${shape}`, `pre=${pre}`];
    const ctx2: string[] = [`w=${norm}`, `s=${stem}`];
    let gazAll = 0;
    let cl0 = 0;
    if (this.gaz) {
      const gw = this.gazBits(norm) | this.gazBits(base);
      const gs = stem !== base ? this.gazBits(stem) | this.gazBits('ال' + stem) : 0;
      const gp = this.config.gazParts ? (this.gaz.parts.get(base) ?? 0) | (stem !== base ? this.gaz.parts.get(stem) ?? 0 : 0) : 0;
      gazAll = gw | gs;
      GAZ_CATEGORIES.forEach((_, i) => {
        if (gw & (1 << i)) {
          local.push(`gw=${i}`);
          ctx1.push(`gw=${i}`);
          ctx2.push(`gw=${i}`);
        }
        if (gp & (1 << i)) local.push(`gp=${i}`);
        if (gs & (1 << i)) {
          local.push(`gs=${i}`);
          ctx1.push(`gs=${i}`);
        }
      });
    }
    if (this.clusters) {
      const c = this.clusters.get(norm) ?? this.clusters.get(base);
      const cs = stem !== norm ? this.clusters.get(stem) : undefined;
      c?.forEach((id, k) => {
        local.push(`c${k}=${id}`);
        ctx1.push(`c${k}=${id}`);
        if (k === 0) ctx2.push(`c${k}=${id}`);
      });
      cs?.forEach((id, k) => local.push(`cs${k}=${id}`));
      if (!c) local.push('c=none');
      cl0 = c ? (c[0] as number) + 1 : 0;
    }
    if (this.lexicon) {
      const lx = this.lexicon.get(norm) ?? this.lexicon.get(base);
      if (lx) for (const t of lx) {
        local.push(`lx=${t}`);
        ctx1.push(`lx=${t}`);
      }
      const ls = stem !== base ? this.lexicon.get(stem) : undefined;
      if (ls) for (const t of ls) local.push(`ls=${t}`);
    }
    if (this.autoLexicon) {
      const ax = this.autoLexicon.get(norm) ?? this.autoLexicon.get(base);
      if (ax) for (const t of ax) {
        local.push(`ax=${t}`);
        ctx1.push(`ax=${t}`);
      }
    }
    const h = (xs: string[]) => Uint32Array.from(xs, (x) => fnv1a(x));
    return {
      norm,
      stem,
      base,
      wordH: fnv1a(norm),
      stemH: fnv1a(stem),
      preH: this.config.preContext ? fnv1a(`${pre}|${shape}`) : 0,
      preSfxH: this.config.preSuffix ? fnv1a(`${pre}|${shape}|${stem.length > 3 ? stem.slice(-2) : ''}`) : 0,
      local: h(local),
      ctx1: h(ctx1),
      ctx2: h(ctx2),
      cl0,
      gaz: gazAll,
      punct: shape === 'P' || shape === 'Q' || shape === 'S',
      quote: QUOTE.test(norm) && norm.length === 1,
    };
  }

  /** Multi-word gazetteer matches: per token, bits of B- and I- categories. */
  private matchGazetteer(infos: WordInfo[]): { b: Int32Array; i: Int32Array } {
    const n = infos.length;
    const b = new Int32Array(n);
    const inside = new Int32Array(n);
    const gaz = this.gaz;
    if (!gaz) return { b, i: inside };
    for (let t = 0; t < n; t++) {
      const wi = infos[t] as WordInfo;
      const cands = gaz.entries.get(wi.base) ?? (wi.norm !== wi.base ? gaz.entries.get(wi.norm) : undefined);
      if (!cands) continue;
      for (const e of cands) {
        const len = e.words.length;
        if (t + len > n) continue;
        let ok = true;
        for (let j = 1; j < len; j++) {
          const other = infos[t + j] as WordInfo;
          if (other.norm !== e.words[j] && other.base !== e.words[j]) {
            ok = false;
            break;
          }
        }
        if (!ok) continue;
        b[t] = (b[t] as number) | e.cat;
        for (let j = 1; j < len; j++) inside[t + j] = (inside[t + j] as number) | e.cat;
        if (len > 1) b[t] = (b[t] as number) | (1 << 30); // inside a multi-word entry
      }
    }
    return { b, i: inside };
  }

  /**
   * Hashed feature buckets for every token of a sentence: token t's features
   * are feats[offsets[t] .. offsets[t+1]).
   */
  sentence(words: readonly string[]): { feats: Int32Array; offsets: Int32Array; infos: WordInfo[] } {
    const n = words.length;
    const infos = words.map((w) => this.info(w));
    let total = 0;
    for (let t = 0; t < n; t++) {
      const wi = infos[t] as WordInfo;
      total += 1 + wi.local.length + 6;
      total += (t > 0 ? (infos[t - 1] as WordInfo).ctx1.length : 1) + (t + 1 < n ? (infos[t + 1] as WordInfo).ctx1.length : 1);
      total += (t > 1 ? (infos[t - 2] as WordInfo).ctx2.length : 1) + (t + 2 < n ? (infos[t + 2] as WordInfo).ctx2.length : 1);
      total += 5 + 4 * GAZ_CATEGORIES.length + 8 + 8 + 2 * GAZ_CATEGORIES.length;
    }
    const feats = new Int32Array(total);
    const offsets = new Int32Array(n + 1);
    const mask = this.mask;
    const gm = this.matchGazetteer(infos);
    let k = 0;
    // inside quotes: 1 + the position of the opening quote, 0 outside
    const quotes = new Int32Array(n);
    if (this.config.context) {
      let open = 0;
      for (let t = 0; t < n; t++) {
        const wi = infos[t] as WordInfo;
        if (wi.quote) open = open > 0 ? 0 : t + 1;
        else quotes[t] = open;
      }
    }
    const at = (t: number): WordInfo => (t < 0 ? this.bos : t >= n ? this.eos : (infos[t] as WordInfo));
    for (let t = 0; t < n; t++) {
      offsets[t] = k;
      feats[k++] = mix(0x5bd1e995, 99) & mask; // bias
      const wi = infos[t] as WordInfo;
      for (const h of wi.local) feats[k++] = mix(h, 0) & mask;
      for (const h of at(t - 1).ctx1) feats[k++] = mix(h, 1) & mask;
      for (const h of at(t + 1).ctx1) feats[k++] = mix(h, 2) & mask;
      for (const h of at(t - 2).ctx2) feats[k++] = mix(h, 3) & mask;
      for (const h of at(t + 2).ctx2) feats[k++] = mix(h, 4) & mask;
      if (this.config.bigrams) {
        const p = at(t - 1);
        const q = at(t + 1);
        feats[k++] = mix(Math.imul(p.wordH, 31) ^ wi.wordH, 5) & mask;
        feats[k++] = mix(Math.imul(wi.wordH, 31) ^ q.wordH, 6) & mask;
        feats[k++] = mix(Math.imul(p.stemH, 31) ^ wi.stemH, 7) & mask;
        feats[k++] = mix(Math.imul(wi.stemH, 31) ^ q.stemH, 8) & mask;
        feats[k++] = mix(Math.imul(p.wordH, 31) ^ q.wordH, 9) & mask;
      }
      if (this.config.context) {
        for (const d of [3, 4]) {
          feats[k++] = mix(at(t - d).stemH, 15) & mask;
          feats[k++] = mix(at(t + d).stemH, 16) & mask;
        }
        if (t > 0 && (infos[t - 1] as WordInfo).punct) {
          let j = t - 1;
          while (j >= 0 && (infos[j] as WordInfo).punct) j--;
          feats[k++] = mix(at(j).stemH, 17) & mask;
        }
        if (t + 1 < n && (infos[t + 1] as WordInfo).punct) {
          let j = t + 1;
          while (j < n && (infos[j] as WordInfo).punct) j++;
          feats[k++] = mix(at(j).stemH, 18) & mask;
        }
        const qs = quotes[t] as number;
        if (qs > 0) {
          feats[k++] = mix(0x51, 19) & mask;
          // the word before the opening quote (برنامج « … », صحيفة " … ")
          feats[k++] = mix(at(qs - 2).stemH, 20) & mask;
        }
        if (t === 0 || (t === 1 && (infos[0] as WordInfo).punct)) feats[k++] = mix(0x52, 19) & mask;
      }
      if (this.config.oovContext && this.clusters && wi.cl0 === 0 && !wi.punct) {
        feats[k++] = mix(Math.imul(at(t - 1).stemH, 31) ^ 0x0a, 21) & mask;
        feats[k++] = mix(Math.imul(at(t + 1).stemH, 31) ^ 0x0b, 21) & mask;
      }
      if (this.config.preContext) {
        feats[k++] = mix(Math.imul(at(t - 1).preH, 131) ^ wi.preH, 26) & mask;
        feats[k++] = mix(Math.imul(wi.preH, 131) ^ at(t + 1).preH, 27) & mask;
        if (this.config.preSuffix) {
          feats[k++] = mix(Math.imul(Math.imul(at(t - 1).preH, 131) ^ wi.preH, 131) ^ at(t + 1).preH, 28) & mask;
          feats[k++] = mix(Math.imul(wi.preH, 131) ^ at(t + 1).preSfxH, 29) & mask;
        }
      }
      if (this.config.clusterContext && this.clusters) {
        feats[k++] = mix(Math.imul(at(t - 1).stemH, 131) ^ wi.cl0, 22) & mask;
        feats[k++] = mix(Math.imul(at(t + 1).stemH, 131) ^ wi.cl0, 23) & mask;
      }
      if (this.config.gazContext && this.gaz) {
        const g = wi.gaz | (gm.b[t] as number) | (gm.i[t] as number);
        if (g !== 0) {
          const ph = at(t - 1).stemH;
          const nh = at(t + 1).stemH;
          for (let c = 0; c < GAZ_CATEGORIES.length; c++) {
            if (!(g & (1 << c))) continue;
            feats[k++] = mix(Math.imul(ph, 131) ^ c, 24) & mask;
            feats[k++] = mix(Math.imul(nh, 131) ^ c, 25) & mask;
          }
        }
      }
      if (this.gaz) {
        const bb = gm.b[t] as number;
        const ii = gm.i[t] as number;
        for (let c = 0; c < GAZ_CATEGORIES.length; c++) {
          if (bb & (1 << c)) feats[k++] = mix(1000 + c, bb & (1 << 30) ? 11 : 10) & mask;
          if (ii & (1 << c)) feats[k++] = mix(1000 + c, 12) & mask;
        }
        // the neighbours' multi-word matches
        const pb = t > 0 ? (gm.b[t - 1] as number) | (gm.i[t - 1] as number) : 0;
        const nb = t + 1 < n ? (gm.b[t + 1] as number) : 0;
        for (let c = 0; c < GAZ_CATEGORIES.length; c++) {
          if (pb & (1 << c)) feats[k++] = mix(1000 + c, 13) & mask;
          if (nb & (1 << c)) feats[k++] = mix(1000 + c, 14) & mask;
        }
      }
    }
    offsets[n] = k;
    return { feats: feats.subarray(0, k), offsets, infos };
  }

  /** Adds per-token extra feature hashes (stacked features) to a sentence's buckets. */
  withExtra(base: { feats: Int32Array; offsets: Int32Array }, extra: readonly (readonly number[])[]): { feats: Int32Array; offsets: Int32Array } {
    const n = base.offsets.length - 1;
    let total = base.feats.length;
    for (const e of extra) total += e.length;
    const feats = new Int32Array(total);
    const offsets = new Int32Array(n + 1);
    let k = 0;
    for (let t = 0; t < n; t++) {
      offsets[t] = k;
      for (let j = base.offsets[t] as number; j < (base.offsets[t + 1] as number); j++) feats[k++] = base.feats[j] as number;
      for (const h of extra[t] ?? []) feats[k++] = mix(h, 77) & this.mask;
    }
    offsets[n] = k;
    return { feats: feats.subarray(0, k), offsets };
  }
}
