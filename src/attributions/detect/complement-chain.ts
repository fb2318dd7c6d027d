/**
 * A body's long name, then the object that stands for what it made known: أعلنت كلية X التابعة
 * للمؤسسة العامة للصناعات العسكرية بالخرج أسماء المقبولين، جددت الملحقية الثقافية في سفارة
 * المملكة في بريطانيا تحذيراتها، أعلنت المديرية العامة للشؤون الصحية بمنطقة القصيم صباح الاثنين
 * تشغيل …. The subject's scan stops at the first complement (لل، في، بـ), which after a verb of
 * saying is most often an addressee or an occasion (قال الوزير للصحفيين); only when the
 * complements run on, word by word a phrase of the name, up to a verbal noun with no introducer
 * ahead is the whole stretch the speaker's name and the verbal noun its object.
 */
import type { Detection } from './context.js';
import {
  closingQuote, isQuoteOpen, isRelative, norm, opensClause, roleOf, someoneAt, tok, verbAt,
} from './lookups.js';
import { introducerAhead, verbalNounObject, verbalNounShape } from './frame-parts.js';
import { ownedObject, subjectEndsBefore } from './nominal-object.js';
import { announcedNounAfterSubject } from './announced-nouns.js';
import { moreVerbalNounShape } from './masdar-shapes.js';
import { bare, COLONS, inSet, TIME_WORDS } from './word-sets.js';
import type { VerbCueState } from './verb-cue-subject.js';

/** How many words of complements the name may run on past the first stop. */
const REACH = 14;
/** How long a bracketed short name inside the run may be: (فاو)، (يونسكو). */
const BRACKET_REACH = 6;

/** A word that closes a phrase of the name: a definite word (with لـ or بـ too), the end of a name, a closing quote. */
function closesPhrase(cx: Detection, k: number): boolean {
  const w = bare(norm(cx, k));
  const m = cx.mentionOf[k];
  return /^(ال|لل|بال)/.test(w) || (m !== undefined && m.last === k + 1) || w === '»' || w === '”';
}

/** The word at k carries a possessive pronoun, written ه (never ة) in the raw text: تقريرها، بيانه. */
function ownedWord(cx: Detection, k: number): boolean {
  const t = tok(cx, k);
  return t !== undefined && /(ه|ها|هم|هما)$/.test(cx.text.slice(t.start, t.end).replace(/[\u064B-\u0652]/g, ''));
}

/** The word at k opens or goes on with a complement of the name: لل، بال، في, a name, a definite word, a noun in construct. */
function nameWordAt(cx: Detection, k: number): boolean {
  const t = tok(cx, k);
  if (t?.kind !== 'word') return false;
  if (cx.mentionOf[k]) return true;
  const w = norm(cx, k);
  if (verbAt(cx, k) || cx.complementizers.has(w) || cx.lex.negators.has(w) || isRelative(cx, k) || cx.lex.demonstratives.has(w)
    || cx.lex.prepositional.has(w) || COLONS.has(w)) return false;
  const next = tok(cx, k + 1);
  const nextOpensGenitive = next?.kind === 'word' && (bare(norm(cx, k + 1)).startsWith('ال') || cx.mentionOf[k + 1]?.first === k + 1);
  // في سفارة المملكة، في مصر: "in" a place that belongs to the name; في تقريرها الأسبوعي, a noun
  // with a pronoun, is the occasion of the report, no part of the name.
  if (w === 'في') {
    return next?.kind === 'word' && (nextOpensGenitive
      || (!ownedWord(cx, k + 1) && tok(cx, k + 2)?.kind === 'word' && bare(norm(cx, k + 2)).startsWith('ال')));
  }
  if (/^(ال|لل|بال)/.test(bare(w)) && w.length > 3) return true;
  // سفارة المملكة، بمنطقة القصيم، وحماية البيئة: a noun in construct with what follows.
  return w.length > 2 && nextOpensGenitive && !inSet(cx.lex.anonymousHeads, w);
}

/** The word at k is the verbal noun made known, the word before it closing the name. */
function objectAt(cx: Detection, st: VerbCueState, k: number, afterBracketOrTime: boolean): boolean {
  const t = tok(cx, k);
  if (t?.kind !== 'word' || cx.mentionOf[k] || tok(cx, k + 1)?.kind !== 'word' || roleOf(cx, norm(cx, k)) !== undefined
    || cx.lex.rankTitles.has(norm(cx, k)) || introducerAhead(cx, k)) return false;
  const deny = st.cue?.stance === 'deny';
  if (afterBracketOrTime) return verbalNounShape(cx, k, deny) || moreVerbalNounShape(cx, k) || ownedObject(cx, k);
  return verbalNounObject(cx, k, deny) || ownedObject(cx, k) || announcedNounAfterSubject(cx, st, k);
}

/** في تقريرها، في بيانه: "in" a text of the speaker's own, the occasion of the report. */
function occasionAt(cx: Detection, k: number): boolean {
  return norm(cx, k) === 'في' && tok(cx, k + 1)?.kind === 'word' && !cx.mentionOf[k + 1] && ownedWord(cx, k + 1);
}

/**
 * Past the subject's stop at a complement, the verbal noun made known and where the speaker's
 * name ends: before the time or the occasion of the report that may stand between (صباح
 * الاثنين، في تقريرها الأسبوعي), after which only more of it or the object may come. Undefined
 * when anything else (a verb, a comma, an introducer, an indefinite word out of construct) stands
 * on the way.
 */
export function objectPastComplements(cx: Detection, st: VerbCueState): { object: number; subjectEnd: number } | undefined {
  const { c0, cue, negated, opts, se, npStart, npEnd, objectAt: known, speakerEnd } = st;
  if (!cue || negated || opts.forced || cue.participle || !cue.objectContent || npEnd <= npStart || known >= 0 || speakerEnd !== undefined) return undefined;
  if (!opensClause(cx, c0, cue) || !someoneAt(cx, npStart) || !subjectEndsBefore(cx, npEnd)) return undefined;
  if (!nameWordAt(cx, npEnd) && !occasionAt(cx, npEnd)) return undefined;
  /** Where the time or the occasion of the report starts, or -1. */
  let tail = -1;
  let k = npEnd;
  while (k < se && k - npEnd <= REACH) {
    const w = norm(cx, k);
    const prev = norm(cx, k - 1);
    if (k > npEnd && (closesPhrase(cx, k - 1) || prev === ')' || tail >= 0) && objectAt(cx, st, k, prev === ')' || tail >= 0)) {
      return { object: k, subjectEnd: tail >= 0 ? tail : k };
    }
    // صباح الاثنين، اليوم الخميس، في تقريرها الأسبوعي: the time or the occasion of the report.
    if ((k > npEnd && TIME_WORDS.has(w)) || occasionAt(cx, k)) {
      if (tail < 0) tail = k;
      k += w === 'في' ? 2 : 1;
      continue;
    }
    if (w === '(' && k > npEnd && tail < 0) {
      let c = k + 1;
      while (c < se && c - k <= BRACKET_REACH && norm(cx, c) !== ')' && tok(cx, c)?.kind === 'word') c++;
      if (norm(cx, c) !== ')' || c === k + 1) return undefined;
      k = c + 1;
      continue;
    }
    if (isQuoteOpen(cx, k) && k > npEnd && tail < 0) {
      // A short quoted name inside the run («فيفا»).
      const c = closingQuote(cx, k, se);
      if (c < 0 || c - k > 4) return undefined;
      k = c + 1;
      continue;
    }
    if (!nameWordAt(cx, k)) return undefined;
    k++;
  }
  return undefined;
}
