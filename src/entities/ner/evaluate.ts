import type { TaggedSentence } from './conll.js';
import { SpanScorer } from './metrics.js';

/** Scores a tagging function against gold sentences; returns the printable table. */
export function score(tag: (words: string[]) => readonly string[], gold: readonly TaggedSentence[]): SpanScorer {
  const sc = new SpanScorer();
  for (const s of gold) sc.add(s.tags, tag(s.words));
  return sc;
}

export function evaluateSets(tag: (words: string[]) => readonly string[], gold: readonly TaggedSentence[]): string {
  return score(tag, gold).report();
}
