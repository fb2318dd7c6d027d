/**
 * Trains the argument chooser (src/events/args-model.ts) on the dev gold
 * events (dev.json and the former held-out sets dev-c, dev-d, dev-e), through
 * the full pipeline's entities and attributions.
 *
 *   npm run train:events [-- --cv-only] [--override] [--recipient] [--verbose] [--cache FILE] [--quick]
 *
 * `--cache FILE` keeps the pipeline's layers of the dev excerpts in FILE (read
 * when present, written otherwise), so that feature changes are measured
 * without rerunning the pipeline; delete it when the rules or entities change.
 * `--quick` tries only the current settings (L2 0.01, 10 epochs) over the margins.
 * By default the model only fills an actor the rules left empty. `--override`
 * lets it replace the rules' choice and `--recipient` lets it choose the
 * recipient too: a little better on dev cross-validation, but both undo or
 * add parties across clause boundaries in the founding example.
 * Settings (L2 strength, epochs, margin) are chosen by leave-one-part-out
 * cross-validation over the dev parts (each former held-out set, and each
 * half of dev, is scored by a model trained on all the others: the nearest
 * thing to a fresh set); the model is then trained on all of dev and written
 * to data/events/args-model.json with its manifest entry. Deterministic: a
 * seeded shuffle, fixed feature order.
 */
import { seededRandom, shuffleInPlace } from '../core/random.js';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Entity, IsnadEvent, Span } from '../core/types.js';
import { defaultPipeline } from '../pipeline/default.js';
import { dataPath } from '../resources/data-files.js';
import { ArgContext, decode, scoreFeatures, sigmoid, type ArgCandidate, type ArgWeights, type Role } from './args-model.js';
import { DEV_PARTS, loadPart, sameEntities, type GoldEvent, type GoldExcerpt } from './eval.js';
import { extractEvents, type EventInput } from './extract.js';
import { buildLayers } from './testing.js';

/** One rule event matched to its gold event, with its candidates. */
interface Item {
  /** The dev part the excerpt comes from: the unit of cross-validation. */
  fold: string;
  pred: IsnadEvent;
  gold: GoldEvent;
  cands: ArgCandidate[];
  labels: Record<Role, number[]>;
  same: (p: string[], g: string[]) => boolean;
}

interface Part {
  items: Item[];
  /** Gold and predicted events per fold. */
  gold: Map<string, number>;
  predicted: Map<string, number>;
}

/** A dev excerpt with the fold it belongs to. */
export type FoldedExcerpt = GoldExcerpt & { fold: string };

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

function corpusDates(): Map<string, string> {
  const dates = new Map<string, string>();
  try {
    const path = fileURLToPath(new URL('../../../shared/data/corpus/saudinewsnet-10k.jsonl', import.meta.url));
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      if (!line) continue;
      const a = JSON.parse(line) as { id: string; date?: string };
      const d = /^\d{4}-\d{2}-\d{2}/.exec(a.date ?? '');
      if (d) dates.set(a.id, d[0]);
    }
  } catch {
    // Without the corpus, times are not anchored; arguments do not depend on them.
  }
  return dates;
}

/** Runs the pipeline over the dev excerpts (or reads its layers from `cache`, written on the first run). */
export function runPipeline(excerpts: readonly FoldedExcerpt[], dates: ReadonlyMap<string, string>, cache?: string): EventInput[] {
  if (cache && existsSync(cache)) {
    const cached = JSON.parse(readFileSync(cache, 'utf8')) as EventInput[];
    if (cached.length === excerpts.length && cached.every((l, k) => l.text === excerpts[k]!.text)) return cached;
  }
  const pipeline = defaultPipeline();
  const out = excerpts.map((ex) => {
    const date = dates.get(ex.article);
    const l = pipeline.run({ text: ex.text, ...(date !== undefined && { date }) }).layers;
    return { text: ex.text, tokens: l.tokens ?? [], entities: l.entities ?? [], attributions: l.attributions ?? [], quantities: l.quantities ?? [], times: l.times ?? [] };
  });
  if (cache) writeFileSync(cache, JSON.stringify(out));
  return out;
}

