/**
 * Small helpers over tokens: quote marks, proclitic variants of a word, and
 * the mapping of a clitic cut back to original-text offsets.
 */
import type { Token } from '../../core/types.js';
import type { Candidate } from './candidates.js';

const QUOTES = new Set(['"', '«', '»', '“', '”', "'", '‘', '’', '„']);

export function isQuote(t: Token | undefined): boolean {
  return t !== undefined && (t.kind === 'punct' || t.kind === 'symbol') && QUOTES.has(t.norm);
}

/** A token that can be part of a name: an Arabic or Latin word, or a number (فرانس 24). */
export function isWordLike(t: Token | undefined): boolean {
  return t !== undefined && (t.kind === 'word' || t.kind === 'latin' || t.kind === 'number');
}

export interface Variant {
  /** The word without its proclitics (ال kept, لل restored to ال). */
  form: string;
  /** How many normalised letters were cut from the front. */
  cut: number;
  /** The proclitics cut, in normalised letters. */
  prefix: string;
}

/** The proclitic sequences a word may start with, in the order their variants are listed. */
export const PREFIXES: readonly string[] = ['', 'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'وك', 'فب', 'فل', 'فك'];

const variantCache = new Map<string, readonly Variant[]>();
const VARIANT_CACHE_MAX = 50_000;

/**
 * The forms a word may take once its proclitics (و ف ب ل ك) are removed,
 * the word itself first. لل is read as ل + ال (للأمم → الأمم). The result is
 * shared between calls (memoised per word): do not modify it.
 */
export function procliticVariants(norm: string): readonly Variant[] {
  let out = variantCache.get(norm);
  if (out !== undefined) return out;
  out = computeProcliticVariants(norm);
  if (variantCache.size >= VARIANT_CACHE_MAX) variantCache.clear();
  variantCache.set(norm, out);
  return out;
}

/** procliticVariants without the memo (for building indexes). */
export function computeProcliticVariants(norm: string): Variant[] {
  const out: Variant[] = [];
  for (const p of PREFIXES) {
    if (!norm.startsWith(p)) continue;
    const rest = norm.slice(p.length);
    if (rest.length < 2) continue;
    if (p.endsWith('ل') && rest.startsWith('ل') && !rest.startsWith('لل')) {
      out.push(Object.freeze({ form: 'ا' + rest, cut: p.length, prefix: p }));
    }
    out.push(Object.freeze({ form: rest, cut: p.length, prefix: p }));
  }
  return out;
}

const bareCache = new Map<string, readonly string[]>();

/** The variants' forms without a leading ال (memoised: do not modify the result). */
export function bareVariantForms(norm: string): readonly string[] {
  let out = bareCache.get(norm);
  if (out !== undefined) return out;
  out = procliticVariants(norm).map((v) => (v.form.startsWith('ال') && v.form.length > 3 ? v.form.slice(2) : v.form));
  if (bareCache.size >= VARIANT_CACHE_MAX) bareCache.clear();
  bareCache.set(norm, out);
  return out;
}

/** Whether a variant's proclitics are at most one و or ف (what may precede a title or description). */
export function lightPrefix(v: Variant): boolean {
  return v.prefix === '' || v.prefix === 'و' || v.prefix === 'ف';
}

/** The word's form once a known number of proclitic letters is cut. */
export function stripped(norm: string, cut: number): string {
  return norm.slice(cut);
}

const MARK = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/;

/**
 * The original offset after skipping `letters` letters of a token from its
 * start (diacritics, tatweel and invisible marks ride along with the letter
 * before them). Uses the token's clitic segments when it has them.
 */
export function cutOffset(token: Token, text: string, letters: number): number {
  if (letters <= 0) return token.start;
  let i = token.start;
  let seen = 0;
  while (i < token.end && MARK.test(text.charAt(i))) i++;
  while (i < token.end && seen < letters) {
    i++;
    seen++;
    while (i < token.end && MARK.test(text.charAt(i))) i++;
  }
  return i;
}

/** Letters (not marks) of the original between two offsets. */
export function lettersBetween(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) if (!MARK.test(text.charAt(i))) n++;
  return n;
}

/** An original span as one line: inner line breaks and runs of spaces become one space. */
export function surface(text: string, start: number, end: number): string {
  return text
    .slice(start, end)
    .replace(/[«»"“”]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A nisba that stands for its state (مصري، السوريون، جنديان تركيان): the
 * knowledge base's GPE, as an adjective mention from `start` to the token's end.
 */
export function stateAdjective(text: string, t: Token, i: number, start: number, kbId: string, word: string): Candidate {
  return {
    start, end: t.end, t0: i, t1: i + 1, type: 'GPE', kind: 'adjective', kbId, words: [word],
    surface: surface(text, start, t.end), roles: [], source: 'kb',
  };
}
