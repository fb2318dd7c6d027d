/**
 * Verbal nouns that stand for what was announced (أعلن البنك خفض الفائدة، أعلن الاتحاد نقل
 * المباراة): a list of the common ones that the shapes of frame-parts.ts and the short list of
 * word-sets.ts miss, and the reading of a listed one as the object right after a whole subject,
 * even when it is spelled like a verb (نقل، عقد) and would otherwise end the subject as a new
 * clause.
 */
import type { Detection } from './context.js';
import { bareAt, isQuoteOpen, norm, tok, verbAt } from './lookups.js';
import { BARE_PREPOSITIONS, COLONS, PREPOSITIONS, SHORT_VERBAL_NOUNS } from './word-sets.js';
import type { VerbCueState } from './verb-cue-subject.js';

/**
 * Verbal nouns of decisions and changes that a body announces, confirms or reveals, not of the
 * derived shapes (تفعيل، افتعال، إفعال) that the shapes already read: moving, cutting, raising,
 * holding, withdrawing, granting, selling, dismissing, returning. بناء is left out: بناء على
 * ("on the basis of") opens a frame phrase.
 */
export const ANNOUNCED_NOUNS = new Set(['نقل', 'خفض', 'زياده', 'عقد', 'هطول', 'سحب', 'منح', 'حجب', 'قطع', 'بيع', 'شراء', 'ضم', 'طرد',
  'صرف', 'هدم', 'رصد', 'حجز', 'عزل', 'اعاده', 'اقامه', 'احاله', 'اقاله', 'تراجع', 'تحسن', 'تقدم', 'تاخر', 'تعذر', 'سماح']);
/**
 * Nouns that stand for what a speaker reveals or explains, when a genitive follows them (كشف
 * خبير طريقة استعادة الملفات، أوضح المدير أسباب التأخير، أعلنت اللجنة موعد الامتحانات).
 */
const DISCLOSED_NOUNS = new Set(['طريقه', 'تفاصيل', 'ملامح', 'اسباب', 'اسرار', 'حقيقه', 'موعد', 'مواعيد', 'اسماء', 'نتائج', 'خطه',
  'كيفيه', 'شروط', 'اليه', 'خطوات', 'مراحل']);
/**
 * Nouns of what a speaker stresses, with a genitive after them (أكد الملك عمق العلاقات، أكد
 * الأمير أهمية المشروع، أكد الوزير متانة الروابط): the object even past a comma after the subject.
 */
const STRESSED_NOUNS = new Set(['عمق', 'متانه', 'رسوخ', 'اهميه', 'ضروره']);
/** Prepositions a listed verbal noun takes (السماح لـ، الموافقة على). */
const NOUN_PREPOSITIONS = /^(ب|ل|علي|عن|من|في|الي)$|^(ب|ل)[^ا]/;

/** A listed verbal noun at j, indefinite and bare (نقل، خفض، زيادة، دعم، وقف), however the verb reader reads it. */
export function listedVerbalNoun(cx: Detection, j: number): boolean {
  const t = tok(cx, j);
  if (t?.kind !== 'word' || cx.mentionOf[j]) return false;
  return ANNOUNCED_NOUNS.has(t.norm) || SHORT_VERBAL_NOUNS.has(t.norm);
}

/**
 * The listed verbal noun with the article and its own preposition after it (السماح لنادي …،
 * الوقف عن …): after a definite subject it can be no adjective of it, only the object.
 */
function definiteListedNoun(cx: Detection, j: number): boolean {
  const w = norm(cx, j);
  if (tok(cx, j)?.kind !== 'word' || cx.mentionOf[j] || !w.startsWith('ال')) return false;
  return (ANNOUNCED_NOUNS.has(w.slice(2)) || SHORT_VERBAL_NOUNS.has(w.slice(2))) && NOUN_PREPOSITIONS.test(norm(cx, j + 1));
}

/**
 * The word at k can be the genitive of a verbal noun before it (نقل مباراة، خفض معدلات الفائدة،
 * زيادة عدد): a word that is no verb, no preposition, no content introducer and no punctuation.
 */
function genitiveWord(cx: Detection, k: number): boolean {
  const w = norm(cx, k);
  return tok(cx, k)?.kind === 'word' && !verbAt(cx, k) && !BARE_PREPOSITIONS.has(w) && !PREPOSITIONS.has(w) && !cx.complementizers.has(w)
    && !COLONS.has(w) && !cx.lex.npStops.has(w) && !cx.lex.negators.has(w) && !isQuoteOpen(cx, k);
}

/** The subject's words end before j: a definite word (with لـ or بـ too: للطيران، بالمحافظة), the end of a name, a closing quote. */
function wholeSubjectBefore(cx: Detection, j: number): boolean {
  const p = norm(cx, j - 1);
  const m = cx.mentionOf[j - 1];
  return /^(ال|لل|بال)/.test(bareAt(cx, j - 1)) || (m !== undefined && m.last === j) || p === '»' || p === '”';
}

/**
 * أعلن الاتحاد السعودي لكرة القدم نقل مباراة …، أعلن رئيس الاتحاد دعم المرشح …: past a whole
 * subject (before = the subject's last word, j - 1 unless a comma stands between), a listed
 * verbal noun with its genitive is the object of a verb that takes its content as object.
 */
export function announcedNounAfterSubject(cx: Detection, st: VerbCueState, j: number, before = j - 1): boolean {
  const { cue, negated, opts, npStart } = st;
  if (j <= npStart || negated || opts.forced || !cue || cue.participle || !(cue.objectContent || cue.stance === 'deny')) return false;
  if (!wholeSubjectBefore(cx, before + 1)) return false;
  if (definiteListedNoun(cx, j)) return true;
  const w = norm(cx, j);
  return (listedVerbalNoun(cx, j) || ((DISCLOSED_NOUNS.has(w) || STRESSED_NOUNS.has(w)) && !cx.mentionOf[j])) && genitiveWord(cx, j + 1);
}
