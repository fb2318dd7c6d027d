/** Pure helpers over words and token offsets: verb stems, bare name words, offset look-ups. */
import type { Entity, Token } from '../../core/types.js';
import { normaliseString } from '../../text/normalise/normalise.js';
import { bareWord } from '../lexicon.js';

/** The bare words of an entity's name (to tell a head noun that repeats the name). */
export function bareNameWords(e: Entity): string[] {
  return normaliseString(e.name).split(/\s+/).map(bareWord);
}

/** Only the Arabic letters of a string: no diacritics, marks or Latin, for reading clitics glued to a name. */
export function normaliseClitics(s: string): string {
  return s.replace(/[^\u0621-\u064a]/g, '');
}

/** Candidate stems of a verb-like word: the word without و/ف, س and the person prefix. */
export function stripVerbAffixes(w: string): string[] {
  const out = new Set<string>();
  // A first و or ف is a conjunction or the first root letter (فرضت، وجهت).
  const conj = w.replace(/^(و|ف)(?=...)/, '');
  for (const base of conj === w ? [w] : [conj, w]) addVerbStems(base, out);
  return [...out];
}

/** Adds the stems of one base form: without future س and person prefix, without suffixes, without object pronoun. */
function addVerbStems(base: string, out: Set<string>): void {
  out.add(base);
  const noFut = base.replace(/^س(?=[يتنا])/, '');
  out.add(noFut);
  const m = /^[يتنا](.{2,})$/.exec(noFut);
  if (m) {
    out.add(m[1]!);
    out.add('ا' + m[1]!);
    const stripped = m[1]!.replace(/(ون|وا|ان|ين|ا)$/, '');
    out.add(stripped);
    out.add('ا' + stripped);
  }
  const past = base.replace(/(ت|وا|ا|نا)$/, '');
  out.add(past);
  if (base.endsWith('ت')) out.add(base.slice(0, -1) + 'ي');
  if (base.endsWith('وا')) out.add(base.slice(0, -2) + 'ي');
  // With an object pronoun: قدمتها → قدم، أجراها → أجرى.
  const noPron = /^(.{3,}?)(ها|هم|هما|ه)$/.exec(base);
  if (noPron) {
    const b = noPron[1]!;
    out.add(b);
    out.add(b.replace(/(ت|و)$/, ''));
    if (b.endsWith('ا')) out.add(b.slice(0, -1) + 'ي');
  }
}

/** The first token whose end is after the offset (the token holding it, or the next). */
export function firstTokenAtOrAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first and last token a span covers (an entity mention), or undefined when it covers none. */
export function tokensOfSpan(tokens: readonly Token[], span: { start: number; end: number }): { first: number; last: number } | undefined {
  const first = firstTokenAtOrAfter(tokens, span.start);
  let last = first - 1;
  while (last + 1 < tokens.length && tokens[last + 1]!.start < span.end) last++;
  return last >= first ? { first, last } : undefined;
}

/** The last token that starts before the offset (the one holding it, else the one before). */
export function lastTokenBefore(tokens: readonly Token[], offset: number): number {
  const k = firstTokenAtOrAfter(tokens, offset);
  return k > 0 && (k >= tokens.length || tokens[k]!.start >= offset) ? k - 1 : k;
}
