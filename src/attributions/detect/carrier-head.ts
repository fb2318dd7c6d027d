/**
 * تظهر آخر البيانات أن …، وبينت الإحصاءات أن …: a form that is mostly another word (يظهر "appears",
 * بين "between") is the verb of showing when its subject is a text that carries information —
 * data, figures, a survey, a study (GUIDELINE.md: reports and data as the subject are sources) —
 * as it is with a person or an unnamed source; «the latest» (آخر، أحدث) may stand before it.
 */
import type { Detection } from './context.js';
import { bareAt, norm, tok } from './lookups.js';
import { inSet } from './word-sets.js';

/** «The latest, the newest» before the carrier (normalised). */
const LATEST = new Set(['اخر', 'احدث']);

/** Does a noun of a text that carries information head the noun phrase at k? */
export function carrierHeadAt(cx: Detection, k: number): boolean {
  const at = LATEST.has(bareAt(cx, k)) && tok(cx, k + 1)?.kind === 'word' ? k + 1 : k;
  if (tok(cx, at)?.kind !== 'word') return false;
  return inSet(cx.lex.carrierNouns, norm(cx, at)) || inSet(cx.lex.carrierNouns, bareAt(cx, at));
}
