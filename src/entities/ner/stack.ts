import { normaliseString } from '../../text/normalise/normalise.js';
import { stripClitics } from './affixes.js';
import { fnv1a } from './features.js';
import { bioSpans } from './metrics.js';

/**
 * Document features for the second pass (stacking): what the first pass said
 * about the same word elsewhere in the document, and its own first-pass tags.
 * Returns, per sentence and token, feature hashes.
 */
export function stackFeatures(sentences: readonly (readonly string[])[], first: readonly (readonly string[])[]): number[][][] {
  const keys = sentences.map((ws) => ws.map((w) => stripClitics(normaliseString(w)).base));
  const votes = new Map<string, Map<string, number>>();
  const surnames = new Set<string>();
  sentences.forEach((_, si) => {
    const ks = keys[si] as string[];
    for (const s of bioSpans(first[si] as string[])) {
      for (let i = s.start; i < s.end; i++) {
        const k = ks[i] as string;
        let m = votes.get(k);
        if (!m) votes.set(k, (m = new Map()));
        const pt = `${i === s.start ? 'B' : 'I'}-${s.type}`;
        m.set(pt, (m.get(pt) ?? 0) + 1);
      }
      if (s.type === 'PER' && s.end - s.start > 1) surnames.add(ks[s.end - 1] as string);
    }
  });
  return sentences.map((ws, si) => {
    const ks = keys[si] as string[];
    const tags = first[si] as readonly string[];
    return ws.map((_, i) => {
      const k = ks[i] as string;
      const own = tags[i] ?? 'O';
      const out = [fnv1a(`s1=${own}`), fnv1a(`s1p=${tags[i - 1] ?? '<s>'}`), fnv1a(`s1n=${tags[i + 1] ?? '</s>'}`)];
      const m = votes.get(k);
      if (m && k.length >= 2) {
        for (const [pt, c] of m) {
          const n = c - (pt === own ? 1 : 0);
          if (n > 0) out.push(fnv1a(`dv=${pt}`), fnv1a(`dv=${pt}|${n > 1 ? 'n' : '1'}`));
        }
      }
      if (surnames.has(k) && !own.endsWith('PER')) out.push(fnv1a('dsur'));
      return out;
    });
  });
}
