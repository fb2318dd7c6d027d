import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DocumentInput } from '../core/types.js';

/** The benchmark corpus, beside the repository (never inside it). */
export const CORPUS_PATH =
  process.env.ISNAD_BENCH_CORPUS ?? fileURLToPath(new URL('../../../shared/data/corpus/saudinewsnet-10k.jsonl', import.meta.url));

/** Loads the corpus, or returns null (with a message) when it is absent. */
export function loadCorpus(limit = Infinity): DocumentInput[] | null {
  if (!existsSync(CORPUS_PATH)) {
    console.log(`benchmark corpus not found at ${CORPUS_PATH}: skipping (set ISNAD_BENCH_CORPUS to run)`);
    return null;
  }
  const docs: DocumentInput[] = [];
  for (const line of readFileSync(CORPUS_PATH, 'utf8').split('\n')) {
    if (docs.length >= limit) break;
    if (line.trim() === '') continue;
    docs.push(JSON.parse(line) as DocumentInput);
  }
  return docs;
}
