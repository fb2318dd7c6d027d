/**
 * Trains and cross-validates the learned parts of the attributions stage on
 * the dev gold sets (src/attributions/gold/dev*.json), through the project's
 * own tokenizer, tagger and linker.
 *
 *   npx tsx src/attributions/train.ts [--force] [--verbose] [--sets dev,dev2,…]
 *
 * 1. The source chooser (src/attributions/source-model.ts). Each attribution
 *    the rules find whose cue matches a gold cue gives one ranking item: its
 *    candidates, labelled right when they name the gold speaker (the
 *    scorer's sameReferent). An averaged perceptron learns to put a right
 *    candidate first; it replaces the rules' source only by a margin.
 * 2. The cue classifier (src/attributions/cue-model.ts), measured only: the
 *    lexicon's verb forms the rules left aside are candidates, labelled by a
 *    gold cue the rules missed; the accepted ones take their source from a
 *    ranker trained without the rules' choice.
 *
 * Both are scored by leave-one-set-out cross-validation over the dev sets,
 * nested for the settings (epochs, margin or threshold are chosen on the
 * other sets only), as the pooled cue+source F1 of the rules with and
 * without the learned part. The source chooser is then trained on every dev
 * set and written to data/attributions/source-model.json (with its manifest
 * entry) only when its cross-validated F1 is above the rules' (or with
 * --force); otherwise the file is removed and the detector keeps the rules.
 * `--sets` cross-validates over the named sets instead of the dev sets and
 * writes nothing. Deterministic: seeded shuffles, fixed feature order.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Attribution, Span } from '../core/types.js';
import { seededRandom, shuffleInPlace } from '../core/random.js';
import { dataPath } from '../resources/data-files.js';
import { detectAttributions } from './detect.js';
import { loadGold, sameReferent, withEntities, type Analyse } from './eval.js';
import { resolveDescription } from '../entities/link/stage.js';
import { cueLexicon } from './lexicon.js';
import { cueCandidates } from './cue-model.js';
import {
  best, choose, setSourceModelEnabled, SourceContext, scoreFeatures, SOURCE_MODEL_FILE, withoutRuleFeatures,
  type SourceCandidate, type SourceWeights,
} from './source-model.js';

export const DEV_SETS = ['dev', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'dev11', 'dev12', 'dev13', 'dev14', 'dev15', 'dev16', 'dev17', 'dev18', 'dev19', 'dev20', 'dev21', 'dev22', 'dev23', 'dev24', 'dev25', 'dev26', 'dev27', 'dev28', 'dev29', 'dev30', 'dev31', 'dev32', 'dev33', 'dev34', 'dev35', 'dev36', 'dev37', 'dev38', 'dev39', 'dev40', 'dev41', 'dev42', 'dev43', 'dev44', 'dev45', 'dev46', 'dev47', 'dev48', 'dev49', 'dev50', 'dev51', 'dev52', 'dev53', 'dev54', 'dev55', 'dev56', 'dev57', 'dev58', 'dev59', 'dev60', 'dev61', 'dev62', 'dev63', 'dev64', 'dev65', 'dev66', 'dev67', 'dev68', 'dev69', 'dev70', 'dev71', 'dev72', 'dev73', 'dev74', 'dev75', 'dev76', 'dev77'];

/** One matched attribution: its candidates and which of them name the gold speaker. */
export interface Item {
  set: string;
  cands: SourceCandidate[];
  labels: number[];
}

/** A lexicon verb form the rules left aside: is it a missed gold cue, and which of its source candidates are right. */
export interface CueItem {
  set: string;
  features: string[];
  y: number;
  sources: SourceCandidate[];
  sourceLabels: number[];
}

export interface SetData {
  set: string;
  gold: number;
  system: number;
  items: Item[];
  cues: CueItem[];
}

const overlaps = (a: Partial<Span>, b: Partial<Span>): boolean =>
  a.start !== undefined && a.end !== undefined && b.start !== undefined && b.end !== undefined && a.start < b.end && b.start < a.end;

