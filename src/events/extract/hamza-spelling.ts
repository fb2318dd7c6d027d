/**
 * Words the normaliser folds together but the writer keeps apart by a hamza:
 * «هنأ» (congratulated) and «هنا» (here) are one normalised form, and the
 * adverb is far more common. News copy writes the hamza of the verb, so a
 * lemma marked `hamza` counts only where the word as written keeps one.
 */
const HAMZA = /[\u0621\u0623\u0624\u0625\u0626]/;

/** Whether the token as written (diacritics aside) carries a hamza. */
export function keepsHamza(surface: string): boolean {
  return HAMZA.test(surface);
}
