/**
 * The light token sequence the quantity and time scanner works on: runs of
 * Arabic letters, digits, Latin letters, and single punctuation or symbol
 * characters, over the NORMALISED text (offsets are normalised indices).
 * Proclitics glued to digits (و493، ب50، الـ15) are kept on the number
 * token; a number glued to a longer word (عربي21) is flagged as part of a name.
 */
import { CHAR_CLASS, CharClass } from '../text/segment/char-classes.js';

export type ScanKind = 'w' | 'n' | 'l' | 'p';

export interface ScanToken {
  /** Start and end in the normalised text. */
  s: number;
  e: number;
  k: ScanKind;
  /** The text of the token (for numbers: the digits, without a glued proclitic). */
  t: string;
  /** Whitespace separates this token from the previous one. */
  gap: boolean;
  /** Length of a proclitic glued before the digits (و، ب، ال…). */
  prefix?: number;
  /** The digits belong to a name or code (عربي21، F16، 5G). */
  name?: boolean;
}

const DIGIT_PREFIXES = new Set(['و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'فب', 'فل', 'وك', 'ال', 'وال', 'بال', 'لل', 'ولل', 'فال', 'كال']);

export function scanTokens(text: string): ScanToken[] {
  const out: ScanToken[] = [];
  const n = text.length;
  let i = 0;
  let gap = true;
  while (i < n) {
    const c = text.charCodeAt(i);
    const cls = CHAR_CLASS[c] as CharClass;
    if (cls === CharClass.Space || cls === CharClass.Newline) {
      gap = true;
      i++;
      continue;
    }
    const start = i;
    if (cls === CharClass.Arabic) {
      while (i < n && CHAR_CLASS[text.charCodeAt(i)] === CharClass.Arabic) i++;
      out.push({ s: start, e: i, k: 'w', t: text.slice(start, i), gap });
    } else if (cls === CharClass.Digit) {
      while (i < n) {
        const ch = text.charCodeAt(i);
        if (CHAR_CLASS[ch] === CharClass.Digit) i++;
        else if ((ch === 0x2e || ch === 0x2c || ch === 0x60c) && i + 1 < n && CHAR_CLASS[text.charCodeAt(i + 1)] === CharClass.Digit) i++;
        else break;
      }
      // The Arabic comma between digits (1،2 مليون) is a decimal comma.
      const tok: ScanToken = { s: start, e: i, k: 'n', t: text.slice(start, i).replace(/\u060c/g, ','), gap };
      const prev = out[out.length - 1];
      if (!gap && prev) {
        if (prev.k === 'w') {
          if (DIGIT_PREFIXES.has(prev.t)) {
            out.pop();
            tok.s = prev.s;
            tok.prefix = prev.t.length;
            tok.gap = prev.gap;
          } else tok.name = true;
        } else if (prev.k === 'l') tok.name = true;
        else if (prev.k === 'p' && prev.t === '-') {
          const before = out[out.length - 2];
          if (before && !prev.gap && (before.k === 'l' || before.k === 'w')) tok.name = true;
        }
      }
      // Digits glued to Latin letters after them (5G, 3D) are a code.
      if (i < n && CHAR_CLASS[text.charCodeAt(i)] === CharClass.Latin) tok.name = true;
      out.push(tok);
    } else if (cls === CharClass.Latin) {
      while (i < n && CHAR_CLASS[text.charCodeAt(i)] === CharClass.Latin) i++;
      out.push({ s: start, e: i, k: 'l', t: text.slice(start, i), gap });
      const prev = out[out.length - 2];
      if (prev && prev.k === 'n' && !gap) prev.name = true;
    } else {
      i += cls === CharClass.HighSurrogate && i + 1 < n ? 2 : 1;
      out.push({ s: start, e: i, k: 'p', t: text.slice(start, i), gap });
    }
    gap = false;
  }
  return out;
}

/** The token texts of a lexicon phrase, split exactly as the scanner splits text. */
export function phraseWords(folded: string): string[] {
  return scanTokens(folded).map((t) => (t.k === 'n' && t.prefix ? folded.slice(t.s, t.e) : t.t));
}
