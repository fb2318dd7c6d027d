/**
 * Whether the words between a sentence start and a colon are a clause rather than a
 * speaker's name. A name before a colon (الوزير: …، محمد الخضري: …، رئيس اللجنة فلان: …)
 * opens with the name itself, a title or role, or a definite noun. A clause opens otherwise:
 * with a preposition (وفي المدينة تكرر الأمر: …، ومن بين الأمثال: …), a particle or a pronoun
 * (إن الإسلام …: …، وهم يسمونها: …), or with a verb (توجد الشركات في مجالات: …، وصدق الله: …)
 * — and the colon then opens a list, a verse or an example, not anyone's words.
 */
import type { Detection } from './context.js';
import { bareAt, norm, roleOf, tok } from './lookups.js';
import { BARE_PREPOSITIONS, CLAUSE_PARTICLES, PREPOSITIONS, QUESTION_WORDS } from './word-sets.js';

/** Personal pronouns, which open a clause (وهم يقولون …), never a speaker's name before a colon. */
const PRONOUNS = /^(هو|هي|هم|هما|هن|نحن|انا|انت|انتم|انتما)$/;

/** Demonstratives and particles, which open no name (أم is left out: أم سعود is a name). */
const FUNCTION_WORDS = new Set(['هذا', 'هذه', 'ذلك', 'تلك', 'هؤلاء', 'لكن', 'ثم', 'او', 'بل', 'لم', 'لن', 'لا', 'ما', 'كل', 'اذا', 'لو']);

/** Whether the first word at ss cannot open a speaker's name before a colon. */
function opensClause(cx: Detection, ss: number): boolean {
  const w = bareAt(cx, ss);
  if (PREPOSITIONS.has(w) || BARE_PREPOSITIONS.has(w) || CLAUSE_PARTICLES.has(norm(cx, ss)) || CLAUSE_PARTICLES.has(w)) return true;
  if (PRONOUNS.test(w) || cx.complementizers.has(w) || QUESTION_WORDS.has(norm(cx, ss))) return true;
  return FUNCTION_WORDS.has(w);
}

/** Whether the word at k may stand in a name: part of a mention, a title or role, or a definite noun. */
function nameWord(cx: Detection, k: number): boolean {
  if (tok(cx, k)?.kind !== 'word') return false;
  return cx.mentionOf[k] !== undefined || bareAt(cx, k).startsWith('ال') || roleOf(cx, norm(cx, k)) !== undefined;
}

/**
 * Whether the first word at ss is a verb rather than a name's first word. A word that is not
 * itself a name word (nameWord) still opens a name when a name goes on right after it (ساجدة
 * الموسوي، فخامة الرئيس: a first name or an honorific the mentions missed). It is a verb when
 * it carries the conjunction و (وصدق الله; ف is left out: فخامة), when no name word follows it (هيمن فيلم …،
 * أقول لكم …), or when a preposition follows later (توجد الشركات الفرنسية في مجالات …).
 */
function verbOpening(cx: Detection, ss: number, colon: number): boolean {
  if (tok(cx, ss)?.kind !== 'word' || nameWord(cx, ss)) return false;
  if (norm(cx, ss).startsWith('و') || (ss + 1 < colon && !nameWord(cx, ss + 1))) return true;
  for (let k = ss + 1; k < colon; k++) if (PREPOSITIONS.has(bareAt(cx, k)) || BARE_PREPOSITIONS.has(bareAt(cx, k))) return true;
  return false;
}

/** Whether the words [ss, colon) are a clause, not a speaker's name (see the module comment). */
export function clauseBeforeColon(cx: Detection, ss: number, colon: number): boolean {
  if (colon <= ss) return false;
  return opensClause(cx, ss) || verbOpening(cx, ss, colon);
}
