/**
 * NER speed: model load time and tagging throughput (tokens/s, one core).
 * Tokens come from the founding example, repeated; `--file CONLL` tags a
 * CoNLL file's tokens instead.
 */
import { isEntryPoint } from '../core/entry-point.js';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseConll } from '../entities/ner/conll.js';
import { defaultTagger, tagTokens } from '../entities/ner/tagger.js';
import { tokenize } from '../text/segment/segment-text.js';

export interface NerBench {
  loadMs: number;
  /** First pass over the sentences, every word form new to the feature cache. */
  coldTokensPerSecond: number;
  tokens: number;
  tokensPerSecond: number;
}

export function benchNer(sentences: string[][], minMs = 2000): NerBench {
  const t0 = process.hrtime.bigint();
  defaultTagger();
  const loadMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const c0 = process.hrtime.bigint();
  let coldTokens = 0;
  for (const s of sentences) {
    tagTokens(s);
    coldTokens += s.length;
  }
  const coldMs = Number(process.hrtime.bigint() - c0) / 1e6;
  let tokens = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < minMs) {
    for (const s of sentences) {
      tagTokens(s);
      tokens += s.length;
    }
    elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  }
  return { loadMs, coldTokensPerSecond: (coldTokens / coldMs) * 1000, tokens, tokensPerSecond: (tokens / elapsed) * 1000 };
}

function fixtureSentences(): string[][] {
  const text = readFileSync(fileURLToPath(new URL('../entities/ner/fixtures/haftar-russia.ar.txt', import.meta.url)), 'utf8');
  const tokens = tokenize(text);
  const out: string[][] = [];
  for (const t of tokens) {
    const s = (out[t.sentence] ??= []);
    s.push(text.slice(t.start, t.end));
  }
  return out.filter((s) => s.length > 0);
}

/** One line for `npm run bench`: tokens of the founding example, or of a CoNLL file. */
export function runNerBench(conllFile?: string): string {
  const sentences = conllFile ? parseConll(readFileSync(conllFile, 'utf8')).map((s) => s.words) : fixtureSentences();
  const r = benchNer(sentences);
  return (
  `ner: model load ${r.loadMs.toFixed(0)} ms; tagging ${Math.round(r.tokensPerSecond).toLocaleString('en')} tokens/s ` +
    `(${r.tokens} tokens, one core); first pass, cold word cache: ${Math.round(r.coldTokensPerSecond).toLocaleString('en')} tokens/s`
  );
}

if (isEntryPoint(import.meta.url)) {
  const fileArg = process.argv.indexOf('--file');
  console.log(runNerBench(fileArg >= 0 ? process.argv[fileArg + 1] : undefined));
}
