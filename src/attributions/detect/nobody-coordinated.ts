/**
 * ولا أحد يراقب أو يطالب بفحص …، لا أحد يسأل ولا يطالب …: «nobody» is the subject of every verb
 * coordinated after the first (with أو، ولا، or و glued to the verb), so none of them has a
 * speaker — the writer's own voice. The direct case (لا أحد ينكر) is checked where the verb cue
 * looks for a speaker; this walks back over the coordinated verbs to it.
 */
import type { Detection } from './context.js';
import { isPunct, norm, tok } from './lookups.js';

/** How many coordinated verbs may stand between «nobody» and the cue. */
const MAX_VERBS = 3;
/** An imperfect verb of the third person, with a conjunction or not (يراقب، ويسأل، تتابع). */
const IMPERFECT = /^[وف]?[يت]\S{2,}$/;

/** Is the verb cue at c0 the second or a later verb coordinated after «لا أحد»? */
export function nobodyBeforeCoordination(cx: Detection, c0: number): boolean {
  let k = c0 - 1;
  let conj = /^[وف]/.test(norm(cx, c0));
  for (let verbs = 0; verbs < MAX_VERBS; verbs++) {
    if (/^(او|ولا|ثم)$/.test(norm(cx, k))) {
      k--;
      conj = true;
    }
    // Only a verb joined by a conjunction: «لا أحد يراقب الطريق يطالب» is no coordination.
    if (!conj || tok(cx, k)?.kind !== 'word' || isPunct(cx, k) || !IMPERFECT.test(norm(cx, k))) return false;
    if (norm(cx, k - 1) === 'احد' && /^[وف]?لا$/.test(norm(cx, k - 2))) return true;
    conj = /^[وف]/.test(norm(cx, k));
    k--;
  }
  return false;
}
