/**
 * How much the events stage adds to analysis time, per token.
 *   npx tsx src/events/bench.ts [--docs N] [--corpus FILE.jsonl]
 * Runs the default pipeline without the events stage over N articles
 * (default 500), then the events stage on the same layers, timing each:
 * the stage's seconds, its tokens/s and its share of the whole analysis.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { Pipeline } from '../core/pipeline.js';
import { CORPUS_PATH } from '../bench/corpus.js';
import { defaultStages } from '../pipeline/default.js';
import { eventsStage } from './stage.js';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const file = arg('--corpus') ?? CORPUS_PATH;
const n = Number(arg('--docs') ?? 500);
const docs = readFileSync(file, 'utf8').split('\n').filter(Boolean).slice(0, n).map((l) => (JSON.parse(l) as { text: string }).text);
const stages = defaultStages();
const upTo = stages.findIndex((s) => s.name === 'events');
const before = Pipeline.build(stages.slice(0, upTo));
const runEvents = (doc: ReturnType<Pipeline['run']>) =>
  // The stage's declared needs are all added by the stages before it.
  eventsStage.run({ input: doc.input, text: doc.text, layers: doc.layers as Parameters<typeof eventsStage.run>[0]['layers'] });

// Warm-up: models and lexicons load lazily.
for (const text of docs.slice(0, 20)) runEvents(before.run({ text }));

let tokens = 0;
let tRest = 0;
let tEvents = 0;
let found = 0;
for (const text of docs) {
  let t0 = performance.now();
  const doc = before.run({ text });
  tRest += performance.now() - t0;
  tokens += doc.layers.tokens?.length ?? 0;
  t0 = performance.now();
  found += runEvents(doc).layers.events.length;
  tEvents += performance.now() - t0;
}
const total = tRest + tEvents;
console.log(`${docs.length} articles, ${tokens} tokens, ${found} events`);
console.log(`full analysis: ${(total / 1000).toFixed(2)} s (${((tokens / total) * 1000).toFixed(0)} tokens/s)`);
console.log(`events stage: ${(tEvents / 1000).toFixed(3)} s (${((tokens / tEvents) * 1000).toFixed(0)} tokens/s)`);
console.log(`events stage share of the analysis: ${((100 * tEvents) / total).toFixed(1)}%`);
