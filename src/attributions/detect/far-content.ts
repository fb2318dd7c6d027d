/**
 * The content of a verb of saying whose subject is followed by more than a frame phrase before
 * its introducer: an adverbial (وقال X عقب الفوز على ضيفه …: «…»), a circumstantial clause
 * (وقال والش وقد وقف إلى جانبه … إن), a relative clause on the speaker (وأضاف X الذي لا تزال
 * المفاوضات جارية معه …: «…») or what the speech was about (قال X عن الأمير الراحل «…»).
 */
import { normaliseString } from '../../text/normalise/normalise.js';
import type { Detection } from './context.js';
import { closingQuote, isComma, isPunct, isQuoteOpen, isRelative, norm, normLemma, opensClause, someoneAt, tok, verbAt } from './lookups.js';
import { accusativeParticiple } from './frame-parts.js';
import { BARE_PREPOSITIONS, CLAUSE_PARTICLES, COLONS, PLAIN_SAYING_VERBS, PRONOUN_SUBJECT, SHORT_WORDS } from './word-sets.js';
import type { VerbCueState } from './verb-cue-subject.js';
import { governedParticiple } from './governed-participle.js';

/**
 * Verbs whose only reading with a written speaker is a report: what stands between the speaker
 * and the first introducer of their sentence does not make them something else.
 */
const SAYING = new Set(['قال', 'أضاف', 'تابع', 'أوضح', 'أكد', 'ذكر', 'صرح', 'أفاد', 'أعلن', 'كشف', 'لفت', 'أشار', 'شدد', 'نفى', 'زعم', 'ادعى',
  'استطرد', 'أردف', 'اعتبر'].map((w) => normaliseString(w)));
/** How far past the speaker the introducer may stand. */
const REACH = 30;
/** A quotation this short after the speaker is a name (لـ"سبق"), not what was said. */
const NAME_QUOTE = 3;
/** Marks the search passes over: a score (2-1), brackets, a slash, stray quotation marks (لـ»المدينة»). */
const PASSABLE_MARKS = new Set(['-', '(', ')', '/', '"', '»', '”', '«']);
/** How long an aside in brackets may be: (مورنينج جو)، (إيه.بي.سي). */
const BRACKET_REACH = 12;
/**
 * Particles that govern the أن after them: بعد أن، قبل أن open a clause of time inside the
 * frame (the introducer comes later); إلا أن، غير أن، رغم أن، كما أن open a clause of their own.
 */
const TIME_GOVERNORS = /^(بعد|قبل|منذ|عقب|اثر|حتي|لحين|بمجرد)$/;
// دون أن، بدون أن: a clause of manner, "without doing" (without-clause.ts).
const CLAUSE_GOVERNORS = /^[وف]?(الا|غير|رغم|برغم|بالرغم|كما|حيث|لكن|مع|بما|لو|دون|بدون)$/;

/**
 * The speaker's words end before a clause particle (والش وقد وقف إلى جانبه …، الوزير أيضا) or
 * an accusative participle describing the speaker's state (زوج المعلمة متحفظاً على ذكر اسمه).
 */
export function speakerWordsEnd(cx: Detection, npStart: number, npEnd: number): number {
  if (npEnd <= npStart + 1) return npEnd;
  let k = npStart + 1;
  while (k < npEnd && !CLAUSE_PARTICLES.has(norm(cx, k)) && !accusativeParticiple(cx, k)) k++;
  return k;
}

/** The token where the content starts (the word after إن/أن or a colon, or the opening quote), or -1. */
export function farContent(cx: Detection, st: VerbCueState): number {
  const { c0, cue, negated, opts, se, npStart, npEnd, objectAt, speakerEnd } = st;
  if (!cue || negated || opts.forced || cue.participle === true || npEnd <= npStart || objectAt >= 0 || speakerEnd !== undefined) return -1;
  if (!SAYING.has(normLemma(cue))) return -1;
  // وأضاف: "قال شيخ الإسلام …: …": a verb right after an opening quotation mark opens its clause.
  if (!opensClause(cx, c0, cue) && !isQuoteOpen(cx, c0 - 1)) return -1;
  const speaker = speakerWordsEnd(cx, npStart, npEnd);
  // The subject of a verb of plain saying need not be known as someone.
  if (!(namesSomeone(cx, npStart, speaker) || (PLAIN_SAYING_VERBS.has(normLemma(cue)) && bareNounSubject(cx, npStart, speaker)))) return -1;
  return introducerFrom(cx, npEnd, se);
}

/**
 * Where the content starts past the frame from k on, or -1. A long quotation after a word of
 * the frame and before a comma (في ندوة «العرب في القرن الجديد»، آخر ندوات المنتدى، إن …) is the
 * title of an occasion when an introducer follows it; else it is what was said.
 */
function introducerFrom(cx: Detection, from: number, se: number): number {
  let quoted = -1;
  for (let k = from; k < se && k - from <= REACH; k++) {
    const w = norm(cx, k);
    const governor = cx.complementizers.has(w) ? governed(cx, k) : undefined;
    if (governor === 'time') continue;
    if (governor === 'clause') return quoted;
    if (cx.complementizers.has(w) || COLONS.has(w)) return tok(cx, k + 1)?.kind === 'word' || isQuoteOpen(cx, k + 1) ? k + 1 : quoted;
    // وقال ترامب في برنامج (مورنينج جو) على قناة (ام.اس.ان.بي.سي) إنه: an aside in brackets is passed whole.
    const bracket = w === '(' ? bracketClose(cx, k, se) : -1;
    if (bracket > k) {
      k = bracket;
      continue;
    }
    if (isQuoteOpen(cx, k)) {
      const close = closingQuote(cx, k, se);
      if (close < 0) return quoted;
      if (close - k - 1 > NAME_QUOTE) {
        if (quoted >= 0 || !titleAt(cx, k, close)) return quoted >= 0 ? quoted : k;
        quoted = k;
      }
      k = close;
      continue;
    }
    // A comma ends the speaker's clause unless the introducer follows it (الشيخ سعود الشريم، إن).
    if (isComma(cx, k)) {
      const next = norm(cx, k + 1);
      if (cx.complementizers.has(next) || asideAfterComma(cx, k + 1)) continue;
      return quoted;
    }
    if (newClauseAt(cx, k) || (isPunct(cx, k) && !PASSABLE_MARKS.has(w))) return quoted;
  }
  return quoted;
}

