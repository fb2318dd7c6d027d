/**
 * Feature-side clitic stripping: a small, deliberately simple heuristic over
 * the normalised form. Both the whole word and the stripped forms become
 * features, so the model decides when a split was wrong (بشار is not ب+شار).
 */

export interface Stripped {
  /** Proclitics removed, joined by '+', '' when none. */
  pre: string;
  /** The word without conjunction, preposition and article. */
  stem: string;
  /** The word without conjunction and preposition, article kept (بالامم → الامم). */
  base: string;
}

const CONJ = ['و', 'ف'];
const PREP = ['ب', 'ل', 'ك'];

export function stripClitics(w: string): Stripped {
  let rest = w;
  const pre: string[] = [];
  // conjunction
  if (rest.length >= 4 && CONJ.includes(rest[0] as string)) {
    pre.push(rest[0] as string);
    rest = rest.slice(1);
  }
  // preposition, with لل = ل + ال
  if (rest.length >= 5 && rest.startsWith('لل')) {
    pre.push('ل');
    const base = 'ا' + rest.slice(1);
    return { pre: [...pre, 'ال'].join('+'), stem: rest.slice(2), base };
  }
  if (rest.length >= 4 && PREP.includes(rest[0] as string)) {
    pre.push(rest[0] as string);
    rest = rest.slice(1);
  }
  const base = rest;
  if (rest.length >= 4 && rest.startsWith('ال')) {
    pre.push('ال');
    rest = rest.slice(2);
  }
  return { pre: pre.join('+'), stem: rest, base };
}
