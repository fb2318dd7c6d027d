/**
 * نافية ما تم تداوله من أنباء، نافيا ما تردد عن …: a participle of denial whose object is a
 * relative ما with its clause denies what that clause names; the ما clause is the content.
 */
import type { Detection } from './context.js';
import type { VerbCue } from '../lexicon.js';
import { isComma, norm, tok } from './lookups.js';

/** Does the participle cue at c0 (its words ending before c1) deny a relative ما clause? */
export function deniedWhat(cx: Detection, c0: number, c1: number, cue: VerbCue | undefined): boolean {
  return cue?.participle === true && cue.stance === 'deny' && isComma(cx, c0 - 1) && norm(cx, c1) === 'ما'
    && tok(cx, c1 + 1)?.kind === 'word' && !cx.lex.negators.has(norm(cx, c1 + 1)) && !cx.complementizers.has(norm(cx, c1 + 1));
}
