/**
 * Search queries: parsing into folded clauses, the FTS5 expression, and
 * matching back onto a document's original text for highlights and snippets.
 * Backend-agnostic except `toFtsExpression`.
 */
import { IsnadError } from '../core/errors.js';
import type { Span } from '../core/types.js';
import { normalise } from '../text/normalise/normalise.js';
import { foldQueryText, foldWord, nisbaVariants, wordsOf, type NormalisedWord } from './fold.js';

/** A clause matches when any of its alternatives (a phrase: a term sequence) does. */
export type Clause = string[][];

export interface ParsedQuery {
  /** Every clause must match. */
  clauses: Clause[];
}

export function parseQuery(q: string, expand = false): ParsedQuery {
  const parts: { text: string; phrase: boolean }[] = [];
  const re = /"([^"]*)"|(\S+)/g;
  for (const m of q.matchAll(re)) {
    if (m[1] !== undefined) parts.push({ text: m[1], phrase: true });
    else parts.push({ text: m[2] as string, phrase: false });
  }
  const clauses: Clause[] = [];
  let pendingOr = false;
  for (const p of parts) {
    if (!p.phrase && p.text === 'OR') {
      pendingOr = clauses.length > 0;
      continue;
    }
    const terms = foldQueryText(p.text);
    if (terms.length === 0) continue;
    // A phrase, or an unquoted token that folds to several words, is one alternative.
    const alternatives: string[][] = [terms];
    if (expand && terms.length === 1) {
      for (const v of nisbaVariants(terms[0] as string)) alternatives.push([v]);
    }
    if (pendingOr) (clauses[clauses.length - 1] as Clause).push(...alternatives);
    else clauses.push(alternatives);
    pendingOr = false;
  }
  if (clauses.length === 0) throw new IsnadError('USAGE', `the query "${q}" has no searchable word`);
  return { clauses };
}

/** The FTS5 MATCH expression for a parsed query (terms are letters and digits only). */
export function toFtsExpression(pq: ParsedQuery): string {
  return pq.clauses
    .map((c) => '(' + c.map((alt) => `"${alt.join(' ').replace(/"/g, '')}"`).join(' OR ') + ')')
    .join(' AND ');
}

/**
 * Spans of the original text where any alternative of any clause matches.
 * Only the words that contain a query term's first word (a stem is part of
 * its word) are found, by searching the normalised text, and folded; so long
 * documents cost about one normalisation.
 */
export function matchSpans(text: string, pq: ParsedQuery): Span[] {
  const view = normalise(text);
  const n = view.text;
  const low = n.toLowerCase();
  // Case folding that changes lengths (rare letters) would shift offsets: then word by word.
  if (low.length !== n.length) return matchSpansByWord(text, pq);
  const alts = pq.clauses.flat();
  const firsts = [...new Set(alts.map((a) => a[0] as string))].filter((t) => t !== '');
  // Starts of the words holding a first term.
  const starts = new Set<number>();
  for (const t of firsts) {
    for (let at = low.indexOf(t); at >= 0; at = low.indexOf(t, at + 1)) starts.add(wordStart(n, at));
  }
  if (starts.size === 0) return [];
  const folded = new Map<number, { end: number; term: string }>();
  const wordAt = (s: number) => {
    let w = folded.get(s);
    if (!w) {
      const end = wordEnd(n, s);
      w = { end, term: foldWord(n.slice(s, end)) };
      folded.set(s, w);
    }
    return w;
  };
  const out: Span[] = [];
  let covered = 0;
  for (const s of [...starts].sort((x, y) => x - y)) {
    if (s < covered) continue;
    let longestEnd = -1;
    let longest = 0;
    for (const alt of alts) {
      if (alt.length <= longest) continue;
      let at = s;
      let end = -1;
      let ok = true;
      for (let k = 0; k < alt.length; k++) {
        if (k > 0) {
          at = nextWordStart(n, end);
          if (at < 0) {
            ok = false;
            break;
          }
        }
        const w = wordAt(at);
        if (w.term !== alt[k]) {
          ok = false;
          break;
        }
        end = w.end;
      }
      if (ok) {
        longest = alt.length;
        longestEnd = end;
      }
    }
    if (longest > 0) {
      out.push({ start: view.startMap[s] as number, end: view.endMap[longestEnd - 1] as number });
      covered = longestEnd;
    }
  }
  return out;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** The code point ending at `i` (exclusive) or starting at `i`, as a string. */
function pointBefore(s: string, i: number): string {
  const c = s.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = s.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return s.slice(i - 2, i);
  }
  return s[i - 1] as string;
}

