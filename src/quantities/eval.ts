/**
 * Measures the quantities-and-times stage on the hand-annotated gold
 * excerpts (src/quantities/gold/*.json, see gold/GUIDELINE.md):
 *   npm run eval:quantities [-- --set dev|heldout] [--verbose]
 * For quantities, times and both together: span precision, recall and F1
 * with exact offsets and with overlap; the share of exactly matched spans
 * whose value (and kind and unit, for quantities) is right; per kind.
 * The stage runs through a real pipeline (normalise → quantities-times)
 * with each excerpt's article date.
 */
import { readFileSync } from 'node:fs';
import { Pipeline } from '../core/pipeline.js';
import type { Quantity, TimeExpr } from '../core/types.js';
import { normaliseStage } from '../text/stages.js';
import type { GoldExcerpt, GoldSet } from './gold/types.js';
import { quantitiesAndTimesStage } from './stage.js';

interface Item {
  start: number;
  end: number;
  kind: string;
  /** What must agree on an exactly matched span. */
  key: string;
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  ltp: number;
  lfp: number;
  lfn: number;
  valueOk: number;
  errors: string[];
}

const newTally = (): Tally => ({ tp: 0, fp: 0, fn: 0, ltp: 0, lfp: 0, lfn: 0, valueOk: 0, errors: [] });

function qKey(q: { kind: string; value: number | null; unit: string | null }): string {
  const v = q.value === null ? 'null' : String(Math.round(q.value * 1e6) / 1e6);
  return `${q.kind} ${v} ${q.unit ?? '-'}`;
}

const overlaps = (a: Item, b: Item): boolean => a.start < b.end && b.start < a.end;

/** Scores one excerpt's items into the tallies (overall and per gold/system kind). */
function score(text: string, gold: Item[], sys: Item[], t: Tally, perKind: Map<string, Tally>, label: string): void {
  const kindT = (k: string): Tally => {
    let x = perKind.get(k);
    if (!x) perKind.set(k, (x = newTally()));
    return x;
  };
  const ctx = (it: Item): string => `${text.slice(Math.max(0, it.start - 20), it.start)}[${text.slice(it.start, it.end)}]${text.slice(it.end, it.end + 20)}`.replace(/\s+/g, ' ');
  const usedS = new Set<number>();
  for (const g of gold) {
    const k = sys.findIndex((s, i) => !usedS.has(i) && s.start === g.start && s.end === g.end);
    if (k >= 0) {
      usedS.add(k);
      t.tp++;
      kindT(g.kind).tp++;
      const s = sys[k] as Item;
      if (s.key === g.key) {
        t.valueOk++;
        kindT(g.kind).valueOk++;
      } else t.errors.push(`${label} VALUE  gold ${g.key} ≠ sys ${s.key}  ${ctx(g)}`);
    } else {
      t.fn++;
      kindT(g.kind).fn++;
      const near = sys.find((s) => overlaps(s, g));
      t.errors.push(`${label} MISS   ${g.key}  ${ctx(g)}${near ? `  (sys «${text.slice(near.start, near.end)}» ${near.key})` : ''}`);
    }
  }
  sys.forEach((s, i) => {
    if (usedS.has(i)) return;
    t.fp++;
    kindT(s.kind).fp++;
    if (!gold.some((g) => overlaps(g, s))) t.errors.push(`${label} EXTRA  ${s.key}  ${ctx(s)}`);
  });
  // Lenient: a gold item is found when some system item overlaps it (one-to-one, greedy).
  const usedL = new Set<number>();
  for (const g of gold) {
    const k = sys.findIndex((s, i) => !usedL.has(i) && overlaps(s, g));
    if (k >= 0) {
      usedL.add(k);
      t.ltp++;
    } else t.lfn++;
  }
  t.lfp += sys.length - usedL.size;
}