/** Runs the rules (model off) over a gold set and pairs system cues with gold ones as the scorer does. */
export function buildSet(set: string, analyse: Analyse): SetData {
  const lex = cueLexicon();
  const data: SetData = { set, gold: 0, system: 0, items: [], cues: [] };
  const prev = setSourceModelEnabled(false);
  try {
    for (const ex of loadGold(set)) {
      const { tokens, entities } = analyse(ex.text);
      const sys = detectAttributions({
        text: ex.text, tokens, entities,
        ...(entities.length > 0 && { resolveDescription: (sp: Span) => resolveDescription(entities, tokens, sp.start)?.id }),
      }, lex);
      data.gold += ex.attributions.length;
      data.system += sys.length;
      const ctx = new SourceContext(ex.text, tokens, entities, lex);
      const used = new Set<number>();
      const missed: typeof ex.attributions = [];
      for (const g of ex.attributions) {
        const k = sys.findIndex((a, i) => !used.has(i) && overlaps(a.cue, g.cue));
        if (k < 0) {
          missed.push(g);
          continue;
        }
        used.add(k);
        const a = sys[k] as Attribution;
        const cands = ctx.candidates(a, sys[k - 1]);
        const labels = cands.map((c) => {
          const s = c.source;
          if (g.source.start === undefined) return s.start === undefined || s.kind === g.source.kind ? 1 : 0;
          return sameReferent(ex.text, entities, s, g.source) ? 1 : 0;
        });
        data.items.push({ set, cands, labels });
      }
      for (const c of cueCandidates(tokens, entities, sys, lex)) {
        const g = missed.find((x) => overlaps(c.cue, x.cue));
        const previous = [...sys].reverse().find((a) => a.cue.start < c.cue.start);
        const pseudo: Attribution = { id: '', cue: c.cue, source: { kind: 'named' }, content: c.cue, stance: 'assert' };
        const sources = ctx.candidates(pseudo, previous).slice(1).map(withoutRuleFeatures);
        const sourceLabels = sources.map((x) => (g && g.source.start !== undefined && sameReferent(ex.text, entities, x.source, g.source) ? 1 : 0));
        data.cues.push({ set, features: c.features, y: g ? 1 : 0, sources, sourceLabels });
      }
    }
  } finally {
    setSourceModelEnabled(prev);
  }
  return data;
}

export interface Settings { epochs: number; margin: number }

/**
 * Weights of an averaged perceptron, averaged lazily: each weight keeps the
 * sum of its past values and the step it last changed at, so an update costs
 * only the features it touches.
 */
class AveragedWeights {
  readonly w: Record<string, number> = {};
  private readonly acc: Record<string, number> = {};
  private readonly stamp: Record<string, number> = {};
  private t = 0;

  tick(): void {
    this.t++;
  }

  bump(f: string, d: number): void {
    const { w, acc, stamp, t } = this;
    acc[f] = (acc[f] ?? 0) + (t - (stamp[f] ?? 0)) * (w[f] ?? 0);
    stamp[f] = t;
    w[f] = (w[f] ?? 0) + d;
  }

  /** The averaged weights, rounded to four decimals, zeros left out. */
  averaged(): Record<string, number> {
    const t = this.t + 1;
    const out: Record<string, number> = {};
    for (const f of Object.keys(this.w).sort()) {
      const total = (this.acc[f] ?? 0) + (t - (this.stamp[f] ?? 0)) * (this.w[f] ?? 0);
      const v = Math.round((total / t) * 1e4) / 1e4;
      if (v !== 0) out[f] = v;
    }
    return out;
  }
}

/** Averaged perceptron ranking: push a right candidate above the best-scoring wrong one. */
export function train(items: readonly Item[], s: Settings, seed = 11): SourceWeights {
  const aw = new AveragedWeights();
  const w = aw.w;
  const order = items.map((_, i) => i);
  const rand = seededRandom(seed);
  for (let ep = 0; ep < s.epochs; ep++) {
    shuffleInPlace(order, rand);
    for (const i of order) {
      const it = items[i] as Item;
      aw.tick();
      if (!it.labels.some((y) => y === 1) || it.cands.length < 2) continue;
      let pred = 0;
      let predScore = -Infinity;
      let gold = -1;
      let goldScore = -Infinity;
      it.cands.forEach((c, k) => {
        // Ties go to the rules' source (index 0), as in decoding.
        const sc = scoreFeatures(w, c.features);
        if (sc > predScore) {
          predScore = sc;
          pred = k;
        }
        if (it.labels[k] === 1 && sc > goldScore) {
          goldScore = sc;
          gold = k;
        }
      });
      if (it.labels[pred] === 1) continue;
      for (const f of (it.cands[gold] as SourceCandidate).features) aw.bump(f, 1);
      for (const f of (it.cands[pred] as SourceCandidate).features) aw.bump(f, -1);
    }
  }
  return { version: 1, margin: s.margin, weights: aw.averaged() };
}

