/**
 * Nouns whose normal form is a frame word. Normalisation folds the hamza of إمام (imam) into
 * امام, the normal form of the preposition أمام (in front of); the detector's word sets then
 * read قال إمام وخطيب المسجد … as «said in front of …» and never find the speaker. The
 * detector reads such a noun under a form of its own, which no frame list holds.
 */
import type { Token } from '../../core/types.js';
import { bare } from './word-sets.js';

/** The normal form shared by the preposition أمام and the noun إمام. */
export const AMAM = 'امام';
/** The form the detector reads the noun under: its written form, which normal forms never take. */
const IMAM_NOUN = 'إمام';
/** The offices of a mosque coordinated with the imam's (إمام وخطيب، إمام ومؤذن). */
const MOSQUE_OFFICES = /^و(خطيب|مؤذن)$/;

/**
 * Whether the token is the noun إمام: written with the hamza under its alif (the preposition
 * takes it above, أمام), or, with the hamza dropped, coordinated with another office of the
 * mosque (امام وخطيب الجامع) — a preposition is not.
 */
export function isImamNoun(text: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  // endsWith first: it asks nothing of most words, where bare() would slice every و/ف word.
  if (!t || t.kind !== 'word' || !t.norm.endsWith(AMAM) || bare(t.norm) !== AMAM) return false;
  if (text.slice(t.start, t.end).includes('إ')) return true;
  const next = tokens[i + 1];
  return next !== undefined && next.kind === 'word' && MOSQUE_OFFICES.test(next.norm);
}

/** The tokens as the detector reads them: each noun إمام under its own form; the rest as they are. */
export function withNounReadings(text: string, tokens: readonly Token[]): readonly Token[] {
  let out: Token[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    if (!isImamNoun(text, tokens, i)) continue;
    out ??= tokens.slice();
    const t = tokens[i] as Token;
    // The conjunction glued to the word (وإمام) stays in front of the noun's form.
    out[i] = { ...t, norm: t.norm.slice(0, t.norm.length - bare(t.norm).length) + IMAM_NOUN };
  }
  return out ?? tokens;
}
