/**
 * Clitic segmentation of one normalised Arabic word into proclitics
 * (و ف ب ل ك س ال), a stem and an enclitic pronoun (ه ها هما هم هن ك كما كم
 * كن ي ني نا).
 *
 * Candidate splits are scored with word-form frequencies from news text
 * (data/segment/lexicon.tsv, in the default normalised space). A split
 * P+s of a word w wins when the stem s is well attested and w itself shows
 * little sign of being a word of its own. The best sign of that is w taking
 * clitics itself: الوزير and لوزير show that وزير is a word, while nothing
 * like الوقال exists, so وقال is و+قال. A word ending in ه that the corpus
 * mostly spells with ة (دولة) is a noun, not دول+ه.
 */
import type { SegmentRole } from '../../core/types.js';
import { lazy, readDataFile } from '../../resources/data-files.js';

export interface SegmentPiece {
  /** Normalised form; ال is restored in ل+ال+حكومه. */
  readonly form: string;
  readonly role: SegmentRole;
  /** Offsets into the normalised word given to the segmenter. */
  readonly start: number;
  readonly end: number;
}

/** Form frequencies, in the default normalised space. */
export interface StemLexicon {
  count(form: string): number;
  /** How often the form was spelt with a final ة (forms ending in ه). */
  taaMarbuta(form: string): number;
}

/** Weights of the split decision; see DEFAULT_PARAMS. */
export interface SegmenterParams {
  /** Prior weight of each clitic (roughly its rate, with slack). */
  clitic: Readonly<Record<string, number>>;
  /** Weight of the unsplit word's own count. */
  nu: number;
  /** Weight of the unsplit word's clitic-bearing forms (evidence it is a stem). */
  lambda: number;
  /** Weight of the stem's clitic-bearing forms, beside its bare count. */
  beta: number;
  /** Weight of the ة spellings of the word against an ه enclitic. */
  taa: number;
  /** Smoothing added to the unsplit side (a split needs that much evidence). */
  mu: number;
  /** Minimum count of a stem of two letters. */
  minShortStem: number;
  /** Weight of reading لل+ل… as ل+ال+ل… (للجنه: ل+ال+لجنه) against ل+ال+… (ل+ال+جنه). */
  lll: number;
}

export const DEFAULT_PARAMS: Readonly<SegmenterParams> = Object.freeze({
  clitic: Object.freeze({
    و: 1.5,
    ف: 0.4,
    ب: 0.6,
    ل: 0.6,
    ك: 0.04,
    س: 0.3,
    ه: 0.3,
    ها: 0.5,
    هما: 0.5,
    هم: 0.5,
    هن: 0.2,
    ك_: 0.02,
    كما: 0.05,
    كم: 0.05,
    كن: 0.02,
    ي: 0.02,
    ني: 0.05,
    نا: 0.1,
  }),
  nu: 0.05,
  lambda: 3,
  beta: 0.3,
  taa: 5,
  mu: 3,
  minShortStem: 20,
  lll: 2,
});

const WAW = 'و';
const FA = 'ف';
const OUTER = [WAW, FA] as const;
const INNER = ['ب', 'ل', 'ك', 'س'] as const;
/** Enclitic pronouns, longest first. `ك_` names the enclitic ك in the weights. */
const ENCLITICS = ['هما', 'كما', 'هم', 'هن', 'ها', 'كم', 'كن', 'ني', 'نا', 'ه', 'ك', 'ي'] as const;
const ENCLITIC_SET: ReadonlySet<string> = new Set(ENCLITICS);
const FUTURE_NEXT = new Set(['ي', 'ت', 'ن', 'ا']);
/** Prepositions that host a pronoun with no stem between: له، بها، بكم. */
const HOSTS = new Set(['ب', 'ل']);
const HOSTED_NOT = new Set(['لكن', 'بي', 'كي']);

/** Words never split, whatever the counts say (function words, ambiguous forms). */
const WHOLE = new Set(
  (
    'هناك هنالك كان كانت كانوا كانون كلا لكن كما فيما لقد لذا كذلك بي سي كي لكي ' +
    'والي واحد ولي بينما كلما ليس لست لسنا بل فقط فحسب ' +
    'الذي التي الذين اللذان اللذين اللتان اللتين اللاتي اللائي اللواتي الا الي الان'
  ).split(' '),
);

