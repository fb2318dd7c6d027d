/**
 * Learns word clusters from raw news text, for the tagger's cluster features.
 *
 *   npm run train:ner:clusters [-- --corpus FILE.jsonl --out data/ner/clusters.tsv]
 *
 * Each frequent word gets a context vector (counts of its left and right
 * neighbours among the most frequent words, PPMI-weighted), projected to a
 * dense vector with a seeded random projection. Spherical k-means then splits
 * the words hierarchically (32 → 32×16 → 32×16×4), so each word has three
 * nested cluster ids, like the prefixes of a Brown cluster path.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dataPath } from '../../resources/data-files.js';
import { normaliseString } from '../../text/normalise/normalise.js';
import { seededRandom } from '../../core/random.js';
import { anercorpAll, newsCorpusFile, readWikifane } from './trainer.js';
import { normalisedTokens } from './raw-text.js';

const VOCAB = Number(process.env.CL_VOCAB ?? 50_000);
const CONTEXTS = Number(process.env.CL_CONTEXTS ?? 1_500);
/** Neighbours at distance 2 get their own context block. */
const SPLIT_DISTANCE = process.env.CL_SPLIT2 === '1';
let DIM = 0;

interface SparseVec {
  idx: Int32Array;
  val: Float32Array;
}
const MIN_COUNT = 3;
const SPLITS = (process.env.CL_SPLITS ?? '64,16,4').split(',').map(Number);
const ITERATIONS = 12;
const SEED = 1234;