/** Averaged binary perceptron (a `bias` feature on every example). */
export function trainBinary(examples: readonly { features: string[]; y: number }[], epochs: number, seed = 13): Record<string, number> {
  const aw = new AveragedWeights();
  const w = aw.w;
  const order = examples.map((_, i) => i);
  const rand = seededRandom(seed);
  for (let ep = 0; ep < epochs; ep++) {
    shuffleInPlace(order, rand);
    for (const i of order) {
      aw.tick();
      const ex = examples[i] as { features: string[]; y: number };
      const yy = ex.y === 1 ? 1 : -1;
      if (yy * ((w['bias'] ?? 0) + scoreFeatures(w, ex.features)) > 0) continue;
      aw.bump('bias', yy);
      for (const f of ex.features) aw.bump(f, yy);
    }
  }
  return aw.averaged();
}

/** Items whose chosen candidate names the gold speaker. */
export function correct(items: readonly Item[], w?: SourceWeights): number {
  let n = 0;
  for (const it of items) n += it.labels[w ? choose(it.cands, w) : 0] ?? 0;
  return n;
}

const GRID: Settings[] = [];
for (const epochs of [3, 6, 12]) for (const margin of [0, 0.5, 1, 2]) GRID.push({ epochs, margin });

/** Leave-one-set-out: items right per held-out set, with a fixed setting. */
function cvCorrect(sets: readonly SetData[], s: Settings): number {
  let n = 0;
  for (const held of sets) {
    const w = train(sets.filter((x) => x !== held).flatMap((x) => x.items), s);
    n += correct(held.items, w);
  }
  return n;
}

function bestSetting(sets: readonly SetData[]): Settings {
  let best = GRID[0] as Settings;
  let top = -1;
  for (const s of GRID) {
    const n = cvCorrect(sets, s);
    if (n > top) {
      top = n;
      best = s;
    }
  }
  return best;
}

const f1 = (right: number, gold: number, system: number) => (gold + system > 0 ? (200 * right) / (gold + system) : 0);

/** Cue classifier settings: perceptron epochs and the score an accepted cue must pass. */
export interface CueSettings { epochs: number; threshold: number }

const CUE_GRID: CueSettings[] = [];
for (const epochs of [3, 6, 12]) for (const threshold of [0, 1, 2, 4]) CUE_GRID.push({ epochs, threshold });

/** Cues added on `held` by a classifier trained on `train`: how many, how many match a missed gold cue, how many with the right source. */
export function addedCues(train: readonly SetData[], held: SetData, s: CueSettings): { added: number; cue: number; right: number } {
  const w = trainBinary(train.flatMap((x) => x.cues), s.epochs);
  const ranker = train_(train.flatMap((x) => x.items.map((it) => ({ ...it, cands: it.cands.map(withoutRuleFeatures) }))));
  const r = { added: 0, cue: 0, right: 0 };
  for (const c of held.cues) {
    if ((w['bias'] ?? 0) + scoreFeatures(w, c.features) <= s.threshold) continue;
    r.added++;
    r.cue += c.y;
    if (c.sources.length > 0) r.right += c.sourceLabels[best(c.sources, ranker)] ?? 0;
  }
  return r;
}

const train_ = (items: readonly Item[]) => train(items, { epochs: 6, margin: 0 }).weights;

function bestCueSetting(sets: readonly SetData[]): CueSettings {
  let top = -Infinity;
  let pick = CUE_GRID[0] as CueSettings;
  const gold = sets.reduce((a, x) => a + x.gold, 0);
  const system = sets.reduce((a, x) => a + x.system, 0);
  const base = sets.reduce((a, x) => a + correct(x.items), 0);
  for (const s of CUE_GRID) {
    let added = 0;
    let right = 0;
    for (const held of sets) {
      const r = addedCues(sets.filter((x) => x !== held), held, s);
      added += r.added;
      right += r.right;
    }
    const f = f1(base + right, gold, system + added);
    if (f > top) {
      top = f;
      pick = s;
    }
  }
  return pick;
}