/** Words starting with ال where ال is not the article. */
const NOT_ARTICLE = new Set(
  (
    'الذي التي الذين اللذان اللذين اللتان اللتين اللاتي اللائي اللواتي الله اللهم الا الي الان ' +
    'الف الفا الفين الاف الم الما المانيا البانيا الاسكا الياف الغي الغت الغاء القي القت القاء ' +
    'الزم الزمت الزام الحق الحقت الحاق الهم الهمت الهام المح المحت الماني المانيه الكتروني الكترونيه'
  ).split(' '),
);
const NOT_ARTICLE_PREFIXES = ['الكترون', 'الماني', 'الباني', 'المني'];
/** ال-initial words that take enclitics: إلى (اليه), إلا (الاه is not a word). */
const AL_HOSTS = new Set(['الي', 'الا']);

function isArticleStem(core: string): boolean {
  if (core.length < 4 || core.charCodeAt(0) !== 0x0627 || core.charCodeAt(1) !== 0x0644) return false;
  if (NOT_ARTICLE.has(core)) return false;
  for (const h of AL_HOSTS) if (core.startsWith(h) && (ENCLITIC_SET as Set<string>).has(core.slice(h.length))) return false;
  for (const p of NOT_ARTICLE_PREFIXES) if (core.startsWith(p)) return false;
  return true;
}

interface Candidate {
  p1: string;
  p2: string;
  /** 0: no article; 1: ال written in full; 2: لل (ل+ال, the ا dropped); 3: ل+ال+ل… written لل. */
  article: 0 | 1 | 2 | 3;
  /** Letters the spelling dropped from the stem: ل+الذي is written للذي, ل+الله لله. */
  restore: '' | 'ا' | 'ال';
  stem: string;
  enclitic: string;
}

export interface Segmenter {
  segment(norm: string, finalTaaMarbuta?: boolean): readonly SegmentPiece[];
}

const CACHE_LIMIT = 200_000;

