/**
 * «تعرض» is written alike for «تعرِض» (she offers: عرضت الحكومة على …, an offer of help) and for
 * «تعرّض» (was exposed to: تعرض اللاعب لإصابة، تعرضوا لهجوم). The offer names what it offers and
 * to whom with على; exposure takes a ل-phrase. A ل-word after the verb before any على is the
 * exposure, so no offer of aid (the attack it names is found on its noun, extract/exposed-to.ts).
 */
import { type Doc, sentenceOf } from './context.js';
import { isBoundary } from './lexicon-sets.js';

/** The forms the two verbs share (the imperfect of عرض read as the past of تعرض). */
const SHARED = /^(و|ف)?(تعرض|تعرضوا|تعرضا)$/;

/** A ل-phrase: ل or لل on a noun, or له/لها/لهم; not لدى، لكن، لم، لن، لا، لقد. */
const LAM_PHRASE = /^ل(?!(دي|كن|م|ن|ا|قد|ان|يس|يست|ما|ماذا|ذلك)$)../;

/** Whether the form at i is «تعرّض ل»: exposure, not an offer. */
export function exposedNotOffered(doc: Doc, i: number): boolean {
  const { tokens } = doc;
  if (!SHARED.test(tokens[i]!.norm)) return false;
  for (let k = i + 1; k <= i + 4 && k < tokens.length && sentenceOf(doc, k) === sentenceOf(doc, i); k++) {
    const w = tokens[k]!.norm;
    if (isBoundary(tokens[k]!) || /^(علي|عليه|عليها|عليهم)$/.test(w)) return false;
    if (LAM_PHRASE.test(w)) return true;
  }
  return false;
}
