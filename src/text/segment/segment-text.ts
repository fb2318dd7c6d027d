import type { Span, Token } from '../../core/types.js';
import { normalise, toOriginal, type NormalisedText } from '../normalise/normalise.js';
import { segmentsOf } from './clitics.js';
import { splitSentences } from './sentences.js';
import { tokenizeNormalised } from './tokenize.js';

export interface SegmentedText {
  normalised: NormalisedText;
  paragraphs: Span[];
  sentences: Span[];
  tokens: Token[];
}

/**
 * Tokens, sentences and paragraphs of a normalised view, with every span in
 * original-text offsets.
 */
export function segmentNormalised(view: NormalisedText): Omit<SegmentedText, 'normalised'> {
  const t = view.text;
  const raw = tokenizeNormalised(t);
  const { sentences: sr, paragraphs: pr } = splitSentences(t, raw);
  const tokens: Token[] = new Array(raw.length);
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i]!;
    const span = toOriginal(view, r.start, r.end);
    const token: Token = { start: span.start, end: span.end, kind: r.kind, norm: t.slice(r.start, r.end), sentence: 0 };
    if (r.kind === 'word') token.segments = segmentsOf(view, r.start, r.end);
    tokens[i] = token;
  }
  const sentences: Span[] = sr.map((range, index) => {
    for (let k = range.first; k < range.last; k++) tokens[k]!.sentence = index;
    return { start: tokens[range.first]!.start, end: tokens[range.last - 1]!.end };
  });
  const paragraphs: Span[] = pr.map((range) => ({ start: tokens[range.first]!.start, end: tokens[range.last - 1]!.end }));
  return { paragraphs, sentences, tokens };
}

/** Normalises and segments a text in one call. */
export function segmentText(text: string): SegmentedText {
  const normalised = normalise(text);
  return { normalised, ...segmentNormalised(normalised) };
}

/** The tokens of a text (original offsets, normalised forms, sentence indices). */
export function tokenize(text: string): Token[] {
  return segmentText(text).tokens;
}