export function createSegmenter(lex: StemLexicon, params: Readonly<SegmenterParams> = DEFAULT_PARAMS): Segmenter {
  const K = params.clitic;
  const k = (c: string) => K[c] ?? 0;
  const c = (s: string) => lex.count(s);

  /** Counts of x with proclitics before it, skipping the word itself. */
  function extInner(x: string, w: string): number {
    let n = 0;
    for (const p of ['ب', 'ل', 'ك', 'وب', 'ول', 'وك', 'فب', 'فل']) {
      const f = p + x;
      if (f !== w) n += c(f);
    }
    return n;
  }
  function extArticle(x: string, w: string): number {
    if (x.length < 3) return 0;
    let n = 0;
    for (const p of ['ال', 'وال', 'بال', 'فال', 'كال', 'لل', 'ولل', 'وبال']) {
      const f = p + x;
      if (f !== w) n += c(f);
    }
    return n;
  }
  function extOuter(x: string, w: string): number {
    let n = 0;
    for (const p of OUTER) {
      const f = p + x;
      if (f !== w) n += c(f);
    }
    return n;
  }

  /** Evidence that `stem` (with an enclitic `e` after it, maybe) is a word. */
  function stemEvidence(stem: string, e: string, w: string): number {
    let best = stemEvidence1(stem, w);
    if (e === '') return best;
    const last = stem.charCodeAt(stem.length - 1);
    const head = stem.slice(0, -1);
    let variant: string | undefined;
    if (last === 0x062a) variant = head + 'ه'; // مدينت+ه ← مدينه
    else if (last === 0x0627) variant = head + 'ي'; // مستوا+ه ← مستوي
    else if (last === 0x0626 || last === 0x0624) variant = head + 'ء'; // اسمائ+هم ← اسماء
    else if (last === 0x0648) variant = stem + 'ا'; // ينفقو+ها ← ينفقوا
    if (variant !== undefined) best = Math.max(best, stemEvidence1(variant, w));
    return best;
  }
  function stemEvidence1(stem: string, w: string): number {
    const bare = stem === w ? 0 : c(stem);
    if (isArticleStem(stem)) {
      let n = 0;
      for (const p of ['و', 'ف', 'ب', 'ك', 'وب', 'فب', 'وك']) {
        const f = p + stem;
        if (f !== w) n += c(f);
      }
      const l = 'ل' + stem.slice(1);
      if (l !== w) n += c(l);
      return bare + params.beta * n;
    }
    return bare + params.beta * (extInner(stem, w) + extArticle(stem, w) + extOuter(stem, w));
  }

  function analyse(w: string, finalTaa: boolean | undefined): Candidate | null {
    if (w.length < 2 || WHOLE.has(w)) return null;
    const cw = c(w);
    // Evidence that w is a word of its own, by what a split would need to explain away.
    let lexOuter = -1;
    let lexInner = -1;
    let lexEnc = -1;
    const lexFor = (cand: Candidate): number => {
      if (cand.p1 !== '') {
        if (lexOuter < 0) lexOuter = params.nu * cw + params.lambda * (extInner(w, w) + extArticle(w, w) + extOuter(w, w)) + params.mu;
        return lexOuter;
      }
      if (cand.p2 !== '' || cand.article > 1) {
        if (lexInner < 0) lexInner = params.nu * cw + params.lambda * (extInner(w, w) + extArticle(w, w)) + params.mu;
        return lexInner;
      }
      if (lexEnc < 0) {
        lexEnc = params.nu * cw + params.lambda * extArticle(w, w) + params.mu;
        if (finalTaa !== false && w.charCodeAt(w.length - 1) === 0x0647) lexEnc += params.taa * lex.taaMarbuta(w);
      }
      return lexEnc;
    };

    let best: Candidate | null = null;
    let bestRatio = 1;
    const consider = (cand: Candidate, prior: number) => {
      if (prior <= 0) return;
      let ev: number;
      if (cand.stem === '') ev = 1e6; // له، بها
      else {
        const stem = cand.article ? 'ال' + cand.stem : cand.restore + cand.stem;
        // Two letters: only the bare count, as short forms collide (ليس is not ل+يس).
        ev = stem.length === 2 ? c(stem) : stemEvidence(stem, cand.enclitic, w);
        if (stem.length === 2 && ev < params.minShortStem) return;
        // The word ends the stem: weigh the stem by how often it is spelt as the word is (ة or ه).
        if (finalTaa !== undefined && cand.enclitic === '' && stem.charCodeAt(stem.length - 1) === 0x0647) {
          const rho = lex.taaMarbuta(stem) / Math.max(1, c(stem));
          ev *= finalTaa ? rho : Math.max(1 - rho, 0.1);
        }
      }
      const ratio = (prior * ev) / lexFor(cand);
      if (ratio > bestRatio) {
        bestRatio = ratio;
        best = cand;
      }
    };

    for (let i1 = 0; i1 < 3; i1++) {
      const p1 = i1 === 0 ? '' : (OUTER[i1 - 1] as string);
      if (p1 && !w.startsWith(p1)) continue;
      const r1 = w.slice(p1.length);
      for (let i2 = 0; i2 < 5; i2++) {
        const p2 = i2 === 0 ? '' : (INNER[i2 - 1] as string);
        if (p2 && !r1.startsWith(p2)) continue;
        const core = r1.slice(p2.length);
        if (core.length === 0) continue;
        const prior = (p1 ? k(p1) : 1) * (p2 ? k(p2) : 1);
        if (p2 === 'س') {
          if (!FUTURE_NEXT.has(core.charAt(0)) || core.startsWith('ال')) continue;
        }
        // لل: ل+ال with the alef dropped; للجنه may also be ل+ال+لجنه.
        if (p2 === 'ل' && core.charCodeAt(0) === 0x0644 && core.length >= 2) {
          const s2 = core.slice(1);
          if (s2.length >= 2 && isArticleStem('ال' + s2)) consider({ p1, p2, article: 2, restore: '', stem: s2, enclitic: '' }, prior);
          if (isArticleStem('ال' + core)) consider({ p1, p2, article: 3, restore: '', stem: core, enclitic: '' }, prior * params.lll);
          if (NOT_ARTICLE.has('ا' + core)) {
            consider({ p1, p2, article: 0, restore: 'ا', stem: core, enclitic: '' }, prior);
            continue;
          }
          if (NOT_ARTICLE.has('ال' + core)) {
            consider({ p1, p2, article: 0, restore: 'ال', stem: core, enclitic: '' }, prior);
            continue;
          }
        }
        if (isArticleStem(core)) {
          if (p2 !== 'س' && (p1 || p2)) consider({ p1, p2, article: 1, restore: '', stem: core.slice(2), enclitic: '' }, prior);
          continue; // no enclitic after the article
        }
        if (p1 || p2) consider({ p1, p2, article: 0, restore: '', stem: core, enclitic: '' }, prior);
        for (const e of ENCLITICS) {
          if (core.length <= e.length || !core.endsWith(e)) {
            if (core === e && HOSTS.has(p2) && !HOSTED_NOT.has(p2 + e)) {
              consider({ p1, p2, article: 0, restore: '', stem: '', enclitic: e }, prior * k(e === 'ك' ? 'ك_' : e));
            }
            continue;
          }
          const stem = core.slice(0, core.length - e.length);
          if (stem.length < 2) continue;
          if (stem.startsWith('ال') && !AL_HOSTS.has(stem) && !NOT_ARTICLE.has(stem)) continue;
          if (e === 'ه' && finalTaa === true) continue;
          consider({ p1, p2, article: 0, restore: '', stem, enclitic: e }, prior * k(e === 'ك' ? 'ك_' : e));
        }
      }
    }
    return best;
  }

  function build(w: string, finalTaa: boolean | undefined): readonly SegmentPiece[] {
    const cand = analyse(w, finalTaa);
    const out: SegmentPiece[] = [];
    const push = (form: string, role: SegmentRole, start: number, end: number) =>
      out.push(Object.freeze({ form, role, start, end }));
    if (!cand) {
      if (!WHOLE.has(w) && isArticleStem(w)) {
        push('ال', 'proclitic', 0, 2);
        push(w.slice(2), 'stem', 2, w.length);
      } else push(w, 'stem', 0, w.length);
      return Object.freeze(out);
    }
    let pos = 0;
    if (cand.p1) push(cand.p1, 'proclitic', pos, ++pos);
    const hosted = cand.stem === '' && cand.article === 0;
    if (cand.p2) {
      if (cand.article === 2) {
        push('ل', 'proclitic', pos, pos + 2);
        push('ال', 'proclitic', pos, pos + 2);
        pos += 2;
      } else if (cand.article === 3) {
        push('ل', 'proclitic', pos, pos + 1);
        push('ال', 'proclitic', pos, pos + 1);
        pos += 1;
      } else push(cand.p2, hosted ? 'stem' : 'proclitic', pos, ++pos);
    }
    if (cand.article === 1) {
      push('ال', 'proclitic', pos, pos + 2);
      pos += 2;
    }
    const stemEnd = w.length - cand.enclitic.length;
    if (cand.stem !== '') push(cand.restore + w.slice(pos, stemEnd), 'stem', pos, stemEnd);
    if (cand.enclitic) push(cand.enclitic, 'enclitic', stemEnd, w.length);
    return Object.freeze(out);
  }

  const cache = new Map<string, readonly SegmentPiece[]>();
  return {
    segment(norm: string, finalTaaMarbuta?: boolean): readonly SegmentPiece[] {
      const key = finalTaaMarbuta === undefined ? norm : finalTaaMarbuta ? norm + '\u0001' : norm + '\u0002';
      let r = cache.get(key);
      if (r === undefined) {
        r = build(norm, finalTaaMarbuta);
        if (cache.size >= CACHE_LIMIT) cache.clear();
        cache.set(key, r);
      }
      return r;
    },
  };
}

