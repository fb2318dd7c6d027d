/**
 * ل before ال is written لل, the article's alif dropped (للمديرية = ل +
 * المديرية). A name cut off such a word must get its article back: its
 * first word is المديرية, not مديرية (the article's ل cut with the
 * preposition) nor لمديرية, so that it merges with the same name written
 * without the preposition and is shown with its article.
 */

/** Proclitics that may stand before the preposition ل (ولل، فلل), normalised. */
const BEFORE_LAM = new Set(['', 'و', 'ف']);

export interface ArticleCut {
  /** The name's first word, with its article. */
  word: string;
  /** Letters of the token before the name's span (the span starts at the article's ل). */
  cut: number;
  /** Whether the article's alif is missing from the span's text (the shown name gets it back). */
  restored: boolean;
}

/**
 * The first word of a name cut `cut` letters into the normalised token
 * `norm` when the cut falls after a لل: past it (للمديرية cut 2 → مديرية)
 * or between its two lams with the alif already restored (الدفاع from
 * للدفاع cut 1). Undefined when the cut does not fall there.
 */
export function assimilatedArticle(norm: string, cut: number, word: string): ArticleCut | undefined {
  // the article's ل cut with the preposition
  if (cut >= 2 && norm.slice(cut - 2, cut) === 'لل' && BEFORE_LAM.has(norm.slice(0, cut - 2)) && word === norm.slice(cut) && word.length >= 2 && !word.startsWith('ال')) {
    return { word: 'ال' + word, cut: cut - 1, restored: true };
  }
  // the preposition cut, the alif restored (ل + الدفاع), the span starting at the article's ل
  if (cut >= 1 && norm.slice(cut - 1, cut + 1) === 'لل' && BEFORE_LAM.has(norm.slice(0, cut - 1)) && word === 'ا' + norm.slice(cut)) {
    return { word, cut, restored: true };
  }
  return undefined;
}
