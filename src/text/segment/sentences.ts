import type { RawToken } from './tokenize.js';

/** A sentence or paragraph as a range of token indices [first, last). */
export interface TokenRange {
  first: number;
  last: number;
}

const FINAL = new Set(['.', '!', '?', '؟', '…', '؛', '...', '..', '!!', '??', '؟؟', '!؟', '؟!']);
const CLOSERS = new Set(['"', '»', '”', '’', "'", ')', ']', '﴿', '›']);

/**
 * Words that cannot end a sentence: when a line ends with one, the next line
 * continues it (hard-wrapped text).
 */
const CONTINUING = new Set([
  'من', 'في', 'علي', 'الي', 'عن', 'مع', 'و', 'ثم', 'او', 'ان', 'بان', 'لان', 'كان', 'الذي', 'التي', 'الذين',
  'اللذين', 'اللتين', 'لدي', 'حتي', 'بين', 'ضد', 'منذ', 'خلال', 'عند', 'بعد', 'قبل', 'حول', 'نحو', 'لكن', 'بل',
  'اي', 'كل', 'بعض', 'غير', 'لم', 'لن', 'لا', 'ما', 'قد', 'لقد', 'هو', 'هي', 'هذا', 'هذه', 'ذلك', 'تلك', 'اذا',
  'لو', 'كما', 'مثل', 'دون', 'عبر', 'لدى', 'فوق', 'تحت', 'امام', 'وراء', 'لصالح', 'بسبب', 'رغم', 'يا', 'ب', 'ل',
]);

/** One-letter abbreviations of titles: د (doctor), م (engineer), ا/أ (professor, mister). */
const TITLE_LETTERS = new Set(['د', 'م', 'ا']);

/**
 * The names of the Latin letters as Arabic spells them (normal forms): بي (B, P), سي (C),
 * دي (D), اف (F), جي (G), اتش (H), اي (E, I), كيه (K), ام (M), ان (N), ار (R), اس (S) …
 * News writes foreign initials and acronyms with them, often with a dot and a space after
 * each (جورج بي. بوش، سي. إن. إن.).
 */
const LETTER_NAMES = new Set([
  'ايه', 'اي', 'بي', 'سي', 'دي', 'اف', 'جي', 'اتش', 'جيه', 'جاي', 'كيه', 'كي', 'ال', 'ام', 'ان', 'او', 'كيو', 'ار', 'اس', 'تي',
  'يو', 'في', 'دبليو', 'دابليو', 'اكس', 'واي', 'زد',
]);

/** Brackets and quotes that open a name or a short aside, with what closes each. */
const NAME_OPENERS = new Map([['(', ')'], ['«', '»'], ['[', ']']]);

/** A bracket or a quote holding at most this many words is a name or an acronym, not a quoted sentence. */
const MAX_NAME_WORDS = 4;

/** A line at least this long that ends without punctuation is taken as hard-wrapped prose. */
const WRAPPED_LINE_CHARS = 40;

function hasNewline(t: string, from: number, to: number): { any: boolean; blank: boolean } {
  let count = 0;
  for (let i = from; i < to; i++) {
    const c = t.charCodeAt(i);
    if (c === 0x0a || c === 0x2028 || c === 0x2029 || (c === 0x0d && t.charCodeAt(i + 1) !== 0x0a)) count++;
  }
  return { any: count > 0, blank: count > 1 };
}

function lineStart(t: string, pos: number): number {
  const a = t.lastIndexOf('\n', pos - 1);
  const b = t.lastIndexOf('\r', pos - 1);
  return Math.max(a, b) + 1;
}

/**
 * Splits tokens into sentences: at final punctuation (closing quotes and
 * brackets stay with the sentence they end), at blank lines, and at single
 * line breaks unless the line reads as hard-wrapped prose that goes on.
 * Returns the sentences and the paragraphs (runs of sentences between
 * line breaks).
 */