function pointAt(s: string, i: number): string {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const l = s.charCodeAt(i + 1);
    if (l >= 0xdc00 && l <= 0xdfff) return s.slice(i, i + 2);
  }
  return s[i] as string;
}

/** Start of the word (a run of letters, digits and marks) that holds offset `i`. */
function wordStart(s: string, i: number): number {
  let p = i;
  while (p > 0) {
    const ch = pointBefore(s, p);
    if (!WORD_CHAR.test(ch)) break;
    p -= ch.length;
  }
  return p;
}

function wordEnd(s: string, i: number): number {
  let p = i;
  while (p < s.length) {
    const ch = pointAt(s, p);
    if (!WORD_CHAR.test(ch)) break;
    p += ch.length;
  }
  return p;
}

/** Start of the first word at or after `i`; -1 when there is none. */
function nextWordStart(s: string, i: number): number {
  let p = i;
  while (p < s.length) {
    const ch = pointAt(s, p);
    if (WORD_CHAR.test(ch)) return p;
    p += ch.length;
  }
  return -1;
}

/** The same spans, word by word over the whole text (the reference the fast path must equal). */
export function matchSpansByWord(text: string, pq: ParsedQuery): Span[] {
  const words = wordsOf(text);
  const alts = pq.clauses.flat();
  const firsts = [...new Set(alts.map((a) => a[0] as string))];
  const folded = new Map<number, string>();
  const foldAt = (i: number): string => {
    let f = folded.get(i);
    if (f === undefined) {
      f = foldWord((words[i] as NormalisedWord).norm);
      folded.set(i, f);
    }
    return f;
  };
  const out: Span[] = [];
  for (let i = 0; i < words.length; i++) {
    const low = (words[i] as NormalisedWord).norm.toLowerCase();
    if (!firsts.some((t) => low.includes(t))) continue;
    let longest = 0;
    for (const alt of alts) {
      if (alt.length <= longest || i + alt.length > words.length) continue;
      let ok = true;
      for (let k = 0; k < alt.length; k++) {
        if (foldAt(i + k) !== alt[k]) {
          ok = false;
          break;
        }
      }
      if (ok) longest = alt.length;
    }
    if (longest > 0) {
      const a = words[i] as Span;
      const b = words[i + longest - 1] as Span;
      out.push({ start: a.start, end: b.end });
      i += longest - 1;
    }
  }
  return out;
}

export interface Snippet {
  snippet: string;
  snippetStart: number;
  highlights: Span[];
}

/** A window of the original text around the densest run of matches. */
export function makeSnippet(text: string, matches: readonly Span[], width = 220): Snippet {
  if (matches.length === 0) {
    const end = cutAt(text, Math.min(text.length, width), 1);
    return { snippet: text.slice(0, end), snippetStart: 0, highlights: [] };
  }
  let bestI = 0;
  let bestCount = 0;
  for (let i = 0; i < matches.length; i++) {
    const from = (matches[i] as Span).start;
    let c = 0;
    for (let j = i; j < matches.length && (matches[j] as Span).end <= from + width; j++) c++;
    if (c > bestCount) {
      bestCount = c;
      bestI = i;
    }
  }
  const anchor = matches[bestI] as Span;
  const lead = Math.floor(width / 4);
  const start = cutAt(text, Math.max(0, anchor.start - lead), -1);
  const end = cutAt(text, Math.min(text.length, Math.max(anchor.end, start + width)), 1);
  const highlights = matches
    .filter((m) => m.start >= start && m.end <= end)
    .map((m) => ({ start: m.start - start, end: m.end - start }));
  return { snippet: text.slice(start, end), snippetStart: start, highlights };
}

/** Moves an offset to the nearest whitespace (backwards or forwards, at most 20 characters). */
function cutAt(text: string, at: number, dir: 1 | -1): number {
  if (at <= 0 || at >= text.length) return Math.max(0, Math.min(at, text.length));
  for (let k = 0; k < 20; k++) {
    const i = at + dir * k;
    if (i <= 0 || i >= text.length) return Math.max(0, Math.min(i, text.length));
    if (/\s/.test(text[i] as string)) return dir === -1 ? i + 1 : i;
  }
  return at;
}
