/** CoNLL exact-span evaluation of BIO tag sequences. */

export interface SpanTag {
  type: string;
  start: number;
  end: number;
}

/** Spans of a BIO sequence (a stray I- opens a span, as conlleval does). */
export function bioSpans(tags: readonly string[]): SpanTag[] {
  const spans: SpanTag[] = [];
  let cur: SpanTag | undefined;
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i] as string;
    const type = t === 'O' ? '' : t.slice(2);
    const begins = t.startsWith('B-') || (t.startsWith('I-') && (!cur || cur.type !== type));
    if (cur && (t === 'O' || begins)) {
      cur.end = i;
      spans.push(cur);
      cur = undefined;
    }
    if (begins) cur = { type, start: i, end: i + 1 };
  }
  if (cur) {
    cur.end = tags.length;
    spans.push(cur);
  }
  return spans;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export class SpanScorer {
  readonly byType = new Map<string, Counts>();

  private counts(type: string): Counts {
    let c = this.byType.get(type);
    if (!c) {
      c = { tp: 0, fp: 0, fn: 0 };
      this.byType.set(type, c);
    }
    return c;
  }

  add(gold: readonly string[], pred: readonly string[]): void {
    const g = bioSpans(gold);
    const p = bioSpans(pred);
    const key = (s: SpanTag) => `${s.type}:${s.start}:${s.end}`;
    const gset = new Set(g.map(key));
    const pset = new Set(p.map(key));
    for (const s of p) {
      if (gset.has(key(s))) this.counts(s.type).tp++;
      else this.counts(s.type).fp++;
    }
    for (const s of g) if (!pset.has(key(s))) this.counts(s.type).fn++;
  }

  static prf(c: Counts): Prf {
    const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
    const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { precision, recall, f1, support: c.tp + c.fn };
  }

  micro(): Prf {
    const total: Counts = { tp: 0, fp: 0, fn: 0 };
    for (const c of this.byType.values()) {
      total.tp += c.tp;
      total.fp += c.fp;
      total.fn += c.fn;
    }
    return SpanScorer.prf(total);
  }

  /** A printable table: one row per type, then the micro average. */
  report(): string {
    const pct = (x: number) => (100 * x).toFixed(2).padStart(6);
    const rows = ['type     P       R       F1     support'];
    for (const type of [...this.byType.keys()].sort()) {
      const r = SpanScorer.prf(this.byType.get(type) as Counts);
      rows.push(`${type.padEnd(6)} ${pct(r.precision)}  ${pct(r.recall)}  ${pct(r.f1)}  ${String(r.support).padStart(6)}`);
    }
    const m = this.micro();
    rows.push(`${'micro'.padEnd(6)} ${pct(m.precision)}  ${pct(m.recall)}  ${pct(m.f1)}  ${String(m.support).padStart(6)}`);
    return rows.join('\n');
  }
}
