import type { Span, TokenKind } from '../../core/types.js';
import { CHAR_CLASS, CharClass } from './char-classes.js';
import { arabicDomainEnd } from './domain-names.js';

/** A token over the normalised text (offsets into the normalised view). */
export interface RawToken {
  start: number;
  end: number;
  kind: TokenKind;
}

const AT = 0x40;
const HASH = 0x23;
const UNDERSCORE = 0x5f;
const DOT = 0x2e;
const COMMA = 0x2c;

function cls(t: string, i: number): CharClass {
  return CHAR_CLASS[t.charCodeAt(i)] as CharClass;
}

function isWordChar(c: CharClass): boolean {
  return c === CharClass.Arabic || c === CharClass.Latin || c === CharClass.Digit;
}

const PROCLITIC_LETTERS = new Set(['و', 'ف', 'ب', 'ل', 'ك']);

function isProcliticRun(t: string, from: number, to: number): boolean {
  if (to - from > 2) return false;
  for (let k = from; k < to; k++) if (!PROCLITIC_LETTERS.has(t[k] as string)) return false;
  return true;
}

function startsWithUrl(t: string, i: number): boolean {
  const c = t.charCodeAt(i) | 0x20;
  if (c === 0x68 /* h */) {
    const head = t.slice(i, i + 8).toLowerCase();
    return head.startsWith('http://') || head.startsWith('https://');
  }
  if (c === 0x77 /* w */) return t.slice(i, i + 4).toLowerCase() === 'www.';
  return false;
}

const URL_STOP = new Set(['«', '»', '"', '“', '”', '<', '>', '،', '؛', '(', ')', '[', ']', '{', '}']);
const URL_TRAILING = new Set(['.', ',', ';', ':', '!', '?', '؟', "'", '’']);

function scanUrl(t: string, i: number): number {
  let j = i;
  while (j < t.length) {
    const c = cls(t, j);
    if (c === CharClass.Space || c === CharClass.Newline || c === CharClass.Arabic || URL_STOP.has(t[j] as string)) break;
    j++;
  }
  while (j > i && URL_TRAILING.has(t[j - 1] as string)) j--;
  return j;
}

const EMAIL_LOCAL = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/;

/**
 * Splits a normalised text into tokens: Arabic words (with glued digits, as
 * in عربي21), numbers with their separators, Latin words, URLs, e-mails,
 * hashtags, @mentions, emoji and other symbols, and punctuation (a run of
 * the same mark, such as `...` or `؟؟`, is one token).
 */
export function tokenizeNormalised(t: string): RawToken[] {
  const out: RawToken[] = [];
  const n = t.length;
  let i = 0;
  while (i < n) {
    const c = cls(t, i);
    if (c === CharClass.Space || c === CharClass.Newline) {
      i++;
      continue;
    }
    const start = i;
    if ((c === CharClass.Latin) && startsWithUrl(t, i)) {
      i = scanUrl(t, i);
      out.push({ start, end: i, kind: 'url' });
      continue;
    }
    if (c === CharClass.Arabic) {
      i++;
      while (i < n && cls(t, i) === CharClass.Arabic) i++;
      // A name with glued digits (عربي21) is one word; a bare proclitic
      // before a number (و3، ب50) is not a name.
      if (!isProcliticRun(t, start, i)) while (i < n && cls(t, i) === CharClass.Digit) i++;
      // العربية.نت: a site's name with its domain is one word (domain-names.ts).
      i = arabicDomainEnd(t, i);
      out.push({ start, end: i, kind: 'word' });
      continue;
    }
    if (c === CharClass.Digit) {
      i++;
      for (;;) {
        while (i < n && cls(t, i) === CharClass.Digit) i++;
        const sep = t.charCodeAt(i);
        if ((sep === DOT || sep === COMMA) && i + 1 < n && cls(t, i + 1) === CharClass.Digit) {
          i++;
          continue;
        }
        break;
      }
      // 5G, 3D, 2nd: digits glued to Latin letters form one Latin token.
      if (i < n && cls(t, i) === CharClass.Latin) {
        while (i < n && (cls(t, i) === CharClass.Latin || cls(t, i) === CharClass.Digit)) i++;
        out.push({ start, end: i, kind: 'latin' });
      } else {
        out.push({ start, end: i, kind: 'number' });
      }
      continue;
    }
    if (c === CharClass.Latin) {
      const email = EMAIL_LOCAL.exec(t.slice(i, i + 256));
      if (email) {
        i += email[0].length;
        out.push({ start, end: i, kind: 'email' });
        continue;
      }
      i++;
      for (;;) {
        while (i < n && (cls(t, i) === CharClass.Latin || cls(t, i) === CharClass.Digit)) i++;
        // Inner apostrophes and hyphens: O'Brien, COVID-19.
        const ch = t[i];
        if ((ch === "'" || ch === '-' || ch === '’') && i + 1 < n) {
          const next = cls(t, i + 1);
          if (next === CharClass.Latin || next === CharClass.Digit) {
            i++;
            continue;
          }
        }
        break;
      }
      out.push({ start, end: i, kind: 'latin' });
      continue;
    }
    const code = t.charCodeAt(i);
    if ((code === HASH || code === AT) && i + 1 < n) {
      const next = cls(t, i + 1);
      if (isWordChar(next) || t.charCodeAt(i + 1) === UNDERSCORE) {
        i++;
        while (i < n && (isWordChar(cls(t, i)) || t.charCodeAt(i) === UNDERSCORE)) i++;
        out.push({ start, end: i, kind: code === HASH ? 'hashtag' : 'mention' });
        continue;
      }
    }
    if (c === CharClass.HighSurrogate) {
      i += i + 1 < n && cls(t, i + 1) === CharClass.LowSurrogate ? 2 : 1;
      // Variation selectors and keycaps stay with their emoji.
      while (i < n && (t.charCodeAt(i) === 0xfe0f || t.charCodeAt(i) === 0x20e3)) i++;
      out.push({ start, end: i, kind: 'symbol' });
      continue;
    }
    if (c === CharClass.Punct) {
      i++;
      while (i < n && t.charCodeAt(i) === code) i++;
      out.push({ start, end: i, kind: 'punct' });
      continue;
    }
    i++;
    while (i < n && (t.charCodeAt(i) === 0xfe0f || t.charCodeAt(i) === 0x20e3)) i++;
    out.push({ start, end: i, kind: 'symbol' });
  }
  return out;
}

export type { Span };