function main(): void {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose') || args.includes('-v');
  const analyse = withEntities();
  const setsArg = args.indexOf('--sets');
  const names = setsArg >= 0 && args[setsArg + 1] ? (args[setsArg + 1] as string).split(',') : DEV_SETS;
  const sets = names.map((s) => buildSet(s, analyse));
  const items = sets.flatMap((s) => s.items);
  const gold = sets.reduce((a, x) => a + x.gold, 0);
  const system = sets.reduce((a, x) => a + x.system, 0);
  console.log(`${items.length} matched attributions in ${sets.length} sets (${gold} gold, ${system} system); ${items.filter((it) => it.labels.some((y) => y === 1)).length} with a right candidate, rules right on ${correct(items)}`);

  console.log('1. source chooser, leave-one-set-out (settings chosen on the other sets):');
  let rules = 0;
  let model = 0;
  for (const held of sets) {
    const rest = sets.filter((x) => x !== held);
    const s = bestSetting(rest);
    const w = train(rest.flatMap((x) => x.items), s);
    const r = correct(held.items);
    const m = correct(held.items, w);
    rules += r;
    model += m;
    console.log(`  ${held.set.padEnd(5)} (epochs ${s.epochs}, margin ${s.margin}): cue+source F1 rules ${f1(r, held.gold, held.system).toFixed(1)} → model ${f1(m, held.gold, held.system).toFixed(1)}  (${r} → ${m} right of ${held.items.length} matched)`);
  }
  const cvRules = f1(rules, gold, system);
  const cvModel = f1(model, gold, system);
  console.log(`  pooled: cue+source F1 rules ${cvRules.toFixed(1)} → with the source chooser ${cvModel.toFixed(1)} (${rules} → ${model} right)`);
  let alone = 0;
  for (const held of sets) {
    const w = train_(sets.filter((x) => x !== held).flatMap((x) => x.items.map((it) => ({ ...it, cands: it.cands.map(withoutRuleFeatures) }))));
    for (const it of held.items) alone += it.labels[best(it.cands.map(withoutRuleFeatures), w)] ?? 0;
  }
  console.log(`  (the ranker alone, without the rules' choice as a feature: ${alone} right, cue+source F1 ${f1(alone, gold, system).toFixed(1)})`);

  const cands = sets.reduce((a, x) => a + x.cues.length, 0);
  const pos = sets.reduce((a, x) => a + x.cues.filter((c) => c.y === 1).length, 0);
  console.log(`2. cue classifier: ${cands} lexicon verb forms the rules left aside, ${pos} of them missed gold cues; leave-one-set-out (settings chosen on the other sets):`);
  let added = 0;
  let addedCue = 0;
  let addedRight = 0;
  for (const held of sets) {
    const rest = sets.filter((x) => x !== held);
    const s = bestCueSetting(rest);
    const r = addedCues(rest, held, s);
    added += r.added;
    addedCue += r.cue;
    addedRight += r.right;
    if (verbose) console.log(`  ${held.set.padEnd(5)} (epochs ${s.epochs}, threshold ${s.threshold}): ${r.added} added, ${r.cue} right cues, ${r.right} with the right source`);
  }
  console.log(`  pooled: ${added} cues added, ${addedCue} right, ${addedRight} with the right source; cue+source F1 rules ${cvRules.toFixed(1)} → with the cue classifier ${f1(rules + addedRight, gold, system + added).toFixed(1)}`);

  const s = bestSetting(sets);
  const w = train(items, s);
  console.log(`source chooser trained on all dev sets (epochs ${s.epochs}, margin ${s.margin}): right on ${correct(items, w)} of the training items (rules ${correct(items)}); ${Object.keys(w.weights).length} weights`);
  if (verbose) {
    for (const [f, v] of Object.entries(w.weights).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1])).slice(0, 30)) console.log(`    ${v.toFixed(3).padStart(8)} ${f}`);
  }
  const manifestPath = dataPath('attributions/manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { files: Record<string, unknown> };
  const file = dataPath(SOURCE_MODEL_FILE);
  if (setsArg >= 0) {
    console.log('--sets: cross-validation only, nothing written');
    return;
  }
  if (cvModel <= cvRules && !args.includes('--force')) {
    if (existsSync(file)) rmSync(file);
    if (manifest.files['source-model.json'] !== undefined) {
      delete manifest.files['source-model.json'];
      writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
    }
    console.log(`not written: the source chooser does not raise the cross-validated F1 (${cvRules.toFixed(1)} → ${cvModel.toFixed(1)}); the detector keeps the rules' sources (--force writes it anyway)`);
    return;
  }
  const json = `${JSON.stringify(w)}\n`;
  writeFileSync(file, json);
  manifest.files['source-model.json'] = {
    version: 1,
    source: 'trained for this project by src/attributions/train.ts (averaged perceptron) on its own hand-annotated dev sets (src/attributions/gold/dev*.json)',
    settings: s,
    crossValidated: { rules: Number(cvRules.toFixed(1)), model: Number(cvModel.toFixed(1)) },
    sha256: createHash('sha256').update(json).digest('hex'),
  };
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`wrote data/${SOURCE_MODEL_FILE}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
