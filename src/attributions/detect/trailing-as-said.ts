/**
 * انزلقت الطائرة عن المدرج، كما أعلنت الشركة. / …، كما يوضح مؤلف العمل خالد العامري، موضحا أن …:
 * «as X announced» after a comma closes the sentence it comments on: the speaker is written
 * after the verb, and what was said is the sentence before the comma. The same words with a
 * content of their own after the subject (، كما أعلنت الشركة أن …) are «X also announced»,
 * read by the verb cue; so the subject must be followed by the sentence end, or by a comma and
 * a circumstantial participle of the same speaker (، موضحا أن …).
 */
import type { VerbCue } from '../lexicon.js';
import type { Detection } from './context.js';
import { firstTokenAt } from './content.js';
import { emit } from './drafts.js';
import { isComma, isPunct, isQuoteOpen, norm, sentenceEnd, sentenceStart, span, tok, verbAt } from './lookups.js';
import { analyseNP } from './noun-phrase.js';
import { plausibleSource } from './prepositional.js';
import { COLONS, TIME_WORDS } from './word-sets.js';

/** Periods that a time word qualifies (الأسبوع الماضي، الشهر الماضي). */
const PERIODS = new Set(['الاسبوع', 'الشهر', 'العام', 'السنه']);

/** The longest subject read after the verb, in words. */
const MAX_SUBJECT = 8;

/** The end of the subject that opens at a: before a verb, an introducer, a cue or punctuation; a parenthesised title stays in. */
function subjectEnd(cx: Detection, a: number, se: number): number {
  let e = a;
  while (e < se && e - a <= MAX_SUBJECT && tok(cx, e)?.kind === 'word' && !verbAt(cx, e) && !cx.complementizers.has(norm(cx, e))
    && !cx.lex.prepositional.has(norm(cx, e))) e++;
  // بخيت العامري (رئيس لجنة المسرح): a title in parentheses after the name belongs to it.
  if (norm(cx, e) === '(') {
    for (let k = e + 1; k < se && k - e <= 8; k++) {
      if (norm(cx, k) === ')') return k + 1;
      if (tok(cx, k)?.kind !== 'word' || verbAt(cx, k)) break;
    }
  }
  return e;
}

/** مؤلف العمل خالد العامري: a person named inside the subject makes it someone's. */
function personNamed(cx: Detection, a: number, e: number): boolean {
  for (let k = a; k < e; k++) if (cx.mentionOf[k]?.type === 'PER') return true;
  return false;
}

/** Does the sentence close at e, or go on only with a participle of the same speaker (، موضحا)? */
function closesAt(cx: Detection, e: number, se: number): boolean {
  if (e >= se) return true;
  if (isComma(cx, e)) return verbAt(cx, e + 1)?.participle === true;
  return isPunct(cx, e) && !isQuoteOpen(cx, e) && !COLONS.has(norm(cx, e));
}

/**
 * At the verb cue v on token i (after «، كما»): emits the attribution and returns the last token
 * of its subject, or i when the construction is not there.
 */
export function trailingAsSaid(cx: Detection, i: number, v: VerbCue): number {
  if (v.participle || v.ambiguous || norm(cx, i - 1) !== 'كما' || !isComma(cx, i - 2)) return i;
  const ss = sentenceStart(cx, i);
  if (i - 2 <= ss) return i;
  const se = sentenceEnd(cx, i);
  // كما ذكر الأسبوع الماضي المدعي العام …: a time phrase before the subject is not part of it.
  let a0 = i + 1;
  while (a0 < se && a0 - i <= 3 && (TIME_WORDS.has(norm(cx, a0)) || (PERIODS.has(norm(cx, a0)) && TIME_WORDS.has(norm(cx, a0 + 1))))) a0++;
  const e = subjectEnd(cx, a0, se);
  if (e <= a0 || !closesAt(cx, e, se)) return i;
  const source = plausibleSource(cx, a0, e) || personNamed(cx, a0, e) ? analyseNP(cx, a0, e) : undefined;
  if (!source) return i;
  // What was said: the sentence before the comma, or the words of the speaker reported in it.
  let a = ss;
  const last = cx.drafts[cx.drafts.length - 1];
  const from = last ? firstTokenAt(cx, last.content.start) : -1;
  if (from > a && from < i - 2) a = from;
  if (i - 2 <= a) return i;
  // The one named goes on speaking in the sentences after (…، كما يقول حسنين. ويضيف أن …).
  emit(cx, { cue: span(cx, i - 1, i + 1), source, content: span(cx, a, i - 2), stance: v.stance });
  return e - 1;
}
