/**
 * هدد الفنان برفع دعوى، وهدد المجلس بعواقب …، هدد الوزير بأنه …: a threat is a report of the one
 * who threatens (GUIDELINE.md: a prepositional complement of the verb is content). يهدد is as
 * often «endangers», said of a thing (وتهدد هذه الإصابة بعدم مشاركته), and with its subject
 * unwritten the speaker would be guessed from far away (يناشد ويهدد بالانتحار إن لم …), so a
 * threat reports only with someone written as its subject — a name, a role, an unnamed source
 * or an outlet — unless its words are quoted.
 */
import type { Detection } from './context.js';
import { isQuoteOpen, norm, normLemma, someoneAt } from './lookups.js';
import type { VerbCueState } from './verb-cue-subject.js';
import { COLONS } from './word-sets.js';

/** The lemmas of threatening (normalised). */
const THREATENING = new Set(['هدد', 'توعد']);

/** Is this a threat with no one written to make it? */
export function threatWithoutThreatener(cx: Detection, st: VerbCueState, contentStart: number): boolean {
  const { cue, npStart, npEnd } = st;
  if (!cue || cue.participle || !THREATENING.has(normLemma(cue)) || contentStart < 0) return false;
  if (isQuoteOpen(cx, contentStart) || isQuoteOpen(cx, contentStart - 1) || COLONS.has(norm(cx, contentStart - 1))) return false;
  for (let k = npStart; k < npEnd; k++) if (someoneAt(cx, k)) return false;
  return true;
}
