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

/**
 * Masdars of the fourth form (إبعاد, deportation) whose spelling with a hamza above the alef is a
 * common broken plural (أبعاد, dimensions: «لأن أبعاده كبيرة»، «الأبعاد الدلالية»). Writers keep
 * the two apart; the plural is far more frequent outside reports of expulsions.
 */
const PLURAL_SPELLING = /(^|[^\u0621-\u064a])(و|ف|ب|ل|ال|وال|بال|لل)?أبعاد/;

/** Whether the token as written is the broken plural أبعاد rather than the masdar إبعاد. */
export function pluralNotMasdar(surface: string): boolean {
  return PLURAL_SPELLING.test(surface.replace(/[\u064b-\u0652\u0640]/g, ''));
}