function main(): void {
  const args = process.argv.slice(2);
  const get = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const corpus = get('--corpus') ?? newsCorpusFile();
  const out = get('--out') ?? dataPath('ner/clusters.tsv');
  const t0 = Date.now();
  const docs: string[][] = [];
  const freq = new Map<string, number>();
  for (const line of readFileSync(corpus, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const { text } = JSON.parse(line) as { text: string };
    const toks = normalisedTokens(text);
    docs.push(toks);
    for (const t of toks) freq.set(t, (freq.get(t) ?? 0) + 1);
  }
  // with --with-ner-text, also the raw text of the NER corpora (their tags are not used)
  if (args.includes('--with-ner-text')) {
    for (const s of [...anercorpAll(), ...readWikifane()]) {
      const toks = s.words.map((w) => normaliseString(w)).filter((w) => w.length > 0);
      docs.push(toks);
      for (const t of toks) freq.set(t, (freq.get(t) ?? 0) + 1);
    }
  }
  const ranked = [...freq.entries()].filter(([, c]) => c >= MIN_COUNT).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const vocab = ranked.slice(0, VOCAB).map(([w]) => w);
  const vid = new Map(vocab.map((w, i) => [w, i]));
  const nCtx = Math.min(CONTEXTS, vocab.length);
  console.error(`${docs.length} documents, ${freq.size} word forms, ${vocab.length} clustered (${((Date.now() - t0) / 1000).toFixed(1)} s)`);

  // sparse co-occurrence counts: word × (left ctx | right ctx), as maps per word
  const V = vocab.length;
  const rows: Map<number, number>[] = Array.from({ length: V }, () => new Map());
  const ctxTotals = new Float64Array(4 * nCtx);
  let total = 0;
  for (const toks of docs) {
    const ids = toks.map((t) => vid.get(t) ?? -1);
    for (let i = 0; i < ids.length; i++) {
      const w = ids[i] as number;
      if (w < 0) continue;
      const add = (c: number) => {
        const row = rows[w] as Map<number, number>;
        row.set(c, (row.get(c) ?? 0) + 1);
        ctxTotals[c] = (ctxTotals[c] as number) + 1;
        total++;
      };
      const far = SPLIT_DISTANCE ? 2 * nCtx : 0;
      for (const [d, off] of [[-1, 0], [1, nCtx], [-2, far], [2, nCtx + far]] as const) {
        const j = i + d;
        const c = j >= 0 && j < ids.length ? (ids[j] as number) : -1;
        if (c >= 0 && c < nCtx) add(c + off);
      }
    }
  }
  // PPMI rows, L2-normalised, kept sparse
  const random = seededRandom(SEED);
  const vecs: SparseVec[] = [];
  for (let w = 0; w < V; w++) {
    const row = rows[w] as Map<number, number>;
    let rowTotal = 0;
    for (const v of row.values()) rowTotal += v;
    const idx: number[] = [];
    const val: number[] = [];
    for (const [c, n] of row) {
      const pmi = Math.log((n * total) / (rowTotal * (ctxTotals[c] as number)));
      if (pmi <= 0) continue;
      idx.push(c);
      val.push(pmi);
    }
    let norm = 0;
    for (const v of val) norm += v * v;
    norm = Math.sqrt(norm) || 1;
    vecs.push({ idx: Int32Array.from(idx), val: Float32Array.from(val, (v) => v / norm) });
  }
  DIM = 4 * nCtx;
  console.error(`vectors ready (${((Date.now() - t0) / 1000).toFixed(1)} s)`);

  // hierarchical spherical k-means
  const ids: Int32Array[] = SPLITS.map(() => new Int32Array(V));
  let groups: number[][] = [vocab.map((_, i) => i)];
  SPLITS.forEach((k, level) => {
    const next: number[][] = [];
    let base = 0;
    for (const members of groups) {
      const parts = kmeans(vecs, members, k, random);
      for (const part of parts) {
        if (part.length === 0) continue;
        for (const m of part) (ids[level] as Int32Array)[m] = base;
        next.push(part);
        base++;
      }
    }
    groups = next;
    console.error(`level ${level + 1}: ${base} clusters (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  });
  const lines = [`# word clusters learned from ${corpus.split('/').pop() ?? corpus}: word, then ids at ${SPLITS.length} levels`];
  for (let w = 0; w < V; w++) lines.push([vocab[w], ...ids.map((a) => a[w])].join('\t'));
  writeFileSync(out, lines.join('\n') + '\n');
  console.error(`wrote ${out}`);
}

function kmeans(vecs: SparseVec[], members: number[], k: number, random: () => number): number[][] {
  const n = members.length;
  if (n <= k) return members.map((m) => [m]);
  const cent = new Float32Array(k * DIM);
  const chosen = new Set<number>();
  while (chosen.size < k) chosen.add(Math.floor(random() * n));
  [...chosen].forEach((mi, c) => {
    const v = vecs[members[mi] as number] as SparseVec;
    for (let j = 0; j < v.idx.length; j++) cent[c * DIM + (v.idx[j] as number)] = v.val[j] as number;
  });
  const assign = new Int32Array(n);
  for (let it = 0; it < ITERATIONS; it++) {
    for (let i = 0; i < n; i++) {
      const v = vecs[members[i] as number] as SparseVec;
      let best = -Infinity;
      let arg = 0;
      for (let c = 0; c < k; c++) {
        let dot = 0;
        const co = c * DIM;
        for (let j = 0; j < v.idx.length; j++) dot += (v.val[j] as number) * (cent[co + (v.idx[j] as number)] as number);
        if (dot > best) {
          best = dot;
          arg = c;
        }
      }
      assign[i] = arg;
    }
    cent.fill(0);
    for (let i = 0; i < n; i++) {
      const v = vecs[members[i] as number] as SparseVec;
      const co = (assign[i] as number) * DIM;
      for (let j = 0; j < v.idx.length; j++) cent[co + (v.idx[j] as number)] = (cent[co + (v.idx[j] as number)] as number) + (v.val[j] as number);
    }
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < DIM; d++) norm += (cent[c * DIM + d] as number) ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < DIM; d++) cent[c * DIM + d] = (cent[c * DIM + d] as number) / norm;
    }
  }
  const parts: number[][] = Array.from({ length: k }, () => []);
  for (let i = 0; i < n; i++) (parts[assign[i] as number] as number[]).push(members[i] as number);
  return parts;
}

main();