/** Pairs the rules' events with gold ones over the pipeline's layers. */
export function buildItems(excerpts: FoldedExcerpt[], dates: ReadonlyMap<string, string>, cache?: string): Part {
  const part: Part = { items: [], gold: new Map(), predicted: new Map() };
  const layers = runPipeline(excerpts, dates, cache);
  const bump = (m: Map<string, number>, k: string, n: number) => m.set(k, (m.get(k) ?? 0) + n);
  excerpts.forEach((ex, k) => {
    const fold = ex.fold;
    const goldLayers = buildLayers(ex.text, { entities: ex.entities });
    const input = layers[k]!;
    const predicted = extractEvents(input);
    const ctx = new ArgContext(input);
    const predEntities = new Map<string, Entity>(input.entities.map((e) => [e.id, e]));
    const goldSpans = new Map<string, Span[]>(goldLayers.entities.map((e) => [e.id, e.mentions]));
    const same = (p: string[], g: string[]) => sameEntities(p, g, predEntities, goldSpans);
    bump(part.gold, fold, ex.events.length);
    bump(part.predicted, fold, predicted.length);
    const used = new Set<IsnadEvent>();
    for (const g of ex.events) {
      const alts = g.trigger.split('|');
      const spans = goldLayers.tokens.filter((t) => alts.includes(ex.text.slice(t.start, t.end)));
      const hit = predicted.find((p) => !used.has(p) && p.type === g.type && spans.some((t) => overlaps(p.trigger, t)));
      if (!hit) continue;
      used.add(hit);
      const cands = ctx.candidates(hit, predicted);
      const label = (ids: string[]) => cands.map((c) => (ids.some((gid) => same([c.entity], [gid])) ? 1 : 0));
      part.items.push({ fold, pred: hit, gold: g, cands, labels: { actor: label(g.actor), recipient: label(g.recipient) }, same });
    }
  });
  return part;
}

export interface Settings {
  mode: 'rank' | 'binary';
  l2: number;
  epochs: number;
  lr: number;
  threshold: Record<Role, number>;
  margin: number;
  fillOnly: boolean;
  roles: Role[];
}

/** L2-regularised logistic regression by SGD, one model per role. */
export function train(items: readonly Item[], s: Settings, seed = 7): ArgWeights {
  const weights: ArgWeights = { version: 1, mode: s.mode, actor: {}, recipient: {}, threshold: { ...s.threshold }, margin: s.margin, fillOnly: s.fillOnly, roles: [...s.roles] };
  // A role the rules keep needs no weights.
  for (const role of s.roles) {
    const w: Record<string, number> = { bias: 0 };
    if (s.mode === 'rank') {
      trainRank(items, role, s, w, seed);
      weights[role] = rounded(w);
      continue;
    }
    const examples: { f: string[]; y: number }[] = [];
    for (const it of items) it.cands.forEach((c, k) => examples.push({ f: c.features, y: it.labels[role][k]! }));
    const order = examples.map((_, i) => i);
    const rand = seededRandom(seed);
    for (let ep = 0; ep < s.epochs; ep++) {
      shuffleInPlace(order, rand);
      const lr = s.lr / (1 + ep * 0.1);
      for (const i of order) {
        const ex = examples[i]!;
        const g = sigmoid(scoreFeatures(w, ex.f)) - ex.y;
        w['bias'] = (w['bias'] ?? 0) - lr * g;
        for (const f of ex.f) {
          const v = w[f] ?? 0;
          w[f] = v - lr * (g + s.l2 * v);
        }
      }
    }
    weights[role] = rounded(w);
  }
  return weights;
}

function rounded(w: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of Object.keys(w).sort()) {
    const v = w[k]!;
    if (Math.abs(v) >= 1e-4) out[k] = Math.round(v * 1e4) / 1e4;
  }
  return out;
}

/**
 * Softmax over an event's candidates and «none»; the gold is every mention of
 * the gold party (or «none» when the role is empty), by marginal likelihood.
 */
