import { readFileSync } from 'node:fs';
import { normalisedTokens } from './raw-text.js';
import type { Lexicon } from './features.js';
import type { Label } from './labels.js';

/**
 * A name lexicon learned from raw news: a first-pass tagger reads a corpus,
 * and every word form it tags as (part of) a name often and consistently
 * enough keeps those tags. A name the tagger only recognises in telling
 * contexts (after الرئيس، وزير …) thereby becomes known everywhere else,
 * including sentences whose context says little.
 *
 * Trained on data the first pass has seen, such a lexicon would know every
 * training name and look more reliable than it is on new text; the trainer
 * therefore gives each part of the training data a lexicon built by a
 * first pass that did not see it (see trainWithAutoLexicon).
 */

export interface AutoLexiconOptions {
  /** A tag is kept when the word carries it at least this often … */
  minCount: number;
  /** … and in at least this share of its occurrences. */
  minShare: number;
}

export const AUTO_LEXICON_DEFAULTS: AutoLexiconOptions = { minCount: 3, minShare: 0.5 };

const SENTENCE_END = new Set(['.', '!', '?', '؟', '؛', ':']);
const MAX_SENTENCE = 120;

/** Tokens of a text, normalised, cut into sentences at final punctuation (and at most MAX_SENTENCE tokens). */
export function textSentences(text: string): string[][] {
  const out: string[][] = [];
  let cur: string[] = [];
  for (const tok of normalisedTokens(text)) {
    cur.push(tok);
    if (SENTENCE_END.has(tok) || cur.length >= MAX_SENTENCE) {
      out.push(cur);
      cur = [];
    }
  }
  if (cur.length > 0) out.push(cur);
  return out;
}

/** The sentences of the first `maxDocs` articles of a JSON-lines corpus (`{ text }` per line). */
export function corpusSentences(file: string, maxDocs = Infinity): string[][] {
  const out: string[][] = [];
  let docs = 0;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (docs >= maxDocs) break;
    if (!line.trim()) continue;
    const { text } = JSON.parse(line) as { text?: unknown };
    if (typeof text !== 'string') continue;
    docs++;
    for (const s of textSentences(text)) out.push(s);
  }
  return out;
}

/** Counts the tags a tagger gives each word form over the sentences and keeps the frequent, consistent name tags. */
export function buildAutoLexicon(
  tag: (words: readonly string[]) => readonly Label[],
  sentences: readonly (readonly string[])[],
  opts: AutoLexiconOptions = AUTO_LEXICON_DEFAULTS,
): Lexicon {
  const total = new Map<string, number>();
  const named = new Map<string, Map<string, number>>();
  for (const words of sentences) {
    const tags = tag(words);
    words.forEach((w, i) => {
      total.set(w, (total.get(w) ?? 0) + 1);
      const t = tags[i] ?? 'O';
      if (t === 'O') return;
      let m = named.get(w);
      if (!m) named.set(w, (m = new Map()));
      m.set(t, (m.get(t) ?? 0) + 1);
    });
  }
  const lex: Lexicon = new Map();
  for (const [w, m] of named) {
    if (w.length < 2) continue;
    const n = total.get(w) ?? 0;
    const keep = [...m.entries()]
      .filter(([, c]) => c >= opts.minCount && c / n >= opts.minShare)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([t]) => t);
    if (keep.length > 0) lex.set(w, keep);
  }
  return lex;
}

/** The lexicon as lines `word<TAB>tag,tag`, sorted, under a comment header (parseLexicon reads it back). */
export function formatLexicon(lex: Lexicon, header: string): string {
  const words = [...lex.keys()].sort();
  return [`# ${header}`, ...words.map((w) => `${w}\t${(lex.get(w) ?? []).join(',')}`)].join('\n') + '\n';
}
