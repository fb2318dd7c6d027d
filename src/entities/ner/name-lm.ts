import { normaliseString } from '../../text/normalise/normalise.js';
import { stripClitics } from './affixes.js';

/**
 * Two letter n-gram models, one over word stems that occur inside names and
 * one over stems that occur outside them. Their log-odds per letter says how
 * name-like an unseen word looks — transliterated foreign names (ناكامورا،
 * أندرلخت، فينغر) have letter sequences that Arabic words rarely have, which
 * fixed suffix features see only in part.
 */
export interface NameLM {
  order: number;
  /** n-gram (with ^ and $ as word boundaries) → [count in names, count in other words]. */
  counts: Map<string, [number, number]>;
  /** Per class: total letters, for the unigram level. */
  totals: [number, number];
}

const ORDER = 4;

/** Letters only: a stem worth scoring. */
const WORD = /^[\u0621-\u064A]{3,}$/;

export function nameStem(raw: string): string | undefined {
  const stem = stripClitics(normaliseString(raw)).stem;
  return WORD.test(stem) ? stem : undefined;
}

/** Builds the model from the distinct stems of each class (types, not tokens: unseen words are what it is for). */
export function buildNameLM(names: Iterable<string>, others: Iterable<string>, order = ORDER): NameLM {
  const counts = new Map<string, [number, number]>();
  const totals: [number, number] = [0, 0];
  const add = (stems: Iterable<string>, k: 0 | 1) => {
    for (const s of stems) {
      const w = `^${s}$`;
      for (let i = 1; i < w.length; i++) {
        totals[k]++;
        for (let n = 1; n <= order && i - n + 1 >= 0; n++) {
          const g = w.slice(i - n + 1, i + 1);
          let c = counts.get(g);
          if (!c) counts.set(g, (c = [0, 0]));
          c[k]++;
          // the history itself, for the conditional's denominator
          if (n > 1) {
            const h = `${w.slice(i - n + 1, i)}\u0001`;
            let ch = counts.get(h);
            if (!ch) counts.set(h, (ch = [0, 0]));
            ch[k]++;
          }
        }
      }
    }
  };
  add(new Set(names), 0);
  add(new Set(others), 1);
  return { order, counts, totals };
}

/** Interpolated (fixed weights, add-one at the bottom) log-probability of a stem under one class. */
function logProb(lm: NameLM, w: string, k: 0 | 1): number {
  let lp = 0;
  const total = lm.totals[k];
  for (let i = 1; i < w.length; i++) {
    const c1 = lm.counts.get(w[i] as string)?.[k] ?? 0;
    let p = (c1 + 1) / (total + 40);
    for (let n = 2; n <= lm.order && i - n + 1 >= 0; n++) {
      const hist = lm.counts.get(`${w.slice(i - n + 1, i)}\u0001`)?.[k] ?? 0;
      if (hist === 0) break;
      const cg = lm.counts.get(w.slice(i - n + 1, i + 1))?.[k] ?? 0;
      const lambda = hist / (hist + 3);
      p = lambda * (cg / hist) + (1 - lambda) * p;
    }
    lp += Math.log(p);
  }
  return lp;
}

/** Log-odds per letter that a stem is part of a name; undefined for words not worth scoring. */
export function nameScore(lm: NameLM, stem: string): number {
  const w = `^${stem}$`;
  return (logProb(lm, w, 0) - logProb(lm, w, 1)) / (w.length - 1);
}

/** The score in coarse bins, as a feature value. */
export function nameBin(lm: NameLM, stem: string): number {
  const s = nameScore(lm, stem);
  return Math.max(-4, Math.min(4, Math.round(s * 4)));
}

/** `ngram<TAB>in names<TAB>elsewhere` lines after a header line of the totals; histories end in U+0001, written as `\u0001`. */
export function serialiseNameLM(lm: NameLM): string {
  const lines = [`#order\t${lm.order}\t${lm.totals[0]}\t${lm.totals[1]}`];
  const keys = [...lm.counts.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const k of keys) {
    const [a, b] = lm.counts.get(k) as [number, number];
    lines.push(`${k.replace('\u0001', '\\u0001')}\t${a}\t${b}`);
  }
  return lines.join('\n') + '\n';
}

export function parseNameLM(text: string): NameLM {
  const lines = text.split('\n');
  const head = (lines[0] ?? '').split('\t');
  if (head[0] !== '#order' || head.length !== 4) throw new Error('not a name letter-model file (no #order header)');
  const counts = new Map<string, [number, number]>();
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.length === 0) continue;
    const [k, a, b] = line.split('\t');
    if (k === undefined || a === undefined || b === undefined) throw new Error(`line ${i + 1}: expected three fields`);
    counts.set(k.replace('\\u0001', '\u0001'), [Number(a), Number(b)]);
  }
  return { order: Number(head[1]), counts, totals: [Number(head[2]), Number(head[3])] };
}