function trainRank(items: readonly Item[], role: Role, s: Settings, w: Record<string, number>, seed: number): void {
  const order = items.map((_, i) => i);
  const rand = seededRandom(seed);
  for (let ep = 0; ep < s.epochs; ep++) {
    shuffleInPlace(order, rand);
    const lr = s.lr / (1 + ep * 0.1);
    for (const i of order) {
      const it = items[i]!;
      // The recipient is never the actor: drop the gold actor's mentions from the recipient's choices.
      const keep = it.cands.map((c, k) => role === 'actor' || c.entity === '' || it.labels.actor[k] !== 1 || it.labels.recipient[k] === 1);
      const ys = it.cands.map((c, k) => (c.entity === '' ? (it.labels[role].some((y) => y === 1) ? 0 : 1) : it.labels[role][k]!));
      const scores = it.cands.map((c, k) => (keep[k] ? scoreFeatures(w, c.features) : -Infinity));
      const max = Math.max(...scores);
      const ex = scores.map((x) => Math.exp(x - max));
      const z = ex.reduce((a, b) => a + b, 0);
      const zPos = ex.reduce((a, b, k) => a + (ys[k] === 1 ? b : 0), 0);
      if (zPos === 0) continue; // the gold party is not among the candidates
      it.cands.forEach((c, k) => {
        if (!keep[k]) return;
        const g = ex[k]! / z - (ys[k] === 1 ? ex[k]! / zPos : 0);
        if (g === 0) return;
        for (const f of c.features) {
          const v = w[f] ?? 0;
          w[f] = v - lr * g;
        }
      });
      if (s.l2 > 0) for (const c of it.cands) for (const f of c.features) w[f] = (w[f] ?? 0) * (1 - lr * s.l2);
    }
  }
}

/** Every development excerpt (dev's two halves and the former held-out sets), with its part as fold. */
export function devExcerpts(): FoldedExcerpt[] {
  const parts = DEV_PARTS.flatMap((p) => (p === 'dev' ? ['dev-a', 'dev-b'] : [p]));
  return parts.flatMap((p) => loadPart(p).map((e) => ({ ...e, fold: p })));
}

interface Counts { gold: number; predicted: number; matched: number; actor: number; recipient: number }

/** Type+actor and argument accuracy of rules (w undefined) or the model over the items of the given folds. */
export function evaluate(part: Part, folds: readonly string[], w?: ArgWeights): Counts {
  const c: Counts = { gold: 0, predicted: 0, matched: 0, actor: 0, recipient: 0 };
  for (const f of folds) {
    c.gold += part.gold.get(f) ?? 0;
    c.predicted += part.predicted.get(f) ?? 0;
  }
  for (const it of part.items) {
    if (!folds.includes(it.fold)) continue;
    c.matched++;
    let actor = it.pred.actor;
    let recipient = it.pred.recipient;
    if (w) {
      const d = decode(it.cands, w, it.pred);
      const pick = (id: string | undefined, rules: string[]) => (id === undefined ? [] : rules.includes(id) ? [...rules] : [id]);
      actor = pick(d.actor, it.pred.actor);
      recipient = pick(d.recipient, it.pred.recipient).filter((id) => !actor.includes(id));
    }
    if (it.same(actor, it.gold.actor)) c.actor++;
    if (it.same(recipient, it.gold.recipient)) c.recipient++;
  }
  return c;
}

const f1 = (c: Counts) => {
  const p = c.predicted ? c.actor / c.predicted : 0;
  const r = c.gold ? c.actor / c.gold : 0;
  return p + r === 0 ? 0 : (200 * p * r) / (p + r);
};
const add = (a: Counts, b: Counts): Counts => ({ gold: a.gold + b.gold, predicted: a.predicted + b.predicted, matched: a.matched + b.matched, actor: a.actor + b.actor, recipient: a.recipient + b.recipient });
const line = (name: string, c: Counts) => `${name.padEnd(24)} type+actor F1 ${f1(c).toFixed(1)}  actor acc ${(100 * c.actor / c.matched).toFixed(1)}  recipient acc ${(100 * c.recipient / c.matched).toFixed(1)}  (${c.matched} matched)`;

