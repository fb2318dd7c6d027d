/**
 * Throughput of the quantity/time scan over a JSONL corpus (normalisation
 * excluded): npx tsx src/quantities/bench-scan.ts [FILE] [N]
 */
import { readFileSync } from 'node:fs';
import { normalise } from '../text/normalise/normalise.js';
import { scanQuantitiesAndTimes } from './scanner.js';
import { scanTokens } from './scan-tokens.js';

const file = process.argv[2] ?? '../shared/data/corpus/saudinewsnet-10k.jsonl';
const n = Number(process.argv[3] ?? 3000);
const docs = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).slice(0, n)
  .map((l) => JSON.parse(l) as { text: string; date?: string });
const views = docs.map((d) => normalise(d.text));
let tokens = 0;
for (const v of views) tokens += scanTokens(v.text).filter((t) => t.k !== 'p').length;
const t0 = performance.now();
let nq = 0;
let nt = 0;
views.forEach((v, k) => {
  const r = scanQuantitiesAndTimes(v, docs[k]?.date);
  nq += r.quantities.length;
  nt += r.times.length;
});
const ms = performance.now() - t0;
console.log(`${docs.length} docs, ${tokens} word/number tokens, ${ms.toFixed(0)} ms, ${Math.round((tokens / ms) * 1000)} tokens/s, ${nq} quantities, ${nt} times`);
