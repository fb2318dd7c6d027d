/**
 * An attack that is only planned, foiled, prevented or feared is not told as done:
 * «أحبطت الأجهزة عددا من العمليات الإرهابية»، «خلية كانت تخطط لتنفيذ هجمات»، «التخطيط لهجمات»،
 * «منعا لتفجير الوضع»، «الحماية من الاعتداءات»، «خطر متزايد لوقوع هجوم». The word that governs
 * the attack noun (its foiling, its plan, its prevention, the danger of it) is the news: the foiling
 * itself is COERCE by its own word, the rest no act. The attack word stands up to four words after
 * the governing one in its clause (a count, «محاولة»، «لتنفيذ» may come between); a verb of the
 * lexicon in between opens an act of its own.
 */
import { type Doc, sentenceOf } from './context.js';
import { CHARGE_CUES, isBoundary, RELATIVES } from './lexicon-sets.js';
import type { Candidate } from './types.js';

/** Foiling, planning, preventing, protecting from, danger of, making or training in (folded, without و ف ب ل). */
const GOVERNING = new RegExp('^(ال)?(' + [
  // foiling
  'احباط|احبط|احبطت|احبطوا|يحبط|تحبط|اجهاض|اجهض|اجهضت|افشال|افشل|افشلت',
  // planning
  'تخطيط|يخطط|تخطط|يخططون|يخططان|خطط|خططت|خططوا|خططها|خططهم|خطه|مخطط|مخططا|مخططات|مخططاته|مخططاتهم',
  // prevention as an aim, protecting, guarding against (not «منع» as a verb's object: «لم يفعل شيئا لمنع هجمات» tells they went on)
  'منعا|حمايه|وقايه|تحسبا',
  // danger, fear
  'خطر|مخاطر|خشيه|مخاوف',
].join('|') + ')$');

/** Making the means (صنع عبوات ناسفة وتفخيخ السيارات), in construct: «محلية الصنع» is an adjective of the thing made. */
const MAKING = /^(و)?(صنع|صناعه|تصنيع)$/;

/** A preposition of time or cause opens an adjunct: «تزايد المخاطر بعد الهجومين» tells attacks that took place. */
const ADJUNCT = /^(و)?(بعد|قبل|منذ|عقب|اثر|خلال|جراء|بسبب|اثناء)$/;

/**
 * A verb clause between the two words: the attack is its subject or object, not what is governed
 * (خشية أن يمتد القتال: the fighting goes on, its spread is feared; وتم تفجيرها).
 */
const CLAUSE = /^(و|ف)?(ان|بان|تم|يتم|جري|يجري)$/;

/** «وفق الخطط المرسومة لها التقدم»: an act done according to a plan is done. */
function followedPlan(doc: Doc, k: number): boolean {
  return k > 0 && /^(ال)?(خطط|خطه)$/.test(doc.tokens[k]!.norm) && /^(و)?(وفق|وفقا|حسب|بموجب|ضمن|طبقا)$/.test(doc.tokens[k - 1]!.norm);
}

/** «في مجال التفخيخ»: the field of a training or a skill. */
const FIELD = /^(في)$/;

/** Whether the ASSAULT candidate c is governed by a word of planning, foiling, preventing or danger. */
export function plannedOrFoiled(doc: Doc, c: Candidate): boolean {
  if (c.type !== 'ASSAULT' || undergoneInClause(doc, c.tok)) return false;
  const { tokens, isCandidate, candAt } = doc;
  for (let k = c.tok - 1; k >= 0 && c.tok - k <= 4 && sentenceOf(doc, k) === sentenceOf(doc, c.tok); k--) {
    const t = tokens[k]!;
    if (isBoundary(t) || RELATIVES.has(t.norm) || ADJUNCT.test(t.norm) || CLAUSE.test(t.norm)) return false;
    const w = t.norm.replace(/^(و|ف)?(ب|ل|لل)?(?=..)/, '');
    if (MAKING.test(t.norm)) return true;
    // Protection from attacks names them as a kind, also with their doer (حماية المحافظة من هجمات الحوثيين).
    if (GOVERNING.test(w) || GOVERNING.test(t.norm)) return !chargedWith(doc, k) && !followedPlan(doc, k);
    if (k === c.tok - 1 && t.norm === 'مجال' && k > 0 && FIELD.test(tokens[k - 1]!.norm)) return true;
    // An act of its own in between (شنت … هجوما، قتل … بعد) is the governing word.
    if (isCandidate[k] && candAt.get(k)?.reading.pos === 'verb') return false;
  }
  return false;
}

/**
 * «متهمين بالتخطيط لشن هجمات»: the act a charge names is an event whose actor is the accused
 * (GUIDELINE), the plan included; a word of charging up to three words before the governing one.
 */
function chargedWith(doc: Doc, k: number): boolean {
  const { tokens } = doc;
  for (let j = k - 1; j >= 0 && k - j <= 3 && sentenceOf(doc, j) === sentenceOf(doc, k); j--) {
    if (CHARGE_CUES.test(tokens[j]!.norm) || /^(و)?(ب)?(اتهام|اتهامه|اتهامهم|بتهمه|بتهم)$/.test(tokens[j]!.norm)) return true;
  }
  return false;
}

/**
 * «خطر الإبادة التي يتعرض لها سكان القرية»: a relative clause that tells the act as done or
 * undergone makes it one that takes place, whatever governs it; not one told as still to come
 * (العمليات التي كانت تستهدف …، التي ستستهدف …). The relative pronoun stands up to three words after the noun, past its adjectives only.
 */
function undergoneInClause(doc: Doc, i: number): boolean {
  const { tokens } = doc;
  for (let k = i + 1; k < tokens.length && k - i <= 3 && sentenceOf(doc, k) === sentenceOf(doc, i); k++) {
    if (isBoundary(tokens[k]!)) return false;
    if (RELATIVES.has(tokens[k]!.norm)) {
      const v = tokens[k + 1];
      return v !== undefined && v.kind === 'word' && !/^(س|كان|كانت|كانوا|قد)/.test(v.norm);
    }
    // Only the noun's definite adjectives may stand between (الاعتداءات الإسرائيلية التي …); an object
    // has a clause of its own (دحر مخططاتهم التي تحاول …).
    if (!/^ال/.test(tokens[k]!.norm)) return false;
  }
  return false;
}