function main(argv: string[]): void {
  const cvOnly = argv.includes('--cv-only');
  const dev = devExcerpts();
  const at = argv.indexOf('--cache');
  const part = buildItems(dev, corpusDates(), at >= 0 ? argv[at + 1] : undefined);
  const reach = (role: Role) => {
    const withGold = part.items.filter((it) => (role === 'actor' ? it.gold.actor : it.gold.recipient).length > 0);
    return `${withGold.filter((it) => it.labels[role].some((y) => y === 1)).length}/${withGold.length}`;
  };
  console.log(`${part.items.length} type-matched events; gold actor among candidates ${reach('actor')}, recipient ${reach('recipient')}`);
  const folds = [...part.gold.keys()];
  console.log(line('rules, all dev', evaluate(part, folds)));

  // Leave one part out: each part scored by a model trained on the others.
  // The margin only acts when decoding, so one model per fold serves every margin.
  let best: { s: Settings; score: number; cv: Counts; perFold: Counts[] } | undefined;
  const roles = (argv.includes('--recipient') ? ['actor', 'recipient'] : ['actor']) as Role[];
  // A negative margin fills an empty role with the best party scoring up to |margin| below «none».
  const margins = [-3, -2, -1, -0.5, 0, 0.5, 1, 2, 3];
  const quick = argv.includes('--quick');
  for (const l2 of quick ? [0.01] : [0.01, 0.03, 0.1]) {
    for (const epochs of quick ? [10] : [10, 30]) {
      const base: Settings = { mode: 'rank', l2, epochs, lr: 0.1, threshold: { actor: 0.5, recipient: 0.5 }, margin: 0, fillOnly: !argv.includes('--override'), roles };
      const models = folds.map((f) => train(part.items.filter((it) => it.fold !== f), base));
      for (const margin of margins) {
        const s: Settings = { ...base, margin };
        const perFold = folds.map((f, k) => evaluate(part, [f], { ...models[k]!, margin }));
        const cv = perFold.reduce(add, { gold: 0, predicted: 0, matched: 0, actor: 0, recipient: 0 });
        // Type+actor first, recipient accuracy to break ties.
        const score = f1(cv) + 0.01 * (100 * cv.recipient / cv.matched);
        if (argv.includes('--verbose')) console.log(`  margin ${margin} l2 ${l2} epochs ${epochs}: ${f1(cv).toFixed(1)} rec ${(100 * cv.recipient / cv.matched).toFixed(1)}`);
        if (!best || score > best.score + 1e-9) best = { s, score, cv, perFold };
      }
    }
  }
  const b = best!;
  console.log(`chosen: ${b.s.mode}${b.s.fillOnly ? ' fill-only' : ''} ${b.s.roles.join('+')}, margin ${b.s.margin}, l2 ${b.s.l2}, epochs ${b.s.epochs}`);
  console.log(line('learned, leave one part out', b.cv));
  folds.forEach((f, k) => console.log(line(`  ${f} (rules → learned)`, evaluate(part, [f])) + '  →  ' + f1(b.perFold[k]!).toFixed(1)));
  if (cvOnly) return;
  const w = train(part.items, b.s);
  const json = JSON.stringify(w, null, 1) + '\n';
  writeFileSync(dataPath('events/args-model.json'), json);
  const manifestPath = dataPath('events/manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
  const prev = manifest['args-model.json'] as { version?: string } | undefined;
  manifest['args-model.json'] = {
    version: prev?.version ?? '1.0.0',
    description: 'Weights of the event argument chooser (a softmax ranker per role over the candidate entities and «none»); trained by src/events/train-args.ts on the dev gold sets (src/events/gold/dev*.json).',
    source: 'Trained for this project on its own hand-annotated dev events.',
    settings: b.s,
    features: { actor: Object.keys(w.actor).length, recipient: Object.keys(w.recipient).length },
    sha256: createHash('sha256').update(json).digest('hex'),
  };
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2) + '\n');
  console.log(line('trained on all dev (fit)', evaluate(part, folds, w)));
  console.log('wrote data/events/args-model.json');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
