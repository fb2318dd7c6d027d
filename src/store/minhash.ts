/**
 * MinHash signatures over word shingles and LSH banding, for near-duplicate
 * and same-story clusters across outlets.
 */

export const MINHASH_SIZE = 126;
/** Shingle length in (folded) words. */
export const SHINGLE = 3;
/** LSH: bands × rows = MINHASH_SIZE. */
export const LSH_BANDS = 42;
export const LSH_ROWS = 3;

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const SEEDS = (() => {
  const out = new Uint32Array(MINHASH_SIZE);
  let x = 0x9e3779b9;
  for (let i = 0; i < MINHASH_SIZE; i++) {
    x = fmix32(x + 0x6d2b79f5 + i);
    out[i] = x;
  }
  return out;
})();

/** Hashes of the distinct word shingles of a term sequence. */
export function shingleHashes(terms: readonly string[], k = SHINGLE): Uint32Array {
  const set = new Set<number>();
  if (terms.length === 0) return new Uint32Array(0);
  if (terms.length < k) {
    set.add(fnv1a(terms.join(' ')));
  } else {
    for (let i = 0; i + k <= terms.length; i++) set.add(fnv1a(terms.slice(i, i + k).join(' ')));
  }
  return Uint32Array.from(set);
}

/** The MinHash signature of a set of shingle hashes (all 0xffffffff when empty). */
export function minhash(shingles: Uint32Array): Uint32Array {
  const sig = new Uint32Array(MINHASH_SIZE).fill(0xffffffff);
  for (let j = 0; j < shingles.length; j++) {
    const x = shingles[j] as number;
    for (let i = 0; i < MINHASH_SIZE; i++) {
      const h = fmix32(x ^ (SEEDS[i] as number));
      if (h < (sig[i] as number)) sig[i] = h;
    }
  }
  return sig;
}

export function signatureOf(terms: readonly string[]): Uint32Array {
  return minhash(shingleHashes(terms));
}

function isEmpty(sig: Uint32Array): boolean {
  for (let i = 0; i < sig.length; i++) if (sig[i] !== 0xffffffff) return false;
  return true;
}

/** Estimated Jaccard similarity of two signatures. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let same = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++;
  return same / n;
}

export interface Cluster {
  /** Indices into the input array, in input order. */
  members: number[];
  /** For each member, its best similarity to another member. */
  best: number[];
  /** The weakest link that joined the cluster. */
  minLink: number;
}

/**
 * Clusters signatures: candidate pairs from LSH buckets (buckets larger than
 * `maxBucket` are boilerplate and skipped), verified by estimated Jaccard ≥
 * `threshold` (and by `allow`, when given), joined transitively.
 */
export function clusterSignatures(
  sigs: readonly Uint32Array[], threshold: number, maxBucket = 200, allow?: (i: number, j: number) => boolean,
): Cluster[] {
  const n = sigs.length;
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const minLink = new Float64Array(n).fill(1);
  const best = new Float64Array(n);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      const p = parent[x] as number;
      parent[x] = parent[p] as number;
      x = p;
    }
    return x;
  };
  const seen = new Set<number>();
  for (let b = 0; b < LSH_BANDS; b++) {
    const buckets = new Map<string, number[]>();
    for (let i = 0; i < n; i++) {
      const sig = sigs[i] as Uint32Array;
      if (sig.length < MINHASH_SIZE || isEmpty(sig)) continue;
      let key = '';
      for (let r = 0; r < LSH_ROWS; r++) key += (sig[b * LSH_ROWS + r] as number).toString(36) + ',';
      const list = buckets.get(key);
      if (list) list.push(i);
      else buckets.set(key, [i]);
    }
    for (const list of buckets.values()) {
      if (list.length < 2 || list.length > maxBucket) continue;
      for (let x = 0; x < list.length; x++) {
        for (let y = x + 1; y < list.length; y++) {
          const i = list[x] as number;
          const j = list[y] as number;
          const pairKey = i * n + j;
          if (seen.has(pairKey)) continue;
          seen.add(pairKey);
          const s = similarity(sigs[i] as Uint32Array, sigs[j] as Uint32Array);
          if (s < threshold || (allow !== undefined && !allow(i, j))) continue;
          if (s > (best[i] as number)) best[i] = s;
          if (s > (best[j] as number)) best[j] = s;
          const ri = find(i);
          const rj = find(j);
          if (ri !== rj) {
            const m = Math.min(minLink[ri] as number, minLink[rj] as number, s);
            parent[rj] = ri;
            minLink[ri] = m;
          }
        }
      }
    }
  }
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const r = find(i);
    const g = groups.get(r);
    if (g) g.push(i);
    else groups.set(r, [i]);
  }
  const out: Cluster[] = [];
  for (const [root, members] of groups) {
    if (members.length < 2) continue;
    out.push({ members, best: members.map((m) => best[m] as number), minLink: minLink[root] as number });
  }
  return out;
}
