/**
 * Search folding: the one place where a text or a query becomes index terms.
 * Each word is normalised (src/text/normalise) and stripped of its common
 * proclitics (و ف, ب ل ك, ال / لل) and multi-letter enclitics, so that
 * روسيا، وروسيا، لروسيا and بروسيا are one term. The same function folds
 * the documents at index time and the queries at search time.
 */
import { normalise } from '../text/normalise/normalise.js';
import type { Span } from '../core/types.js';

/** Bump when folding changes: the index must then be rebuilt. */
export const FOLD_VERSION = 1;

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const ARABIC = /[\u0600-\u06ff]/;

const ENCLITICS = ['هما', 'كما', 'هم', 'هن', 'ها', 'كم', 'كن', 'نا'];

/** Folds one already-normalised word to its index term. */
export function foldWord(w: string): string {
  if (!ARABIC.test(w)) return w.toLowerCase();
  let s = w;
  // Conjunction.
  if ((s.startsWith('و') || s.startsWith('ف')) && s.length >= 4) s = s.slice(1);
  // Preposition + article: لل → ل+ال.
  if (s.startsWith('لل') && s.length >= 4) s = s.slice(2);
  else if ((s.startsWith('بال') || s.startsWith('كال')) && s.length >= 5) s = s.slice(3);
  else if (s.startsWith('ال') && s.length >= 4) s = s.slice(2);
  else if ((s.startsWith('ب') || s.startsWith('ل') || s.startsWith('ك')) && s.length >= 5) s = s.slice(1);
  for (const e of ENCLITICS) {
    if (s.endsWith(e) && s.length - e.length >= 3) {
      s = s.slice(0, s.length - e.length);
      break;
    }
  }
  return s;
}

export interface FoldedTerm extends Span {
  term: string;
}

/** Folds a text to its terms, each with its span in the ORIGINAL text. */
export function foldText(original: string): FoldedTerm[] {
  const view = normalise(original);
  const out: FoldedTerm[] = [];
  for (const m of view.text.matchAll(WORD)) {
    const s = m.index;
    const e = s + m[0].length;
    const term = foldWord(m[0]);
    if (term.length === 0) continue;
    out.push({ term, start: view.startMap[s] as number, end: view.endMap[e - 1] as number });
  }
  return out;
}

/** The folded text as indexed: terms separated by single spaces. */
export function foldForIndex(original: string): string {
  return foldText(original).map((t) => t.term).join(' ');
}

/** Folds a query word or phrase to its terms (no offsets). */
export function foldQueryText(q: string): string[] {
  const view = normalise(q);
  const out: string[] = [];
  for (const m of view.text.matchAll(WORD)) {
    const t = foldWord(m[0]);
    if (t.length > 0) out.push(t);
  }
  return out;
}

/**
 * Nisba (adjective) variants of a folded term: روسيا → روسي، روسيه، روسيون…
 * Used by `--expand`.
 */
export function nisbaVariants(term: string): string[] {
  if (!ARABIC.test(term) || term.length < 3) return [];
  let base = term;
  if (base.endsWith('يا')) base = base.slice(0, -1);
  else if (base.endsWith('ا') || base.endsWith('ه')) base = base.slice(0, -1);
  const stem = base.endsWith('ي') ? base : base + 'ي';
  const out = new Set([stem, stem + 'ه', stem + 'ون', stem + 'ين', stem + 'ان']);
  out.delete(term);
  return [...out];
}
