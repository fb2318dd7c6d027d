/**
 * ولم تبين المصادر الأسماء الأخرى، لم تبين الوزارة أسباب …: after لم/لن, تبين is the feminine of
 * بيّن (to make clear), not تبيّن (to become clear), whose jussive is written يتبين. The lexicon
 * leaves the bare form out (تبين أن … is mostly "it turned out that"); after a negator it reads
 * as the verb of stating, withheld.
 */
import type { VerbCue } from '../lexicon.js';
import type { Detection } from './context.js';

/** The negators after which the form is the jussive or subjunctive of بيّن. */
const NEGATORS = /^[وف]?(لم|لن)$/;

/** The cue of تبين at i after لم/لن, or undefined. `w` is the normalised word at i. */
export function negatedExplainAt(cx: Detection, i: number, w: string): VerbCue | undefined {
  if (w !== 'تبين' || i === 0 || !NEGATORS.test(cx.norms[i - 1] ?? '')) return undefined;
  return cx.lex.verbs.get('بينت');
}