/** Reads a lexicon in the lexicon.tsv format: `form<TAB>count[<TAB>count with ة]`. */
export function parseLexicon(tsv: string): StemLexicon {
  const counts = new Map<string, number>();
  const taa = new Map<string, number>();
  let i = 0;
  const n = tsv.length;
  while (i < n) {
    let nl = tsv.indexOf('\n', i);
    if (nl < 0) nl = n;
    const t1 = tsv.indexOf('\t', i);
    if (t1 > i && t1 < nl) {
      const form = tsv.slice(i, t1);
      const t2 = tsv.indexOf('\t', t1 + 1);
      if (t2 > 0 && t2 < nl) {
        counts.set(form, Number(tsv.slice(t1 + 1, t2)));
        taa.set(form, Number(tsv.slice(t2 + 1, nl)));
      } else counts.set(form, Number(tsv.slice(t1 + 1, nl)));
    }
    i = nl + 1;
  }
  return {
    count: (f) => counts.get(f) ?? 0,
    taaMarbuta: (f) => taa.get(f) ?? 0,
  };
}

export const loadStemLexicon = lazy(() => parseLexicon(readDataFile('segment/lexicon.tsv').toString('utf8')));

const defaultSegmenter = lazy(() => createSegmenter(loadStemLexicon()));

/**
 * Splits a normalised Arabic word into proclitics, stem and enclitics, with
 * offsets into `norm`. `finalTaaMarbuta`, when known, says whether the
 * word's last letter was ة in the original (then a final ه is no pronoun).
 * Results are cached per form and frozen: do not mutate them.
 */
export function segmentWord(norm: string, finalTaaMarbuta?: boolean): readonly SegmentPiece[] {
  return defaultSegmenter().segment(norm, finalTaaMarbuta);
}