export function splitSentences(t: string, tokens: readonly RawToken[]): { sentences: TokenRange[]; paragraphs: TokenRange[] } {
  const sentences: TokenRange[] = [];
  const paragraphs: TokenRange[] = [];
  const n = tokens.length;
  let sentStart = 0;
  let paraStart = 0;
  for (let i = 0; i < n; i++) {
    const tok = tokens[i] as RawToken;
    const next = tokens[i + 1];
    if (next === undefined) break;
    const gap = hasNewline(t, tok.end, next.start);
    let endSentence = false;
    let endParagraph = false;
    if (tok.kind === 'punct' && FINAL.has(t.slice(tok.start, tok.end)) && !isAbbreviationDot(t, tokens, i)) {
      // Closing quotes and brackets that directly follow stay with the sentence.
      let j = i;
      while (j + 1 < n) {
        const nx = tokens[j + 1] as RawToken;
        const prev = tokens[j] as RawToken;
        if (nx.kind === 'punct' && CLOSERS.has(t.slice(nx.start, nx.end)) && !hasNewline(t, prev.end, nx.start).any && isClosingQuote(t, tokens, j + 1)) j++;
        else break;
      }
      i = j;
      const after = tokens[j + 1];
      if (after === undefined) break;
      endSentence = true;
      endParagraph = hasNewline(t, (tokens[j] as RawToken).end, after.start).any;
    } else if (gap.blank) {
      endSentence = endParagraph = true;
    } else if (gap.any) {
      endSentence = endParagraph = !continuesAfterLineBreak(t, tok);
    }
    if (endSentence) {
      sentences.push({ first: sentStart, last: i + 1 });
      sentStart = i + 1;
    }
    if (endParagraph) {
      paragraphs.push({ first: paraStart, last: i + 1 });
      paraStart = i + 1;
    }
  }
  if (sentStart < n) sentences.push({ first: sentStart, last: n });
  if (paraStart < n) paragraphs.push({ first: paraStart, last: n });
  return { sentences, paragraphs };
}

function continuesAfterLineBreak(t: string, last: RawToken): boolean {
  const text = t.slice(last.start, last.end);
  if (last.kind === 'punct') return text === '،' || text === ',' || text === ':' || text === '-';
  if (last.kind === 'word' && CONTINUING.has(text)) return true;
  if (last.kind === 'word' || last.kind === 'number') return last.end - lineStart(t, last.start) >= WRAPPED_LINE_CHARS;
  return false;
}

/**
 * A dot that does not end a sentence: after a one-letter abbreviation (`د.`,
 * `أ.`, `U.S.`), or glued between the short parts of an acronym (`سي.سي.تي.في`).
 */
function isAbbreviationDot(t: string, tokens: readonly RawToken[], i: number): boolean {
  const tok = tokens[i] as RawToken;
  if (t.slice(tok.start, tok.end) !== '.') return false;
  const prev = tokens[i - 1];
  if (!prev || (prev.kind !== 'word' && prev.kind !== 'latin')) return false;
  if (prev.end !== tok.start) {
    // `د . علي`: a title letter with a stray space before its dot.
    return prev.end - prev.start === 1 && TITLE_LETTERS.has(t.slice(prev.start, prev.end));
  }
  if (prev.end - prev.start === 1) return true;
  if (insideShortName(t, tokens, i) || isInitialOrSpacedAcronym(t, tokens, i)) return true;
  const next = tokens[i + 1];
  // Short parts on both sides make an acronym; a long word on either side is a
  // missing space after a full stop (المملكة.وأوضح), which is common.
  if (
    next !== undefined &&
    next.start === tok.end &&
    (next.kind === 'word' || next.kind === 'latin') &&
    prev.end - prev.start <= 3 &&
    next.end - next.start <= 3
  ) return true;
  // The last dot of a dotted acronym (شبكة إيه.بي.سي. الأمريكية) when words follow on the same line.
  const dotBefore = tokens[i - 2];
  const partBefore = tokens[i - 3];
  return (
    prev.end - prev.start <= 3 &&
    dotBefore !== undefined && partBefore !== undefined &&
    t.slice(dotBefore.start, dotBefore.end) === '.' && dotBefore.end === prev.start &&
    partBefore.end === dotBefore.start && partBefore.end - partBefore.start <= 3 &&
    (partBefore.kind === 'word' || partBefore.kind === 'latin') &&
    next !== undefined && (next.kind === 'word' || next.kind === 'latin') && !/\n/.test(t.slice(tok.end, next.start))
  );
}

