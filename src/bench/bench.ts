/**
 * `npm run bench`: throughput of the pipeline on the SaudiNewsNet sample,
 * one core, stage by stage. Prints tokens/s and peak memory.
 */
import { performance } from 'node:perf_hooks';
import { Pipeline, type AnyStage } from '../core/pipeline.js';
import { defaultStages } from '../pipeline/default.js';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from './corpus.js';
import { execFileSync } from 'node:child_process';

interface Row {
  label: string;
  seconds: number;
  tokens: number;
}

function peakRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

function timePipeline(label: string, stages: AnyStage[], docs: ReturnType<typeof loadCorpus> & object, rounds: number): Row {
  const pipeline = Pipeline.build(stages);
  // Warm-up: resources load lazily and the JIT settles.
  for (const d of docs.slice(0, 200)) pipeline.run(d);
  let tokens = 0;
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) {
    for (const d of docs) tokens += pipeline.run(d).layers.tokens?.length ?? 0;
  }
  return { label, seconds: (performance.now() - t0) / 1000, tokens };
}

function main(): void {
  const docs = loadCorpus(Number(process.env.ISNAD_BENCH_DOCS ?? Infinity));
  if (!docs) return;
  const stages = defaultStages();
  const rows: Row[] = [];
  // Cumulative prefixes of the pipeline: each row adds one stage, so the
  // cost of a stage is the difference between two rows.
  const textStages = stages.findIndex((s) => s.name === 'segment') + 1;
  for (let k = textStages; k <= stages.length; k++) {
    const prefix = stages.slice(0, k);
    const label = prefix.map((s) => s.name).join(' + ');
    rows.push(timePipeline(label, prefix, docs, 1));
  }
  console.log(`corpus: ${docs.length} documents`);
  for (const r of rows) {
    const tps = Math.round(r.tokens / r.seconds);
    console.log(`${r.label}: ${r.tokens} tokens in ${r.seconds.toFixed(2)} s = ${tps.toLocaleString('en-US')} tokens/s, ${(docs.length / r.seconds).toFixed(0)} docs/s`);
  }
  console.log(`peak RSS: ${peakRssMb()} MB`);
  // The tagger alone, on the tokens of ANERcorp-train as given, in a fresh
  // process: here the model is loaded and its word cache warm already.
  const conll = fileURLToPath(new URL('../../../shared/data/ner/anercorp-train.txt', import.meta.url));
  const nerBench = fileURLToPath(new URL('./ner-bench.js', import.meta.url));
  const args = [nerBench, ...(existsSync(conll) ? ['--file', conll] : [])];
  process.stdout.write(execFileSync(process.execPath, args, { encoding: 'utf8' }));
}

main();
