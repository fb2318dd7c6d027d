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
import type { Segment, SegmentRole } from '../../core/types.js';
import type { NormalisedText } from '../normalise/normalise.js';
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
  /** Every form with its count. */
  entries(): Iterable<[string, number]>;
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
  /** Least evidence for a stem after the article (والكوبالت). */
  articleFloor: number;
  /** Least evidence for a stem of three letters or more after a proclitic, in an unknown word. */
  unknownFloor: number;
}

export const DEFAULT_PARAMS: Readonly<SegmenterParams> = Object.freeze({
  // Tuned on the even-numbered sentences of UD Arabic-PUD (src/eval/segment.ts).
  clitic: Object.freeze({
    و: 2.1,
    ف: 0.025,
    ب: 0.6,
    ل: 0.84,
    ك: 0.028,
    س: 0.3,
    ه: 1.7,
    ها: 5.6,
    هما: 0.5,
    هم: 1,
    هن: 0.2,
    ك_: 0.056,
    كما: 0.05,
    كم: 0.05,
    كن: 0.02,
    ي: 0.02,
    ني: 0.05,
    نا: 0.1,
  }),
  nu: 0.07,
  lambda: 4.2,
  beta: 0.42,
  taa: 5,
  mu: 1.5,
  minShortStem: 5,
  lll: 2,
  articleFloor: 5,
  unknownFloor: 1,
});

const WAW = 'و';
const FA = 'ف';
const OUTER = [WAW, FA] as const;
const INNER = ['ب', 'ل', 'ك', 'س'] as const;
/** Enclitic pronouns, longest first. `ك_` names the enclitic ك in the weights. */
const ENCLITICS = ['هما', 'كما', 'هم', 'هن', 'ها', 'كم', 'كن', 'ني', 'نا', 'ه', 'ك', 'ي'] as const;
const ARABIC_LETTERS = /^[\u0621-\u063A\u0641-\u064A]+$/;
/** Two-letter stems that take a pronoun: منه، عنها، فيه، معهم، انه، كله، يده. */
const SHORT_HOSTS = new Set(['من', 'عن', 'في', 'مع', 'ان', 'كل', 'يد', 'اب', 'اخ', 'ام', 'دم', 'فم', 'ذو', 'لد']);
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

const INNER_EXT: ReadonlySet<string> = new Set(['ب', 'ل', 'ك', 'وب', 'ول', 'وك', 'فب', 'فل']);
const ARTICLE_EXT: ReadonlySet<string> = new Set(['ال', 'وال', 'بال', 'فال', 'كال', 'لل', 'ولل', 'وبال']);
const OUTER_EXT: ReadonlySet<string> = new Set(OUTER);
/** Before a definite stem (الحكومه): و ف ب ك …, and ل, which replaces its ا (للحكومه). */
const DEFINITE_EXT: ReadonlySet<string> = new Set(['و', 'ف', 'ب', 'ك', 'وب', 'فب', 'وك']);

interface ExtIndex {
  /** x → total count of p+x, p in INNER_EXT (and so on for each family). */
  inner: Map<string, number>;
  article: Map<string, number>;
  outer: Map<string, number>;
  definite: Map<string, number>;
}

/** Sums, for every form x, the counts of its clitic-bearing forms, in one pass over the lexicon. */
function buildExtIndex(lex: StemLexicon): ExtIndex {
  const idx: ExtIndex = { inner: new Map(), article: new Map(), outer: new Map(), definite: new Map() };
  const add = (m: Map<string, number>, k: string, n: number) => m.set(k, (m.get(k) ?? 0) + n);
  for (const [f, n] of lex.entries()) {
    for (const p of INNER_EXT) if (f.length > p.length && f.startsWith(p)) add(idx.inner, f.slice(p.length), n);
    for (const p of ARTICLE_EXT) if (f.length > p.length && f.startsWith(p)) add(idx.article, f.slice(p.length), n);
    for (const p of OUTER_EXT) if (f.length > p.length && f.startsWith(p)) add(idx.outer, f.slice(p.length), n);
    for (const p of DEFINITE_EXT) {
      if (f.length > p.length + 2 && f.startsWith(p) && f.startsWith('ال', p.length)) add(idx.definite, f.slice(p.length), n);
    }
    if (f.length > 3 && f.startsWith('لل')) add(idx.definite, 'ا' + f.slice(1), n);
  }
  return idx;
}

export interface Segmenter {
  segment(norm: string, finalTaaMarbuta?: boolean): readonly SegmentPiece[];
}

const CACHE_LIMIT = 500_000;