function textOf(t: string, tok: RawToken | undefined): string {
  return tok === undefined ? '' : t.slice(tok.start, tok.end);
}

function isLetterName(t: string, tok: RawToken | undefined): boolean {
  return tok !== undefined && tok.kind === 'word' && LETTER_NAMES.has(textOf(t, tok));
}

function sameLine(t: string, a: RawToken, b: RawToken): boolean {
  return !hasNewline(t, a.end, b.start).any;
}

/**
 * The dot at i stands inside a bracket or a guillemet that closes a few words later on the
 * same line, with no other final punctuation in between: a name or an acronym written with a
 * dot («أوزإس. فايننشال سرفيس»، (آر. دابليو.إي)، (google. com)), not the end of a sentence.
 */
function insideShortName(t: string, tokens: readonly RawToken[], i: number): boolean {
  let words = 0;
  let close: string | undefined;
  for (let k = i - 1; k >= 0 && close === undefined; k--) {
    const tok = tokens[k] as RawToken;
    const s = textOf(t, tok);
    if (!sameLine(t, tok, tokens[k + 1] as RawToken)) return false;
    if (tok.kind === 'punct') {
      if (NAME_OPENERS.has(s)) close = NAME_OPENERS.get(s);
      else if (s !== '.' && s !== '/' && s !== '-') return false;
    } else if (++words > MAX_NAME_WORDS) return false;
  }
  if (close === undefined) return false;
  for (let k = i + 1; k < tokens.length; k++) {
    const tok = tokens[k] as RawToken;
    const s = textOf(t, tok);
    if (!sameLine(t, tokens[k - 1] as RawToken, tok)) return false;
    if (tok.kind === 'punct') {
      if (s === close) return words > 0;
      if (s !== '.' && s !== '/' && s !== '-') return false;
    } else if (++words > MAX_NAME_WORDS) return false;
  }
  return false;
}

/**
 * The dot after the name of a Latin letter that is an initial or part of an acronym spelled
 * with spaces: the next part of the acronym follows (سي. إن. إن.، بي. بي. سي), or the last
 * part closes a chain of them before more words (سي. إن. إن. الأمريكية), or a first name
 * stands before the initial and a surname after it (جورج بي. بوش، جيمس إف. جونز). Not when
 * a conjunction or a particle follows (تليق بي. وحينذاك، واشنطن دي سي. وعند), nor after a
 * letter name that ends an acronym written without dots (البي بي سي.).
 */
function isInitialOrSpacedAcronym(t: string, tokens: readonly RawToken[], i: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!isLetterName(t, prev) || next === undefined || !sameLine(t, tokens[i] as RawToken, next)) return false;
  // The next part of a spaced acronym: a letter name with its own dot.
  if (isLetterName(t, next) && textOf(t, tokens[i + 2]) === '.') return true;
  const chained = textOf(t, tokens[i - 2]) === '.' && isLetterName(t, tokens[i - 3]);
  const nextWord = textOf(t, next);
  if (next.kind !== 'word' || /^[وف]/.test(nextWord) || CONTINUING.has(nextWord)) return false;
  if (chained) return true;
  // An initial: after a first name, before a surname (never definite).
  const before = tokens[i - 2];
  return before !== undefined && before.kind === 'word' && !isLetterName(t, before) && !nextWord.startsWith('ال');
}

/**
 * An ASCII `"` after final punctuation closes a quote only if the quotes
 * before it in the paragraph are unbalanced (an odd count).
 */
function isClosingQuote(t: string, tokens: readonly RawToken[], k: number): boolean {
  const tok = tokens[k] as RawToken;
  const s = t.slice(tok.start, tok.end);
  if (s !== '"' && s !== "'") return true;
  let count = 0;
  for (let j = k - 1; j >= 0; j--) {
    const p = tokens[j] as RawToken;
    const next = tokens[j + 1] as RawToken;
    if (hasNewline(t, p.end, next.start).blank) break;
    if (p.kind === 'punct' && t.slice(p.start, p.end) === s) count++;
  }
  return count % 2 === 1;
}
