import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clusterSignatures, shingleHashes, signatureOf, similarity } from './minhash.js';

function words(n: number, seed: number): string[] {
  const out: string[] = [];
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out.push(`w${x % 5000}`);
  }
  return out;
}

function jaccard(a: string[], b: string[]): number {
  const sa = new Set(shingleHashes(a));
  const sb = new Set(shingleHashes(b));
  let inter = 0;
  for (const x of sa) if (sb.has(x)) inter++;
  return inter / (sa.size + sb.size - inter);
}

describe('MinHash', () => {
  it('estimates Jaccard similarity of word shingles', () => {
    const a = words(300, 1);
    const b = [...a.slice(0, 200), ...words(100, 2)];
    const est = similarity(signatureOf(a), signatureOf(b));
    const exact = jaccard(a, b);
    assert.ok(Math.abs(est - exact) < 0.12, `estimate ${est} vs exact ${exact}`);
    assert.equal(similarity(signatureOf(a), signatureOf(a)), 1);
    assert.ok(similarity(signatureOf(a), signatureOf(words(300, 3))) < 0.05);
  });

  it('clusters near-duplicates and leaves the rest alone', () => {
    const base = words(200, 7);
    const docs = [
      base,
      [...base.slice(0, 190), 'x1', 'x2', ...base.slice(190)],
      words(200, 8),
      [...base.slice(0, 120), ...words(80, 9)],
      words(200, 10),
    ];
    const clusters = clusterSignatures(docs.map(signatureOf), 0.3);
    assert.equal(clusters.length, 1);
    assert.deepEqual(clusters[0]?.members, [0, 1, 3]);
    const strict = clusterSignatures(docs.map(signatureOf), 0.8);
    assert.deepEqual(strict.map((c) => c.members), [[0, 1]]);
    assert.ok((strict[0]?.minLink ?? 0) >= 0.8);
  });

  it('ignores empty documents', () => {
    assert.deepEqual(clusterSignatures([signatureOf([]), signatureOf([])], 0.3), []);
  });
});
