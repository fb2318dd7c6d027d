/**
 * Search folding: the one place where a text or a query becomes index terms.
 * Each word is normalised (src/text/normalise) and reduced to its stem by the
 * pipeline's clitic segmenter (proclitics و ف ب ل ك س ال and enclitics
 * removed), so that روسيا، وروسيا، لروسيا and بروسيا are one term. The same
 * function folds the documents at index time and the queries at search time.
 */
import { normalise } from '../text/normalise/normalise.js';
import { lazy, readDataJson } from '../resources/data-files.js';
import type { Span } from '../core/types.js';
import { segmentWord } from '../text/segment/clitics.js';

/** Bump when folding changes: the index must then be rebuilt. */
export const FOLD_VERSION = 2;

/**
 * What the index terms depend on: this code's version and the data of the
 * segmenter and the normaliser. A store whose index was folded under another
 * signature is re-indexed when opened for writing.
 */
export const foldSignature = lazy((): string => {
  const parts = [`fold${FOLD_VERSION}`];
  for (const m of ['segment/manifest.json', 'normalise/manifest.json']) {
    try {
      const man = readDataJson<Record<string, { sha256?: string; version?: string }>>(m);
      for (const [file, e] of Object.entries(man)) parts.push(`${file}:${(e.sha256 ?? e.version ?? '').slice(0, 12)}`);
    } catch {
      parts.push(`${m}:none`);
    }
  }
  return parts.join(' ');
});

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const ARABIC = /[\u0600-\u06ff]/;

/**
 * Folds one already-normalised word to its index term: the stem given by the
 * clitic segmenter (src/text/segment/clitics.ts), so وروسيا، لروسيا، بروسيا
 * are روسيا and للحكومه is حكومه, while ليبيا and وزير stay whole.
 */
export function foldWord(w: string): string {
  if (!ARABIC.test(w)) return w.toLowerCase();
  const pieces = segmentWord(w);
  for (const p of pieces) if (p.role === 'stem') return p.form;
  return w;
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

export interface NormalisedWord extends Span {
  /** The word's normalised form (before clitics are stripped). */
  norm: string;
}

/** The words of a text, normalised but not folded, with their original spans. */
export function wordsOf(original: string): NormalisedWord[] {
  const view = normalise(original);
  const out: NormalisedWord[] = [];
  for (const m of view.text.matchAll(WORD)) {
    const s = m.index;
    const e = s + m[0].length;
    out.push({ norm: m[0], start: view.startMap[s] as number, end: view.endMap[e - 1] as number });
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
