/**
 * تبين after لم: written without its shadda, تبين is mostly تبيَّن "became clear" (تبين أن …،
 * تبين لنا), an impersonal verb no lexicon lists. After the jussive negator لم, with a noun
 * phrase after it (ولم تبين المصادر الأسماء …), it is تُبيِّن, the feminine of يبين: the
 * source "did not make clear", a negated report (GUIDELINE.md, rule 5).
 */
import type { VerbCue } from '../lexicon.js';
import type { Detection } from './context.js';

/** لم with its conjunctions: the jussive negator only (لا تبين may still be "does not show"). */
const JUSSIVE = /^[وف]?لم$/;

/** The word تبين at i read as the feminine of يبين, or undefined. */
export function negatedFeminineBayyan(cx: Detection, i: number, w: string): VerbCue | undefined {
  if (w !== 'تبين' || !JUSSIVE.test((cx.norms[i - 1] as string | undefined) ?? '')) return undefined;
  const next = (cx.norms[i + 1] as string | undefined) ?? '';
  // لم يتبين لنا، لم تبين أن: a preposition or a complementizer after it keeps "become clear".
  if (cx.kinds[i + 1] !== 'word' || /^(ل|لل)/.test(next) || cx.complementizers.has(next)) return undefined;
  const masculine = cx.lex.verbs.get('يبين');
  return masculine ? { ...masculine, gender: 'f' } : undefined;
}
