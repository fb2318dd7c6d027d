/**
 * Considering with the thing considered as a glued pronoun: «هجمات اعتبرتها المنظمة جرائم حرب»,
 * «الإمارة التي يعتبرها البعض جزءا من فرنسا», «فيما اعتبره مواطن إهمالا». The dev sets annotate
 * it (cue the verb, source the subject after it, content the predicate) when the subject is
 * written after the verb and can speak. With the subject unwritten («وتعتبره المنصة الرئيسية»،
 * «يعتبرونها أيقونة») the sets are split, so that reading is left out: a noun after the verb is
 * then its predicate, never a speaker.
 */
import type { VerbCue } from '../lexicon.js';
import type { Detection } from './context.js';
import { bareAt, norm, normLemma, roleOf, someoneAt, tok } from './lookups.js';
import { nominativePlural } from './subjects.js';

/** A form of اعتبر with an object pronoun (normalised): اعتبرتها، يعتبرها، اعتبروه، يعتبرونها. */
const CONSIDERED_PRONOUN = /^[وف]?(ا?عتبر|[يت]عتبر)(ت|وا|و|ون|ن|ا|تا|ان)?(ه|ها|هم|هما|هن)$/;

/** Whether the cue word before c1 is اعتبر carrying its object as a pronoun. */
export function consideredPronounAt(cx: Detection, c1: number, cue: VerbCue | undefined): boolean {
  return cue !== undefined && !cue.participle && normLemma(cue) === 'اعتبر' && CONSIDERED_PRONOUN.test(norm(cx, c1 - 1));
}

/** A speaker written right after the verb: a name, a role, an unnamed source, an outlet, a quantifier (البعض، كثيرون). */
function speakerAfter(cx: Detection, c1: number): boolean {
  return someoneAt(cx, c1) || nominativePlural(cx, c1) || cx.lex.quantifierHeads.has(norm(cx, c1))
    || cx.lex.quantifierHeads.has(bareAt(cx, c1).replace(/^ال/, ''));
}

/** A free relative ما that the pronoun resumes (فيما اعتبره «إهمالا»): the object is that ما, the speaker the one before. */
const FREE_RELATIVE = new Set(['ما', 'فيما', 'بما', 'لما', 'عما', 'وما']);

/**
 * The pronoun form with no speaker written after it: the verb reports nothing here (see the
 * file's comment), except after a free relative ما, which the dev sets annotate.
 */
export function unspokenConsidered(cx: Detection, c0: number, c1: number, cue: VerbCue | undefined): boolean {
  return consideredPronounAt(cx, c1, cue) && !speakerAfter(cx, c1) && !FREE_RELATIVE.has(norm(cx, c0 - 1));
}

/**
 * اعتبرتها المنظمة جرائم حرب: past a definite subject, an indefinite noun that is no name and no
 * role opens the predicate (a definite noun's adjective is definite too); with no speaker after
 * the verb (after a free relative ما) the predicate opens right after it. Returns whether j does.
 */
export function predicatePastSubject(cx: Detection, c1: number, cue: VerbCue | undefined, npStart: number, j: number): boolean {
  if (!consideredPronounAt(cx, c1, cue) || tok(cx, j)?.kind !== 'word') return false;
  // فيما اعتبرته «إهمالا»، ما اعتبرته تدني الخدمات: no speaker after the verb, the predicate follows it at once.
  if (j === npStart) return !speakerAfter(cx, j);
  const w = bareAt(cx, j);
  return bareAt(cx, j - 1).startsWith('ال') && !w.startsWith('ال') && !/^(لل|بال|كال|فال|وال)/.test(w)
    && cx.mentionOf[j] === undefined && roleOf(cx, norm(cx, j)) === undefined;
}
