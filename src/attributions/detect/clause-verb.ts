/**
 * وبحسب بيان تمكن المكتب المركزي … من تفكيك خلية: a verb of being able or of refusing
 * (تمكن، استطاع، رفض، امتنع) after a cited text opens the clause it reports; the body after
 * that verb is the actor of what is reported, not the one who issued the text. Such a verb
 * is no saying verb, so the noun-phrase walks that stop at verb cues do not see it.
 */
import type { Detection } from './context.js';
import { bareAt, norm } from './lookups.js';

/** Is the word at k a verb of being able or of refusing, with or without a glued و/ف? */
export function clauseVerbAt(cx: Detection, k: number): boolean {
  if (cx.kinds[k] !== 'word' || cx.mentionOf[k] !== undefined) return false;
  const w = norm(cx, k);
  const b = bareAt(cx, k);
  return cx.lex.ableVerbs.has(w) || cx.lex.ableVerbs.has(b) || cx.lex.noneVerbs.has(w) || cx.lex.noneVerbs.has(b);
}
