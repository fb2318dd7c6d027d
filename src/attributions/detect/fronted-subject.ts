/**
 * محمد الدوسري، مدير عام الشركة، أكد أن …، سعد القحطاني أحد سكان الحي أكد أن …، خالد العمري
 * الذي التقته الصحيفة أكد أن …، الأمم المتحدة من جهتها حذرت من …: a clause that fronts its
 * subject before the verb (SVO, common in Saudi papers and other outlets). The noun phrase that
 * opens the clause — at the sentence start, or with و after a comma — is the speaker of the
 * verb, not the earlier speaker a subjectless verb would otherwise inherit, nor a noun at the
 * end of a long phrase (أحد سكان الحي) or inside a relative clause (التقته الصحيفة).
 *
 * Kept narrow: the opening word must name someone (an entity, a role, an anonymous source or an
 * outlet), so fronted topics and places (وعن ذلك، وفي القاهرة) are left out; between it and the
 * verb there may be appositions between commas, brackets, dashes, one «من جهته» and one relative
 * clause, but no other verb, complementiser or sentence punctuation.
 */
import type { Token } from '../../core/types.js';
import type { Detection } from './context.js';
import { isComma, isPunct, isQuoteOpen, isRelative, lineBreakBefore, norm, roleOf, sentenceStart, tok, verbAt } from './lookups.js';
import { BRACKETS, CLAUSE_PARTICLES, FRONTED_SIDE, PREPOSITIONS, TOPIC_PREPOSITIONS } from './word-sets.js';
import type { Source } from './types.js';
import { analyseNP } from './noun-phrase.js';
import { disagrees, speakerAt, TIME_CLAUSE_OPENERS } from './subjects.js';

/** The longest fronted phrase looked at, in tokens. */
const MAX_FRONTED = 16;
/** من جهته، من جانبها: «on his part» between the subject and its verb. */
const SIDE_PRONOUN = /^(جهت|جانب|ناحيت)(ه|ها|هم|هما)$/;
/** Particles between a subject and its verb that leave the subject as it is (إذ تعلن، قد أعلنت، أيضا أكدت). */
const KEEPING_PARTICLES = new Set(['اذ', 'قد', 'لقد', 'ايضا', 'كذلك']);
/** Dashes that set off an aside (-أكاديمي وكاتب-). */
const DASHES = new Set(['-', '–', '—']);

/**
 * Where the head noun phrase of a fronted subject opening at s ends, when every token from s to
 * the verb at c0 belongs to that subject; else -1.
 */
function headEnd(cx: Detection, s: number, c0: number): number {
  let end = -1;
  const close = (k: number): void => {
    if (end < 0) end = k;
  };
  let relative = -1;
  for (let k = s; k < c0; k++) {
    const w = norm(cx, k);
    if (cx.complementizers.has(w) || (isPunct(cx, k) && !isComma(cx, k) && !BRACKETS.has(w) && !DASHES.has(w))) return -1;
    if (k > s && lineBreakBefore(cx, k)) return -1;
    if (isQuoteOpen(cx, k)) return -1;
    if (relative >= 0) continue;
    if (isRelative(cx, k) && k > s) {
      relative = k;
      close(k);
      continue;
    }
    if (FRONTED_SIDE.test(w) && SIDE_PRONOUN.test(norm(cx, k + 1))) {
      close(k);
      k++;
      continue;
    }
    if (isComma(cx, k)) {
      close(k);
      continue;
    }
    // الوزارة إذ تعلن، الشركة قد أعلنت، الهيئة أيضا أكدت: a particle that leaves the subject as it is.
    if (KEEPING_PARTICLES.has(w)) {
      close(k);
      continue;
    }
    // والإسلام حين يحث، الرجل ثم قال: a particle that opens another clause (حين، ثم، حيث، بينما).
    if (verbAt(cx, k) || CLAUSE_PARTICLES.has(w) || TIME_CLAUSE_OPENERS.test(w)) return -1;
    // السوبر طار إلى لندن فالحر هنا مزعج والدار تشكو: a word with و/ف that names no one opens
    // another clause (most verbs are not in the lexicon, so a clause cannot be told by its verb).
    if (k > s && /^[وف](ال|هو$|هي$|هم$)/.test(w) && cx.mentionOf[k] === undefined && roleOf(cx, w) === undefined) return -1;
  }
  // الوزارة التي أعلنت: a relative pronoun right before the verb makes the verb the relative's.
  if (relative >= 0 && relative === c0 - 1) return -1;
  if (relative >= 0 && isComma(cx, c0 - 1) && relative === c0 - 2) return -1;
  return end < 0 ? c0 : end;
}

/**
 * نجمة هوليوود سلمى حايك، قالت: a description the lexicon does not list as a role, then a
 * person's name, within the first three words; the name makes the phrase someone's. The words
 * before the name are plain nouns (no preposition, verb or clause word).
 */
function describedPerson(cx: Detection, s: number): boolean {
  if ((tok(cx, s)?.segments ?? []).some((g) => g.role === 'proclitic' && /^[بلك]$/.test(g.form))) return false;
  for (let k = s + 1; k <= s + 2; k++) {
    const w = norm(cx, k - 1);
    if (tok(cx, k - 1)?.kind !== 'word' || verbAt(cx, k - 1) || PREPOSITIONS.has(w) || CLAUSE_PARTICLES.has(w)) return false;
    if (cx.mentionOf[k]?.first === k && cx.mentionOf[k]?.type === 'PER') return true;
  }
  return false;
}

/** The fronted subject of the verb at c0 (see the file comment), or undefined. */
export function frontedSubject(cx: Detection, c0: number, gender: 'm' | 'f' | undefined): Source | undefined {
  const ss = sentenceStart(cx, c0);
  if (c0 - ss < 2 || isComma(cx, c0 - 1) && c0 - ss < 3) return undefined;
  for (let s = Math.max(ss, c0 - MAX_FRONTED); s < c0 - 1; s++) {
    // The clause opens at the sentence start, or with و after a comma.
    if (s !== ss && !(isComma(cx, s - 1) && /^و/.test(norm(cx, s)))) continue;
    const w = norm(cx, s);
    if (!(speakerAt(cx, s) || describedPerson(cx, s)) || isQuoteOpen(cx, s) || PREPOSITIONS.has(w) || TOPIC_PREPOSITIONS.test(w)) continue;
    const end = headEnd(cx, s, c0);
    if (end <= s) continue;
    if (gender !== undefined && disagrees(cx, gender, s)) return undefined;
    const source = analyseNP(cx, s, end);
    // …، والفريق الآخر يرى: the conjunction is not part of the source.
    const conjunction = /^[وف]/.test(w) && (w.startsWith('ال', 1) || roleOf(cx, w.slice(1)) !== undefined);
    if (conjunction && source?.start === (tok(cx, s) as Token).start && source.entity === undefined) source.start += 1;
    return source;
  }
  return undefined;
}
