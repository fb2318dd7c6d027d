import { readFileSync } from 'node:fs';
import { coarseTag, type Label } from './labels.js';

export interface TaggedSentence {
  words: string[];
  tags: Label[];
}

/**
 * Reads a CoNLL-style file: one `WORD TAG` per line (space or tab), a blank
 * line between sentences. `mapTag` maps the raw tag to the tag set.
 */
export function parseConll(text: string, mapTag: (raw: string) => Label = coarseTag): TaggedSentence[] {
  const out: TaggedSentence[] = [];
  let words: string[] = [];
  let tags: Label[] = [];
  const flush = () => {
    if (words.length > 0) out.push({ words, tags: repairBio(tags) });
    words = [];
    tags = [];
  };
  for (const rawLine of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const line = rawLine.replace(/[\u200E\u200F]/g, '');
    if (line.trim() === '') {
      flush();
      continue;
    }
    const fields = line.split(/[ \t]+/).filter((f) => f.length > 0);
    const word = fields[0];
    if (word === undefined) continue;
    words.push(word);
    tags.push(mapTag(fields.length > 1 ? (fields[fields.length - 1] as string) : 'O'));
  }
  flush();
  return out;
}

export function readConll(path: string, mapTag?: (raw: string) => Label): TaggedSentence[] {
  return parseConll(readFileSync(path, 'utf8'), mapTag);
}

/** Turns an I- that does not continue a span of its type into a B-. */
export function repairBio(tags: Label[]): Label[] {
  const out = tags.slice();
  for (let i = 0; i < out.length; i++) {
    const t = out[i] as Label;
    if (!t.startsWith('I-')) continue;
    const prev = i > 0 ? (out[i - 1] as Label) : 'O';
    if (prev === 'O' || prev.slice(2) !== t.slice(2)) out[i] = `B-${t.slice(2)}` as Label;
  }
  return out;
}
