/**
 * «عقوبة الإعدام»، «تصل العقوبة إلى السجن»، «أكمل مدة عقوبته»، «سن عقوبات رادعة»، «وتطبيق
 * العقوبات المنصوص عليها نظاما بحق المخالفين»: عقوبة of a law, a court or an inspector is a
 * penalty for an offence, not a sanction one party lays on another; the gold marks no SANCTION for
 * it. Told by the penalty it names, by a word of law-making, severity, serving time or reach (تصل
 * العقوبة إلى السجن) before it, by an adjective of the penal code after it, or by offenders as the
 * ones it falls on. A sanction of
 * states (العقوبات الدولية المفروضة على إيران) or of a sports body (عقوبات لجنة الانضباط) names none
 * of these and is left alone.
 */
import { type Doc, sentenceOf } from './context.js';

/** Penalties a law or a court names (السجن، الإعدام، الغرامة) and adjectives of the penal code. */
const PENAL_AFTER = /^(و)?(ب)?(ال)?(اعدام|سجن|حبس|جلد|غرامه|غرامات|تشهير|منصوص|منصوصه|نظاميه|تعزيريه|رادعه|حازمه|صارمه|مقرره|مترتبه|مناسبه|عادله|مخففه|مشدده|جنائيه|جزائيه|بديله|لازمه|مخالفه)$/;

/** Words right before it: of law-making, severity, inflicting or serving time (سن، أشد، إيقاع، مدة، تصل). */
const PENAL_BEFORE = /^(و)?(ب|ل)?(ال)?(تصل|يصل|سن|يسن|تسن|قانون|تشريع|اشد|اقصي|اقسي|ايقاع|لايقاع|انزال|تشديد|يشدد|تشدد|مده|فتره|قضاء|طائله)$/;

/** Offenders as the ones a penalty falls on (بحق المخالفين، على مرتكبي، بالمتهمين). */
const OFFENDERS = /^(و)?(ب|ل)?(ال)?(مخالفين|مخالف|مرتكبي|مرتكبيها|متهمين|متحرشين|مخالفات|مدان)$/;

/** Whether the noun عقوبة at i names a penalty for an offence. */
export function penalNotSanction(doc: Doc, i: number): boolean {
  const { tokens } = doc;
  const s = sentenceOf(doc, i);
  const word = (k: number) => (k >= 0 && k < tokens.length && sentenceOf(doc, k) === s && tokens[k]!.kind === 'word' ? tokens[k]!.norm : '');
  // «العقوبة للمرة الأولى غرامة …»: a scale of penalties by offence.
  if (PENAL_AFTER.test(word(i + 1)) || word(i + 1) === 'للمره') return true;
  if (PENAL_BEFORE.test(word(i - 1))) return true;
  // «يفرض القانون عقوبات»، «ويضع النظام العام عقوبات»: a law lays it down.
  // Not a regime sanctions are laid on (فرض على النظام السوري عقوبات).
  for (let k = i - 1; k >= i - 3; k--) {
    if (/^(علي|ضد)$/.test(word(k - 1))) continue;
    if (/^(ال)?قانون$/.test(word(k)) || (word(k) === 'النظام' && word(k + 1) === 'العام')) return true;
  }
  for (let k = i + 1; k <= i + 3; k++) if (OFFENDERS.test(word(k))) return true;
  return false;
}
