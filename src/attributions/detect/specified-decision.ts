/**
 * حدد العلماء أن أول من استوطن …، حدد المرصد هويتهما بأنهما …: specifying a fact is a report
 * (GUIDELINE.md: guidance given by an authority is one). حدد الاتحاد الموعد بأن يكون يوم …،
 * وحددت اللجنة أن يقتصر عملها على …: specifying what shall be, أن with an imperfect verb, is a
 * decision (setting dates is, as the guideline says), not a report (dev29, dev47).
 */
import type { VerbCue } from '../lexicon.js';
import type { Detection } from './context.js';
import { norm, normLemma } from './lookups.js';

/** Verbs that report only when what they specify is a fact (normalised lemmas). */
const SPECIFYING = new Set(['حدد']);
/** The bare complementiser, with no pronoun (normalised). */
const BARE_THAT = /^(ب)?ان$/;

/** Is the content at cs of a specifying cue a decision (أن/بأن with an imperfect verb)? */
export function specifiedDecision(cx: Detection, cue: VerbCue, cs: number): boolean {
  if (!SPECIFYING.has(normLemma(cue)) || !BARE_THAT.test(norm(cx, cs - 1))) return false;
  return /^[يت].{2,}/.test(norm(cx, cs));
}
