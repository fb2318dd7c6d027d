/**
 * ولم تذكر الوزارة أرقاما محددة، ولم يفصح ستيوارت، البالغ من العمر 52 عاما، عن خططه: a negated
 * verb of telling with its subject written after it and what was not told as a bare object
 * (or an عن phrase past an aside). The general verb cue finds no introducer here, so nothing
 * separates the subject from the object; this reads the object's first word instead.
 */
import type { Detection } from './context.js';
import type { VerbCue } from '../lexicon.js';
import { isComma, isPunct, isRelative, norm, normLemma, sentenceEnd, span, tok, verbAt } from './lookups.js';
import { NOT_GIVEN, PREPOSITIONS } from './word-sets.js';
import { analyseNP } from './noun-phrase.js';
import { leftSource, speakerAt } from './subjects.js';
import { contentFrom } from './content.js';
import { emit } from './drafts.js';

/** Verbs whose negation withholds information (did not mention, reveal, announce, specify). */
export const WITHHOLDING = new Set(['ذكر', 'كشف', 'اعلن', 'افصح', 'اوضح', 'حدد', 'بين']);

/** Nouns that name a piece of information withheld (عدد القتلى، اسم المنظمة، موعد الإطلاق). */
export const INFORMATION = new Set([
  'اي', 'عدد', 'مده', 'اعداد', 'اسم', 'اسماء', 'موعد', 'سبب', 'اسباب', 'قيمه', 'حجم', 'هويه', 'مصير', 'نوع', 'طبيعه', 'مكان', 'تاريخ',
  'ارقام', 'شيئا', 'مزيدا', 'مزيد',
]);

/** Adverbs in ا that stand between the subject and the object (لم تذكر الوزارة رسميا …). */
const ADVERBS = new Set(['ايضا', 'حاليا', 'رسميا', 'مؤخرا', 'سابقا', 'ابدا', 'فورا', 'علنا', 'بعدا', 'اطلاقا', 'حتي', 'كذلك']);

/**
 * An indefinite accusative noun (أرقاما، موعدا، أسبابا): an object, never the subject. Not a
 * word whose ا is a pronoun (مسؤوليتها) or a plural verb's (طلبوا).
 */
function indefiniteAccusative(cx: Detection, k: number): boolean {
  const w = norm(cx, k);
  return tok(cx, k)?.kind === 'word' && w.length >= 4 && w.endsWith('ا') && !/(ها|نا|وا)$/.test(w) && !w.startsWith('ال') && !/^[وفبل]/.test(w)
    && !ADVERBS.has(w) && !cx.mentionOf[k];
}

/**
 * A noun of information, bare or definite (موعدا، الموعد المتوقع، الأسماء الأخرى): after a
 * subject, the article does not make it a second subject; it is the thing not told.
 */
function informationNoun(w: string): boolean {
  const b = w.startsWith('ال') && w.length > 4 ? w.slice(2) : w;
  return INFORMATION.has(w) || NOT_GIVEN.has(w) || (b !== 'اي' && (INFORMATION.has(b) || NOT_GIVEN.has(b)));
}

/**
 * زوكربيرغ (31 عاما): where a parenthesised age or aside that opens at k closes (its ")"),
 * or -1 when k opens none. The aside belongs to the subject.
 */
function parenthesisEnd(cx: Detection, k: number, se: number): number {
  if (norm(cx, k) !== '(') return -1;
  for (let e = k + 1; e < se && e - k <= 5; e++) {
    if (norm(cx, e) === ')') return e;
    if (isPunct(cx, e) || verbAt(cx, e)) return -1;
  }
  return -1;
}

/** Where the object starts after the subject that opens at a, or -1. */
function objectStart(cx: Detection, a: number, se: number): number {
  let aside = false;
  for (let k = a + 1; k < se && k - a <= 10; k++) {
    const close = aside ? -1 : parenthesisEnd(cx, k, se);
    if (close > 0) {
      k = close;
      continue;
    }
    const w = norm(cx, k);
    // ستيوارت، البالغ من العمر 52 عاما، عن خططه: the aside closes before عن.
    if (w === 'عن' && aside && isComma(cx, k - 1)) return k;
    if (isPunct(cx, k) && !isComma(cx, k)) return -1;
    // المسؤولون الذين طلبوا عدم نشر أسمائهم …: a relative clause in the subject hides where it ends.
    if (verbAt(cx, k) || cx.complementizers.has(w) || isRelative(cx, k)) return -1;
    // مسؤوليتها عن هجوم أوقع 15 قتيلا: past a preposition or a number the object has begun unseen.
    if (!aside && (PREPOSITIONS.has(w) || tok(cx, k)?.kind === 'number')) return -1;
    if (isComma(cx, k)) aside = true;
    // Inside an aside, nothing but the عن after it is the object.
    else if (!aside && (informationNoun(w) || indefiniteAccusative(cx, k))) return k;
  }
  return -1;
}

/** The end of the subject before the object at k: before an aside's comma when there is one. */
function subjectEnd(cx: Detection, a: number, k: number): number {
  for (let e = a + 1; e < k; e++) if (isComma(cx, e)) return e;
  return k;
}

/**
 * At a negator i with the negated verb cue over [i + 1, ce): emits the none attribution and
 * returns the last token used, or i when the construction is not there.
 */
export function negatedObjectReport(cx: Detection, i: number, ce: number, v: VerbCue): number {
  if (v.participle || !WITHHOLDING.has(normLemma(v)) || ce !== i + 2) return i;
  const se = sentenceEnd(cx, i);
  if (ce >= se) return i;
  if (!speakerAt(cx, ce)) return frontedSubjectReport(cx, i, ce);

  const k = objectStart(cx, ce, se);
  if (k < 0) return i;
  const e = subjectEnd(cx, ce, k);
  const source = analyseNP(cx, ce, e);
  if (!source) return i;
  const [a, b] = contentFrom(cx, k, false);
  emit(cx, { cue: span(cx, i, ce), source, content: span(cx, a, b), stance: 'none' });
  for (let q = i; q < k; q++) cx.consumed[q] = 1;
  return k - 1;
}

/**
 * فإن البيانات الرسمية لم تذكر أرقاما …، الوزارة لم تحدد موعدا …: the subject written before the
 * negator and the object right after the verb — only an object that names information withheld
 * (عدد، اسم، تفاصيل, or an indefinite accusative), so that a noun after the verb is never read
 * as what was withheld when it may be the subject.
 */
function frontedSubjectReport(cx: Detection, i: number, k: number): number {
  const w = norm(cx, k);
  if (!(INFORMATION.has(w) || NOT_GIVEN.has(w) || indefiniteAccusative(cx, k))) return i;
  const source = leftSource(cx, i);
  if (!source) return i;
  const [a, b] = contentFrom(cx, k, false);
  emit(cx, { cue: span(cx, i, k), source, content: span(cx, a, b), stance: 'none' });
  return k - 1;
}