export function createSegmenter(lex: StemLexicon, params: Readonly<SegmenterParams> = DEFAULT_PARAMS): Segmenter {
  const K = params.clitic;
  const k = (c: string) => K[c] ?? 0;
  const c = (s: string) => lex.count(s);

  const ext = buildExtIndex(lex);
  /** Count of the clitic-bearing forms of x in one family, less the word w itself. */
  const extOf = (table: Map<string, number>, prefixes: ReadonlySet<string>, x: string, w: string): number => {
    let n = table.get(x) ?? 0;
    if (n > 0) {
      const d = w.length - x.length;
      if (d > 0 && w.endsWith(x) && prefixes.has(w.slice(0, d))) n -= c(w);
    }
    return n;
  };
  const extInner = (x: string, w: string) => extOf(ext.inner, INNER_EXT, x, w);
  const extArticle = (x: string, w: string) => (x.length < 3 ? 0 : extOf(ext.article, ARTICLE_EXT, x, w));
  const extOuter = (x: string, w: string) => extOf(ext.outer, OUTER_EXT, x, w);

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
      let n = extOf(ext.definite, DEFINITE_EXT, stem, w);
      if (w.length === stem.length && w.charCodeAt(0) === 0x0644 && w.endsWith(stem.slice(1))) n -= c(w);
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
    // A final ه that the corpus mostly spells ة speaks against an ه pronoun.
    const taaEvidence = finalTaa !== false && w.charCodeAt(w.length - 1) === 0x0647 ? params.taa * lex.taaMarbuta(w) : 0;
    const lexFor = (cand: Candidate): number => {
      const t = cand.enclitic === 'ه' ? taaEvidence : 0;
      if (cand.p1 !== '') {
        if (lexOuter < 0) lexOuter = params.nu * cw + params.lambda * (extInner(w, w) + extArticle(w, w) + extOuter(w, w)) + params.mu;
        return lexOuter + t;
      }
      if (cand.p2 !== '' || cand.article > 1) {
        if (lexInner < 0) lexInner = params.nu * cw + params.lambda * (extInner(w, w) + extArticle(w, w)) + params.mu;
        return lexInner + t;
      }
      if (lexEnc < 0) lexEnc = params.nu * cw + params.lambda * extArticle(w, w) + params.mu;
      return lexEnc + t;
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
        // وال، بال، لل before an unknown stem are still the article; an unknown word
        // with a proclitic before a longer stem is more often split than not.
        if (cand.article !== 0 && cand.stem.length >= 2) ev = Math.max(ev, params.articleFloor);
        else if (cw === 0 && cand.enclitic === '' && stem.length >= 3) ev = Math.max(ev, params.unknownFloor);
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
          // The future marker goes before an imperfect verb: سيكون، ستكون، سنعمل، سادخل.
          if (!FUTURE_NEXT.has(core.charAt(0)) || core.startsWith('ال') || core.length < (core.charAt(0) === 'ا' ? 4 : 3)) continue;
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
        if ((p1 || p2) && core.length >= 2) consider({ p1, p2, article: 0, restore: '', stem: core, enclitic: '' }, prior);
        for (const e of ENCLITICS) {
          if (core.length <= e.length || !core.endsWith(e)) {
            if (core === e && HOSTS.has(p2) && !HOSTED_NOT.has(p2 + e)) {
              consider({ p1, p2, article: 0, restore: '', stem: '', enclitic: e }, prior * k(e === 'ك' ? 'ك_' : e));
            }
            continue;
          }
          const stem = core.slice(0, core.length - e.length);
          if (stem.length < 2 || (stem.length === 2 && !SHORT_HOSTS.has(stem))) continue;
          if (stem.startsWith('ال') && !AL_HOSTS.has(stem) && !NOT_ARTICLE.has(stem)) continue;
          if (e === 'ه' && finalTaa === true) continue;
          consider({ p1, p2, article: 0, restore: '', stem, enclitic: e }, prior * k(e === 'ك' ? 'ك_' : e));
        }
      }
    }
    return best;
  }

  function build(w: string, finalTaa: boolean | undefined): readonly SegmentPiece[] {
    if (!ARABIC_LETTERS.test(w)) return Object.freeze([Object.freeze({ form: w, role: 'stem' as const, start: 0, end: w.length })]);
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

  // One cache per state of the ة hint, so that the key is the form itself.
  const caches = [new Map<string, readonly SegmentPiece[]>(), new Map<string, readonly SegmentPiece[]>(), new Map<string, readonly SegmentPiece[]>()];
  return {
    segment(norm: string, finalTaaMarbuta?: boolean): readonly SegmentPiece[] {
      const cache = caches[finalTaaMarbuta === undefined ? 0 : finalTaaMarbuta ? 1 : 2] as Map<string, readonly SegmentPiece[]>;
      let r = cache.get(norm);
      if (r === undefined) {
        r = build(norm, finalTaaMarbuta);
        if (cache.size >= CACHE_LIMIT) cache.clear();
        cache.set(norm, r);
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
    entries: () => counts.entries(),
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

/**
 * The segments of the word at [start, end) of a normalised view, with
 * offsets into the original text (for Token.segments). Both ل and ال of
 * لل cover the two letters لل.
 */
export function segmentsOf(view: NormalisedText, start: number, end: number): Segment[] {
  const norm = view.text.slice(start, end);
  const last = view.startMap[end - 1];
  const finalTaa = last === undefined ? undefined : view.original.charCodeAt(last) === 0x0629;
  const pieces = segmentWord(norm, finalTaa);
  const out: Segment[] = new Array(pieces.length);
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i] as SegmentPiece;
    out[i] = {
      form: p.form,
      role: p.role,
      start: view.startMap[start + p.start] as number,
      end: view.endMap[start + p.end - 1] as number,
    };
  }
  return out;
}
