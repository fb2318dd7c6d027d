/**
 * Scores the event extractor against the hand-annotated gold excerpts
 * (src/events/gold/{dev,test}.json; see GUIDELINE.md).
 *
 *   npm run eval:events [-- --part dev|test] [--verbose]
 *
 * The entity layer is built from each excerpt's annotated entities (oracle
 * entities), so the scores measure the event stage itself. When the corpus
 * is present the excerpts are checked against the articles.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { IsnadEvent } from '../core/types.js';
import { extractEvents } from './extract.js';
import { buildLayers, type EntitySpec } from './testing.js';

export interface GoldEvent {
  type: string;
  /** The trigger word as written; alternatives separated by | (شنت|غارات). */
  trigger: string;
  actor: string[];
  recipient: string[];
  negated?: boolean;
}

export interface GoldExcerpt {
  article: string;
  start: number;
  end: number;
  text: string;
  entities: EntitySpec[];
  events: GoldEvent[];
}

export interface Scores {
  gold: number;
  predicted: number;
  typeMatched: number;
  actorCorrect: number;
  recipientCorrect: number;
  typeActorMatched: number;
  sentence: Record<'PROTEST' | 'ASSAULT', { tp: number; fp: number; fn: number }>;
  misses: string[];
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** Scores one set of excerpts. */
export function score(excerpts: GoldExcerpt[]): Scores {
  const s: Scores = {
    gold: 0, predicted: 0, typeMatched: 0, actorCorrect: 0, recipientCorrect: 0, typeActorMatched: 0,
    sentence: { PROTEST: { tp: 0, fp: 0, fn: 0 }, ASSAULT: { tp: 0, fp: 0, fn: 0 } },
    misses: [],
  };
  for (const ex of excerpts) {
    const layers = buildLayers(ex.text, { entities: ex.entities });
    const predicted = extractEvents(layers);
    s.gold += ex.events.length;
    s.predicted += predicted.length;
    const used = new Set<IsnadEvent>();
    for (const g of ex.events) {
      const alts = g.trigger.split('|');
      const spans = layers.tokens.filter((t) => alts.includes(ex.text.slice(t.start, t.end)));
      if (spans.length === 0) throw new Error(`${ex.article}: trigger «${g.trigger}» is not a token of the excerpt`);
      const hit = predicted.find((p) => !used.has(p) && p.type === g.type
        && spans.some((t) => p.trigger.start < t.end && t.start < p.trigger.end));
      if (!hit) {
        s.misses.push(`${ex.article} MISS ${g.type} «${g.trigger}»`);
        continue;
      }
      used.add(hit);
      s.typeMatched++;
      const actorOk = sameSet(hit.actor, g.actor);
      if (actorOk) {
        s.actorCorrect++;
        s.typeActorMatched++;
      } else s.misses.push(`${ex.article} ACTOR ${g.type} «${g.trigger}» gold [${g.actor}] got [${hit.actor}]`);
      if (sameSet(hit.recipient, g.recipient)) s.recipientCorrect++;
      else s.misses.push(`${ex.article} RECIPIENT ${g.type} «${g.trigger}» gold [${g.recipient}] got [${hit.recipient}]`);
    }
    for (const p of predicted) {
      if (!used.has(p)) s.misses.push(`${ex.article} EXTRA ${p.type} «${ex.text.slice(p.trigger.start, p.trigger.end)}» [${p.actor}]→[${p.recipient}]`);
    }
    for (const type of ['PROTEST', 'ASSAULT'] as const) {
      const g = ex.events.some((e) => e.type === type);
      const p = predicted.some((e) => e.type === type);
      const c = s.sentence[type];
      if (g && p) c.tp++;
      else if (p) c.fp++;
      else if (g) c.fn++;
    }
  }
  return s;
}

const pct = (x: number) => (100 * x).toFixed(1);
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/** The report lines for one part. */
export function report(name: string, s: Scores): string[] {
  const p = s.predicted === 0 ? 0 : s.typeMatched / s.predicted;
  const r = s.gold === 0 ? 0 : s.typeMatched / s.gold;
  const pa = s.predicted === 0 ? 0 : s.typeActorMatched / s.predicted;
  const ra = s.gold === 0 ? 0 : s.typeActorMatched / s.gold;
  const lines = [
    `${name}: ${s.gold} gold events, ${s.predicted} predicted`,
    `  type          P ${pct(p)}  R ${pct(r)}  F1 ${pct(f1(p, r))}`,
    `  type+actor    P ${pct(pa)}  R ${pct(ra)}  F1 ${pct(f1(pa, ra))}`,
    `  actor accuracy ${pct(s.typeMatched ? s.actorCorrect / s.typeMatched : 0)}  recipient accuracy ${pct(s.typeMatched ? s.recipientCorrect / s.typeMatched : 0)}  (over ${s.typeMatched} type-matched events)`,
  ];
  for (const type of ['PROTEST', 'ASSAULT'] as const) {
    const c = s.sentence[type];
    const sp = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
    const sr = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
    lines.push(`  ${type} excerpt detection  P ${pct(sp)}  R ${pct(sr)}  F1 ${pct(f1(sp, sr))}  (tp ${c.tp} fp ${c.fp} fn ${c.fn})`);
  }
  return lines;
}

function loadPart(part: string): GoldExcerpt[] {
  const file = fileURLToPath(new URL(`./gold/${part}.json`, import.meta.url));
  return (JSON.parse(readFileSync(file, 'utf8')) as { excerpts: GoldExcerpt[] }).excerpts;
}

function checkAgainstCorpus(excerpts: GoldExcerpt[]): number {
  const corpus = fileURLToPath(new URL('../../../shared/data/corpus/saudinewsnet-10k.jsonl', import.meta.url));
  if (!existsSync(corpus)) return -1;
  const want = new Set(excerpts.map((e) => e.article));
  const texts = new Map<string, string>();
  for (const line of readFileSync(corpus, 'utf8').split('\n')) {
    if (!line) continue;
    const a = JSON.parse(line) as { id: string; text: string };
    if (want.has(a.id)) texts.set(a.id, a.text);
  }
  let bad = 0;
  for (const e of excerpts) if (texts.get(e.article)?.slice(e.start, e.end) !== e.text) bad++;
  return bad;
}

function main(argv: string[]): void {
  const verbose = argv.includes('--verbose');
  const pi = argv.indexOf('--part');
  const parts = pi >= 0 && argv[pi + 1] ? [argv[pi + 1]!] : ['dev', 'test'];
  for (const part of parts) {
    const ex = loadPart(part);
    const bad = checkAgainstCorpus(ex);
    if (bad > 0) console.log(`${part}: ${bad} excerpts do not match the corpus`);
    const s = score(ex);
    console.log(report(part === 'test' ? 'test (held out)' : part, s).join('\n'));
    if (verbose) for (const m of s.misses) console.log('   ', m);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
