/**
 * «لقاء» where no meeting is held: the sign-off of a column (وإلى لقاء قريب، وإلى لقاء والسلام)
 * and the preposition «in return for» before a price (لقاء 844 مليون جنيه، لقاء 70 دولارا).
 */
import type { Doc } from './context.js';
import { inQuantity, sentenceOf } from './context.js';

/** Whether the bare noun «لقاء» at i is a sign-off or «in return for». */
export function meetingIdiom(doc: Doc, i: number): boolean {
  const { tokens } = doc;
  if (!/^لقاء$/.test(tokens[i]!.norm)) return false;
  if (i > 0 && sentenceOf(doc, i - 1) === sentenceOf(doc, i) && /^(و)?الي$/.test(tokens[i - 1]!.norm)) return true;
  // A price, not «من لقاء واحد» (one meeting).
  return i + 1 < tokens.length && sentenceOf(doc, i + 1) === sentenceOf(doc, i) && inQuantity(doc, i + 1) && !/^واحد/.test(tokens[i + 1]!.norm);
}
