/**
 * The content of a verb of saying whose subject is followed by more than a frame phrase before
 * its introducer: an adverbial (وقال X عقب الفوز على ضيفه …: «…»), a circumstantial clause
 * (وقال والش وقد وقف إلى جانبه … إن), a relative clause on the speaker (وأضاف X الذي لا تزال
 * المفاوضات جارية معه …: «…») or what the speech was about (قال X عن الأمير الراحل «…»).
 */
import { normaliseString } from '../../text/normalise/normalise.js';
import type { Detection } from './context.js';
import { closingQuote, isComma, isPunct, isQuoteOpen, norm, normLemma, opensClause, someoneAt, tok, verbAt } from './lookups.js';
import { CLAUSE_PARTICLES, COLONS, PRONOUN_SUBJECT, SHORT_WORDS } from './word-sets.js';
import type { VerbCueState } from './verb-cue-subject.js';

/**
 * Verbs whose only reading with a written speaker is a report: what stands between the speaker
 * and the first introducer of their sentence does not make them something else.
 */
const SAYING = new Set(['قال', 'أضاف', 'تابع', 'أوضح', 'أكد', 'ذكر', 'صرح', 'أفاد', 'أعلن', 'كشف', 'لفت', 'أشار', 'شدد', 'نفى', 'زعم', 'ادعى',
  'استطرد', 'أردف', 'اعتبر'].map((w) => normaliseString(w)));
/** Verbs of plain saying: their subject need not be known as someone. */
const SAID = new Set(['قال', 'أضاف', 'تابع', 'استطرد', 'أردف'].map((w) => normaliseString(w)));
/** How far past the speaker the introducer may stand. */
const REACH = 30;
/** A quotation this short after the speaker is a name (لـ"سبق"), not what was said. */
const NAME_QUOTE = 3;
/** Marks the search passes over: a score (2-1), brackets, a slash, stray quotation marks (لـ»المدينة»). */
const PASSABLE_MARKS = new Set(['-', '(', ')', '/', '"', '»', '”', '«']);

/** The speaker's words end before a clause particle (والش وقد وقف إلى جانبه …، الوزير أيضا). */
export function speakerWordsEnd(cx: Detection, npStart: number, npEnd: number): number {
  if (npEnd <= npStart + 1) return npEnd;
  let k = npStart + 1;
  while (k < npEnd && !CLAUSE_PARTICLES.has(norm(cx, k))) k++;
  return k;
}

/** The token where the content starts (the word after إن/أن or a colon, or the opening quote), or -1. */
export function farContent(cx: Detection, st: VerbCueState): number {
  const { c0, cue, negated, opts, se, npStart, npEnd, objectAt, speakerEnd } = st;
  if (!cue || negated || opts.forced || cue.participle === true || npEnd <= npStart || objectAt >= 0 || speakerEnd !== undefined) return -1;
  if (!SAYING.has(normLemma(cue))) return -1;
  if (!opensClause(cx, c0, cue) || !(namesSomeone(cx, npStart, npEnd) || (SAID.has(normLemma(cue)) && bareNounSubject(cx, npStart, npEnd)))) return -1;
  for (let k = npEnd; k < se && k - npEnd <= REACH; k++) {
    const w = norm(cx, k);
    if (cx.complementizers.has(w) || COLONS.has(w)) return tok(cx, k + 1)?.kind === 'word' || isQuoteOpen(cx, k + 1) ? k + 1 : -1;
    if (isQuoteOpen(cx, k)) {
      const close = closingQuote(cx, k, se);
      if (close < 0) return -1;
      if (close - k - 1 > NAME_QUOTE) return k;
      k = close;
      continue;
    }
    // A comma ends the speaker's clause unless the introducer follows it (الشيخ سعود الشريم، إن).
    if (isComma(cx, k)) {
      const next = norm(cx, k + 1);
      if (cx.complementizers.has(next)) continue;
      return -1;
    }
    if (newClauseAt(cx, k) || (isPunct(cx, k) && !PASSABLE_MARKS.has(w))) return -1;
  }
  return -1;
}

/**
 * A verb of saying that opens a clause of its own (وأكد، ثم قال، …، مضيفا) ends the search; one
 * inside a name (بوسطن رد سوكس) does not.
 */
function newClauseAt(cx: Detection, k: number): boolean {
  const v = verbAt(cx, k);
  if (!v || cx.mentionOf[k] !== undefined) return false;
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
