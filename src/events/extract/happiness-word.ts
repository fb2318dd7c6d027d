/**
 * «سعادته» is both the honorific of a dignitary (وأكد سعادته) and the noun «his happiness»; the
 * entity layer reads it as a mention of the person either way, which is right for its pronoun.
 * After «عن» (عبر عن سعادته، أعرب عن سعادته، معربا عن سعادته) the word also tells the feeling,
 * so it may carry an event though a mention covers it.
 */
import type { Doc } from './context.js';

/** Whether token i, «سعادته» (with its proclitics), is the noun of happiness. */
export function happinessNoun(doc: Doc, i: number): boolean {
  const { tokens } = doc;
  const t = tokens[i];
  if (!t || !/^(و)?سعادته$/.test(t.norm)) return false;
  const prev = tokens[i - 1];
  if (!prev || prev.sentence !== t.sentence) return false;
  return prev.norm === 'عن';
}