const pct = (a: number, b: number): string => (b === 0 ? '   -  ' : ((100 * a) / b).toFixed(1).padStart(6));
function prf(tp: number, fp: number, fn: number): [string, string, string] {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return [(100 * p).toFixed(1).padStart(6), (100 * r).toFixed(1).padStart(6), (100 * f).toFixed(1).padStart(6)];
}

export interface EvalResult {
  quantities: Tally;
  times: Tally;
  combined: Tally;
  perKind: Map<string, Tally>;
}

const pipeline = Pipeline.build([normaliseStage, quantitiesAndTimesStage]);

export function evaluate(excerpts: GoldExcerpt[]): EvalResult {
  const r: EvalResult = { quantities: newTally(), times: newTally(), combined: newTally(), perKind: new Map() };
  for (const ex of excerpts) {
    const doc = pipeline.run({ text: ex.text, date: ex.date });
    const sq = ((doc.layers.quantities ?? []) as Quantity[]).map((q) => ({ start: q.start, end: q.end, kind: q.kind, key: qKey(q) }));
    const st = ((doc.layers.times ?? []) as TimeExpr[]).map((t) => ({ start: t.start, end: t.end, kind: 'time', key: `time ${t.value}` }));
    const gq = ex.quantities.map((q) => ({ start: q.start, end: q.end, kind: q.kind, key: qKey(q) }));
    const gt = ex.times.map((t) => ({ start: t.start, end: t.end, kind: 'time', key: `time ${t.value}` }));
    score(ex.text, gq, sq, r.quantities, r.perKind, `${ex.id} Q`);
    score(ex.text, gt, st, r.times, new Map(), `${ex.id} T`);
    score(ex.text, [...gq, ...gt], [...sq, ...st], r.combined, new Map(), `${ex.id} *`);
  }
  return r;
}

function report(name: string, r: EvalResult, verbose: boolean): void {
  console.log(`\n== ${name}`);
  console.log('               gold   sys |  exact P     R    F1 | overlap P    R    F1 | value acc (exact)');
  const row = (label: string, t: Tally): void => {
    const [p, rr, f] = prf(t.tp, t.fp, t.fn);
    const [lp, lr, lf] = prf(t.ltp, t.lfp, t.lfn);
    const gold = t.tp + t.fn;
    const sys = t.tp + t.fp;
    console.log(`${label.padEnd(12)} ${String(gold).padStart(6)} ${String(sys).padStart(5)} | ${p}${rr}${f} | ${lp}${lr}${lf} | ${pct(t.valueOk, t.tp)} (${t.valueOk}/${t.tp})`);
  };
  row('quantities', r.quantities);
  row('times', r.times);
  row('combined', r.combined);
  for (const k of ['money', 'count', 'percent', 'duration', 'measure', 'ordinal']) {
    const t = r.perKind.get(k);
    if (t) {
      const [p, rr, f] = prf(t.tp, t.fp, t.fn);
      console.log(`  ${k.padEnd(10)} ${String(t.tp + t.fn).padStart(6)} ${String(t.tp + t.fp).padStart(5)} | ${p}${rr}${f} |                      | ${pct(t.valueOk, t.tp)} (${t.valueOk}/${t.tp})`);
    }
  }
  if (verbose) {
    for (const e of [...r.quantities.errors, ...r.times.errors]) console.log('  ' + e);
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose');
  const si = args.indexOf('--set');
  const sets = si >= 0 && args[si + 1] ? [args[si + 1] as string] : ['dev', 'heldout'];
  for (const set of sets) {
    const g = JSON.parse(readFileSync(new URL(`./gold/${set}.json`, import.meta.url), 'utf8')) as GoldSet;
    const nq = g.excerpts.reduce((s, e) => s + e.quantities.length, 0);
    const nt = g.excerpts.reduce((s, e) => s + e.times.length, 0);
    report(`${set}: ${g.excerpts.length} excerpts, ${new Set(g.excerpts.map((e) => e.source)).size} outlets, ${nq} quantities, ${nt} times`, evaluate(g.excerpts), verbose);
  }
}
