/**
 * How much the attribution stage adds to analysis time, per token.
 *   npx tsx src/attributions/bench.ts [CORPUS.jsonl] [N]
 * Runs the default pipeline over N articles (default 300) and times the
 * attribution detector separately on the same layers.
 */
import { readFileSync } from 'node:fs';
import { defaultStages } from '../pipeline/default.js';
import { Pipeline } from '../core/pipeline.js';
import { detectAttributions } from './detect.js';
import { resolveDescription } from '../entities/link/stage.js';

const file = process.argv[2] ?? '../shared/data/corpus/saudinewsnet-10k.jsonl';
const n = Number(process.argv[3] ?? 300);
const docs = readFileSync(file, 'utf8').split('\n').filter(Boolean).slice(0, n).map((l) => (JSON.parse(l) as { text: string }).text);
const stages = defaultStages();
const upTo = stages.findIndex((s) => s.name === 'attributions');
const before = Pipeline.build(stages.slice(0, upTo));
const full = Pipeline.build(stages);
// Warm up (model and lexicon loading).
full.run({ text: docs[0] ?? 'قال' });

let tokens = 0;
let tFull = 0;
let tAttr = 0;
let found = 0;
for (const text of docs) {
  let t0 = performance.now();
  full.run({ text });
  tFull += performance.now() - t0;
  const doc = before.run({ text });
  const toks = doc.layers.tokens ?? [];
  const ents = doc.layers.entities ?? [];
  tokens += toks.length;
  t0 = performance.now();
  found += detectAttributions({
    text, tokens: toks, entities: ents, resolveDescription: (s) => resolveDescription(ents, toks, s.start)?.id,
  }).length;
  tAttr += performance.now() - t0;
}
const rest = tFull - tAttr;
console.log(`${docs.length} articles, ${tokens} tokens, ${found} attributions`);
console.log(`full analysis: ${(tFull / 1000).toFixed(2)} s (${((tokens / tFull) * 1000).toFixed(0)} tokens/s)`);
console.log(`attribution stage: ${(tAttr / 1000).toFixed(3)} s (${((tokens / tAttr) * 1000).toFixed(0)} tokens/s)`);
console.log(`attribution stage adds ${((100 * tAttr) / rest).toFixed(1)}% to the rest of the analysis per token`);