/**
 * A quotation [k, close] after a word of the frame that names an occasion, before a comma, with an
 * introducer still to come (في افتتاح ندوة «الشباب: …»، آخر ندوات المهرجان، إن …): the frame
 * scan leaves it to the far search instead of taking the title for the words said.
 */
export function occasionTitle(cx: Detection, k: number, close: number, se: number): boolean {
  return close - k - 1 > NAME_QUOTE && titleAt(cx, k, close) && introducerFrom(cx, close + 1, se) > close;
}

/** A quotation [k, close] right after a word and before a comma may be a title (لندوة «…»،). */
function titleAt(cx: Detection, k: number, close: number): boolean {
  return tok(cx, k - 1)?.kind === 'word' && isComma(cx, close + 1);
}

/** Whether the أن at k is governed by the particle before it, opening a clause of time or a clause of its own. */
function governed(cx: Detection, k: number): 'time' | 'clause' | undefined {
  const p = norm(cx, k - 1);
  if (TIME_GOVERNORS.test(p.replace(/^[وف]/, ''))) return 'time';
  return CLAUSE_GOVERNORS.test(p) ? 'clause' : undefined;
}

/** The closing bracket of the aside opened at k, within a few words and the sentence, or -1. */
function bracketClose(cx: Detection, k: number, se: number): number {
  for (let m = k + 1; m < se && m - k <= BRACKET_REACH; m++) {
    const w = norm(cx, m);
    if (w === ')') return m;
    if (w === '(' || cx.complementizers.has(w) || COLONS.has(w)) return -1;
  }
  return -1;
}

/**
 * After a comma past the speaker, what describes the speaker or the occasion goes on to the
 * introducer (هاني عمارة، محلل اقتصادي …: «…»، السنيورة، مساء أمس، في الجلسة …، إن، روي
 * هودجسون، الذي حضر …، "…"); a verb, a conjunction or a particle opens a clause of its own.
 */
function asideAfterComma(cx: Detection, k: number): boolean {
  const w = norm(cx, k);
  if (tok(cx, k)?.kind !== 'word' && !isQuoteOpen(cx, k)) return tok(cx, k)?.kind === 'number';
  if (isRelative(cx, k)) return true;
  // السنيورة، مساء أمس، في الجلسة …: a frame phrase opened by a preposition (في حين opens a clause).
  if (BARE_PREPOSITIONS.has(w)) return !(w === 'في' && norm(cx, k + 1) === 'حين');
  if (verbAt(cx, k) || cx.lex.negators.has(w) || CLAUSE_PARTICLES.has(w) || SHORT_WORDS.has(w) || PRONOUN_SUBJECT.test(w)) return false;
  // وأضاف …، وهو ما …، وأكد: a word with و opens another clause, unless it names someone.
  return !/^[وف]/.test(w) || cx.mentionOf[k] !== undefined;
}

/**
 * A verb of saying that opens a clause of its own (وأكد، ثم قال، …، مضيفا) ends the search; one
 * inside a name (بوسطن رد سوكس) does not.
 */
function newClauseAt(cx: Detection, k: number): boolean {
  const v = verbAt(cx, k);
  if (!v || cx.mentionOf[k] !== undefined) return false;
  // حول مطالبة البعض: the verbal noun a preposition governs opens no clause (governed-participle.ts).
  if (governedParticiple(cx, k, v)) return false;
  // فقال الأصمعي لزين العابدين وقد رأى دموعه …: after وقد a verb that is not one of saying
  // describes the speaker's state (a circumstantial clause).
  if (norm(cx, k - 1) === 'وقد' && !v.participle && !SAYING.has(normLemma(v))) return false;
  return v.conjoined === true || v.participle === true || isPunct(cx, k - 1) || CLAUSE_PARTICLES.has(norm(cx, k - 1));
}

/** والش، زوج المعلمة: one to five words, none a pronoun, a particle or an adverbial accusative (ردا). */
function bareNounSubject(cx: Detection, a: number, b: number): boolean {
  if (b - a > 5) return false;
  for (let k = a; k < b; k++) {
    const w = norm(cx, k);
    if (cx.mentionOf[k] !== undefined) continue;
    if (tok(cx, k)?.kind !== 'word' || SHORT_WORDS.has(w) || SHORT_WORDS.has(w.replace(/^[وف]/, '')) || PRONOUN_SUBJECT.test(w) || /^(ان|ل)(ك|كم|ني|نا)$/.test(w)
      || (w.endsWith('ا') && k === a)) return false;
  }
  return true;
}

/** The subject names someone: its first word (an entity, a role, an anonymous source, an outlet) or a person in it. */
function namesSomeone(cx: Detection, a: number, b: number): boolean {
  if (someoneAt(cx, a)) return true;
  for (let k = a; k < b; k++) if (cx.mentionOf[k]?.type === 'PER') return true;
  return false;
}
