/**
 * «قدم بايدن تعازيه في ضحايا هجوم انتحاري»: the one who offers condolences is no doer of the attack
 * he mourns. Reading back from an event noun for the verb that supports it (قدم، شن، نفذ), a word of
 * condolence in between ends the search, so the giving verb of the condolences lends no subject.
 */
import { bareWord } from '../lexicon.js';

/** Condolence words (normalised, without clitics). */
const CONDOLENCE = new Set(['عزاء', 'تعزيه', 'مواساه', 'تعازي']);

/** Whether the normalised token w is a word of condolence (تعازيه، بالتعازي، وتعزيته، مواساتها). */
export function isCondolence(w: string): boolean {
  const stripped = w.replace(/^(و|ف)?(ب|ل)?(ال)?/, '').replace(/(ه|ها|هم|هما|نا)$/, '');
  return [w, stripped, stripped.replace(/ت$/, 'ه'), bareWord(w)].some((x) => CONDOLENCE.has(x));
}
