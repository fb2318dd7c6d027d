/**
 * وأضاف النجيفي لا بد من دعم …، واضاف تم انتشال الجثة …، وأضاف ستكون الساعات المقبلة حاسمة: the
 * words of a verb of plain saying written with no introducer at all (no أن، no colon, no
 * quotation), right after the verb or after the speaker's name. Only a word that cannot go on
 * with a noun phrase opens them there: a negation, the passive تم، a future verb, a first-person
 * pronoun, هناك، كلما؛ a noun after the name could still be a word of it, and a phrase of time or
 * place (في بيان …) a frame, so neither opens the words.
 */
import type { Detection } from './context.js';
import { norm, normLemma, opensClause, roleOf, someoneAt, tok } from './lookups.js';
import { subjectEndsBefore } from './nominal-object.js';
import { PLAIN_SAYING_VERBS } from './word-sets.js';
import type { VerbCueState } from './verb-cue-subject.js';

/** Words that open a clause and can be no word of a speaker's name (لا بد، تم القبض، نحن نعمل). */
const CLAUSE_OPENERS = new Set(['لا', 'لم', 'لن', 'ليس', 'تم', 'يجب', 'كلما', 'نحن', 'انا', 'هناك', 'ستكون', 'سيكون', 'سوف']);

/**
 * A clause opener at k. A negation must govern a verb (لا يمكن، لم نتلق، لن يزدنا) or be لا بد:
 * لا كازيت is a name that begins with the same letters.
 */
function openerAt(cx: Detection, k: number): boolean {
  const w = norm(cx, k);
  if (!CLAUSE_OPENERS.has(w)) return false;
  if (!/^(لا|لم|لن)$/.test(w)) return true;
  const next = norm(cx, k + 1);
  return tok(cx, k + 1)?.kind === 'word' && !cx.mentionOf[k + 1] && ((w === 'لا' && next === 'بد') || /^[يتنا]/.test(next));
}

/** How many words a speaker named by a body or a title alone may have (المركز، وزارة الصحة). */
const SHORT_SPEAKER = 3;

/**
 * The speaker's words [npStart, npEnd) are a name (a person, or a title and a person), a short
 * closed phrase naming someone (المركز، الناطق الرسمي), or none at all.
 */
function nameOrNone(cx: Detection, npStart: number, npEnd: number): boolean {
  if (npEnd === npStart) return true;
  if (npEnd - npStart <= SHORT_SPEAKER && someoneAt(cx, npStart) && subjectEndsBefore(cx, npEnd)) return true;
  const last = cx.mentionOf[npEnd - 1];
  if (last?.type !== 'PER' || last.last !== npEnd) return false;
  // الناطق باسم المجلس علي الأحمدي: a title may stand before the name.
  return last.first === npStart || roleOf(cx, norm(cx, npStart)) !== undefined || cx.lex.rankTitles.has(norm(cx, npStart));
}

/** Where the unintroduced words start and where the speaker's words end (npStart when none is written), or undefined. */
export function bareClauseAt(cx: Detection, st: VerbCueState): { content: number; subjectEnd: number } | undefined {
  const { c0, c1, cue, negated, opts, se, npStart, npEnd, objectAt, speakerEnd, addresseeOnly } = st;
  if (!cue || negated || opts.forced || cue.participle || objectAt >= 0 || speakerEnd !== undefined || addresseeOnly) return undefined;
  if (!PLAIN_SAYING_VERBS.has(normLemma(cue)) || !opensClause(cx, c0, cue) || npStart !== c1) return undefined;
  // واضاف تم انتشال الجثة: no speaker written, the words right after the verb (the subject's
  // scan may have run into them).
  const at = openerAt(cx, c1) ? c1 : nameOrNone(cx, npStart, npEnd) && openerAt(cx, npEnd) ? npEnd : -1;
  // The words go on past the opener (لا بد من …), not a lone word before the end.
  if (at < 0 || at + 1 >= se || tok(cx, at + 1)?.kind !== 'word') return undefined;
  return { content: at, subjectEnd: at };
}
