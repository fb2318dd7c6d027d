/**
 * Scores the event extractor against the hand-annotated gold excerpts
 * (src/events/gold/*.json; see GUIDELINE.md).
 *
 *   npm run eval:events [-- --part dev|dev-a|dev-b|dev-c|dev-d|dev-e|dev-f|dev-g|dev-h|dev-i|dev-j|dev-k|dev-l|dev-m|dev-n|dev-o|dev-p|dev-q|dev-r|dev-s|dev-t|dev-u|dev-v|dev-w|dev-x|dev-y|dev-22|…|dev-52[,…]] [--mode gold|pipeline] [--rules] [--novel] [--verbose]
 *
 * dev-c … dev-u, dev-x, dev-y and dev-22 … dev-52 are the former held-out sets test,
 * test2 … test52 (those names still work); a fresh held-out set (testN, N ≥ 53) is scored only
 * when named (the default is the dev parts).
 *
 * --rules turns the learned argument chooser off (args-model.ts).
 * --novel leaves out excerpts that are near-copies of development excerpts
 * (src/eval/near-duplicates.ts): the corpus repeats stories under new ids.
 *
 * Two modes:
 * - `pipeline` (the score that counts): each excerpt goes through the full
 *   analysis (`analyse()`: NER, entity linking, quantities, times,
 *   attributions, events). A predicted event matches a gold one of the same
 *   type whose trigger token it overlaps; a predicted actor (or recipient)
 *   entity stands for a gold one when one of its mentions overlaps a place
 *   where the gold entity's name or forms occur in the excerpt.
 * - `gold`: the entity layer is built from each excerpt's annotated entities
 *   (oracle entities, no attributions), so the scores measure the event
 *   stage alone.
 * When the corpus is present the excerpts are checked against the articles.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Entity, IsnadEvent, Span } from '../core/types.js';
import { extractHtml } from '../ingest/html.js';
import { analyse } from '../pipeline/analyse.js';
import { defaultPipeline } from '../pipeline/default.js';
import { developmentIndex, novelOnly } from '../eval/near-duplicates.js';
import { setArgModelEnabled } from './args-model.js';
import { extractEvents, firstTokenAtOrAfter } from './extract.js';
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
  /** Which half of dev the excerpt belongs to: A for tuning, B for checking. */
  half?: 'A' | 'B';
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
  /** Detection per sentence: does the sentence tell an event of the type (gold) and is one found there. */
  perSentence: Record<'PROTEST' | 'ASSAULT', { tp: number; fp: number; fn: number }>;
  misses: string[];
}

export type EvalMode = 'gold' | 'pipeline';

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/**
 * Whether predicted entity ids stand for exactly the gold ids: every gold id
 * has a predicted entity with a mention over one of its spans, and every
 * predicted id covers one of the gold ids.
 */
export function sameEntities(pred: string[], gold: string[], predEntities: ReadonlyMap<string, Entity>, goldSpans: ReadonlyMap<string, Span[]>): boolean {
  const covers = (p: string, g: string) => {
    const e = predEntities.get(p);
    const spans = goldSpans.get(g) ?? [];
    return e !== undefined && e.mentions.some((m) => spans.some((s) => overlaps(m, s)));
  };
  return gold.every((g) => pred.some((p) => covers(p, g))) && pred.every((p) => gold.some((g) => covers(p, g)));
}

/** Seconds spent in the whole analysis and in the events stage alone (pipeline mode). */
export const timing = { analyse: 0, events: 0 };

/** Scores one set of excerpts. */
export function score(excerpts: GoldExcerpt[], mode: EvalMode = 'gold', dates: ReadonlyMap<string, string> = new Map()): Scores {
  const s: Scores = {
    gold: 0, predicted: 0, typeMatched: 0, actorCorrect: 0, recipientCorrect: 0, typeActorMatched: 0,
    sentence: { PROTEST: { tp: 0, fp: 0, fn: 0 }, ASSAULT: { tp: 0, fp: 0, fn: 0 } },
    perSentence: { PROTEST: { tp: 0, fp: 0, fn: 0 }, ASSAULT: { tp: 0, fp: 0, fn: 0 } },
    misses: [],
  };
  for (const ex of excerpts) {
    const layers = buildLayers(ex.text, { entities: ex.entities });
    let predicted: IsnadEvent[];
    let same: (pred: string[], gold: string[]) => boolean = sameSet;
    const goldNames = new Map<string, string>(ex.entities.map((e) => [e.id, e.name]));
    let names = goldNames;
    if (mode === 'pipeline') {
      const date = dates.get(ex.article);
      const input = { text: ex.text, ...(date !== undefined && { date }) };
      const t0 = performance.now();
      const out = analyse(input);
      timing.analyse += (performance.now() - t0) / 1000;
      const doc = defaultPipeline().run(input);
      const l = doc.layers;
      const t1 = performance.now();
      extractEvents({ text: ex.text, tokens: l.tokens ?? [], entities: l.entities ?? [], attributions: l.attributions ?? [], quantities: l.quantities ?? [], times: l.times ?? [] });
      timing.events += (performance.now() - t1) / 1000;
      predicted = out.events;
      const predEntities = new Map(out.entities.map((e) => [e.id, e]));
      const goldSpans = new Map<string, Span[]>(layers.entities.map((e) => [e.id, e.mentions]));
      same = (p, g) => sameEntities(p, g, predEntities, goldSpans);
      names = new Map(out.entities.map((e): [string, string] => [e.id, e.name]));
    } else predicted = extractEvents(layers);
    const show = (ids: string[]) => ids.map((id) => names.get(id) ?? id).join(', ');
    const showGold = (ids: string[]) => ids.map((id) => goldNames.get(id) ?? id).join(', ');
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
      const actorOk = same(hit.actor, g.actor);
      if (actorOk) {
        s.actorCorrect++;
        s.typeActorMatched++;
      } else s.misses.push(`${ex.article} ACTOR ${g.type} «${g.trigger}» gold [${showGold(g.actor)}] got [${show(hit.actor)}]`);
      if (same(hit.recipient, g.recipient)) s.recipientCorrect++;
      else s.misses.push(`${ex.article} RECIPIENT ${g.type} «${g.trigger}» gold [${showGold(g.recipient)}] got [${show(hit.recipient)}]`);
    }
    for (const p of predicted) {
      if (!used.has(p)) s.misses.push(`${ex.article} EXTRA ${p.type} «${ex.text.slice(p.trigger.start, p.trigger.end)}» [${show(p.actor)}]→[${show(p.recipient)}]`);
    }
    const sentenceAt = (offset: number) => layers.tokens[Math.min(firstTokenAtOrAfter(layers.tokens, offset), layers.tokens.length - 1)]?.sentence ?? 0;
    for (const type of ['PROTEST', 'ASSAULT'] as const) {
      const g = ex.events.some((e) => e.type === type);
      const p = predicted.some((e) => e.type === type);
      const c = s.sentence[type];
      if (g && p) c.tp++;
      else if (p) c.fp++;
      else if (g) c.fn++;
      // The sentences that tell such an event (any of a gold trigger's words) and those it is found in.
      const goldSentences = new Set<number>();
      for (const e of ex.events) {
        if (e.type !== type) continue;
        const alts = e.trigger.split('|');
        for (const t of layers.tokens) if (alts.includes(ex.text.slice(t.start, t.end))) goldSentences.add(t.sentence);
      }
      const found = new Set(predicted.filter((e) => e.type === type).map((e) => sentenceAt(e.trigger.start)));
      const cs = s.perSentence[type];
      for (const k of found) if (goldSentences.has(k)) cs.tp++; else cs.fp++;
      for (const k of goldSentences) if (!found.has(k)) cs.fn++;
    }
  }
  return s;
}

const pct = (x: number) => (100 * x).toFixed(1);
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/** The report lines for one part. */
export function emptyScores(): Scores {
  return {
    gold: 0, predicted: 0, typeMatched: 0, actorCorrect: 0, recipientCorrect: 0, typeActorMatched: 0,
    sentence: { PROTEST: { tp: 0, fp: 0, fn: 0 }, ASSAULT: { tp: 0, fp: 0, fn: 0 } },
    perSentence: { PROTEST: { tp: 0, fp: 0, fn: 0 }, ASSAULT: { tp: 0, fp: 0, fn: 0 } },
    misses: [],
  };
}

/** Adds the counts of one part to a pooled total (the misses are not pooled). */
export function addScores(total: Scores, s: Scores): void {
  total.gold += s.gold;
  total.predicted += s.predicted;
  total.typeMatched += s.typeMatched;
  total.actorCorrect += s.actorCorrect;
  total.recipientCorrect += s.recipientCorrect;
  total.typeActorMatched += s.typeActorMatched;
  for (const type of ['PROTEST', 'ASSAULT'] as const) {
    total.sentence[type].tp += s.sentence[type].tp;
    total.sentence[type].fp += s.sentence[type].fp;
    total.sentence[type].fn += s.sentence[type].fn;
    total.perSentence[type].tp += s.perSentence[type].tp;
    total.perSentence[type].fp += s.perSentence[type].fp;
    total.perSentence[type].fn += s.perSentence[type].fn;
  }
}

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
  const detection = (label: string, c: { tp: number; fp: number; fn: number }) => {
    const sp = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
    const sr = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
    return `  ${label} detection  P ${pct(sp)}  R ${pct(sr)}  F1 ${pct(f1(sp, sr))}  (tp ${c.tp} fp ${c.fp} fn ${c.fn})`;
  };
  for (const type of ['PROTEST', 'ASSAULT'] as const) lines.push(detection(`${type} excerpt`, s.sentence[type]));
  for (const type of ['PROTEST', 'ASSAULT'] as const) lines.push(detection(`${type} sentence`, s.perSentence[type]));
  return lines;
}

/** Former names of parts: the held-out sets that became dev after their measurement. */
const PART_ALIASES: Record<string, string> = { test: 'dev-c', test2: 'dev-d', test3: 'dev-e', test4: 'dev-f', test5: 'dev-g', test6: 'dev-h', test7: 'dev-i', test8: 'dev-j', test9: 'dev-k', test10: 'dev-l', test11: 'dev-m', test12: 'dev-n', test13: 'dev-o', test14: 'dev-p', test15: 'dev-q', test16: 'dev-r', test17: 'dev-s', test18: 'dev-t', test19: 'dev-u', test20: 'dev-x', test21: 'dev-y', test22: 'dev-22', test23: 'dev-23', test24: 'dev-24', test25: 'dev-25', test26: 'dev-26', test27: 'dev-27', test28: 'dev-28', test29: 'dev-29', test30: 'dev-30', test31: 'dev-31', test32: 'dev-32', test33: 'dev-33', test34: 'dev-34', test35: 'dev-35', test36: 'dev-36', test37: 'dev-37', test38: 'dev-38', test39: 'dev-39', test40: 'dev-40', test41: 'dev-41', test42: 'dev-42', test43: 'dev-43', test44: 'dev-44', test45: 'dev-45', test46: 'dev-46', test47: 'dev-47', test48: 'dev-48', test49: 'dev-49', test50: 'dev-50', test51: 'dev-51', test52: 'dev-52' };

/** The file a part lives in: dev-a and dev-b are the halves of dev. */
function partFile(part: string): string {
  const name = PART_ALIASES[part] ?? part;
  return fileURLToPath(new URL(`./gold/${name === 'dev-a' || name === 'dev-b' ? 'dev' : name}.json`, import.meta.url));
}

/** The excerpts of one part. */
export function loadPart(part: string): GoldExcerpt[] {
  const all = (JSON.parse(readFileSync(partFile(part), 'utf8')) as { excerpts: GoldExcerpt[] }).excerpts;
  if (part === 'dev-a') return all.filter((e) => e.half === 'A');
  if (part === 'dev-b') return all.filter((e) => e.half === 'B');
  return all;
}

/** The parts annotated for development (tuning and training), in order. */
export const DEV_PARTS = ['dev', 'dev-c', 'dev-d', 'dev-e', 'dev-f', 'dev-g', 'dev-h', 'dev-i', 'dev-j', 'dev-k', 'dev-l', 'dev-m', 'dev-n', 'dev-o', 'dev-p', 'dev-q', 'dev-r', 'dev-s', 'dev-t', 'dev-u', 'dev-v', 'dev-w', 'dev-x', 'dev-y', 'dev-22', 'dev-23', 'dev-24', 'dev-25', 'dev-26', 'dev-27', 'dev-28', 'dev-29', 'dev-30', 'dev-31', 'dev-32', 'dev-33', 'dev-34', 'dev-35', 'dev-36', 'dev-37', 'dev-38', 'dev-39', 'dev-40', 'dev-41', 'dev-42', 'dev-43', 'dev-44', 'dev-45', 'dev-46', 'dev-47', 'dev-48', 'dev-49', 'dev-50', 'dev-51', 'dev-52'];

/**
 * Checks the excerpts against their sources; returns the mismatches and the
 * articles' dates. An article id is a SaudiNewsNet id (`snn-…`) or
 * `html:PATH`, a saved page under ../shared/data/html/ whose main text
 * (`extractHtml`) the offsets index.
 */
function checkAgainstCorpus(excerpts: GoldExcerpt[]): { bad: number; dates: Map<string, string> } {
  const dates = new Map<string, string>();
  const texts = new Map<string, string>();
  for (const id of new Set(excerpts.map((e) => e.article))) {
    if (!id.startsWith('html:')) continue;
    const file = fileURLToPath(new URL(`../../../shared/data/html/${id.slice(5)}`, import.meta.url));
    if (!existsSync(file)) continue;
    const page = extractHtml(readFileSync(file, 'utf8'), file);
    texts.set(id, page.text);
    if (page.date) dates.set(id, page.date);
  }
  const corpus = fileURLToPath(new URL('../../../shared/data/corpus/saudinewsnet-10k.jsonl', import.meta.url));
  if (!existsSync(corpus)) return { bad: -1, dates };
  const want = new Set(excerpts.map((e) => e.article));
  for (const line of readFileSync(corpus, 'utf8').split('\n')) {
    if (!line) continue;
    const a = JSON.parse(line) as { id: string; text: string; date?: string };
    if (!want.has(a.id)) continue;
    texts.set(a.id, a.text);
    const d = /^\d{4}-\d{2}-\d{2}/.exec(a.date ?? '');
    if (d) dates.set(a.id, d[0]);
  }
  let bad = 0;
  for (const e of excerpts) if (texts.get(e.article)?.slice(e.start, e.end) !== e.text) bad++;
  return { bad, dates };
}

const PART_NAMES: Record<string, string> = {
  dev: 'dev', 'dev-a': 'dev-A (tuning half)', 'dev-b': 'dev-B (checking half)',
  'dev-c': 'dev-c (formerly test)', 'dev-d': 'dev-d (formerly test2, other outlets)', 'dev-e': 'dev-e (formerly test3, other outlets\' pages)',
  'dev-f': 'dev-f (formerly test4, other outlets\' pages)', 'dev-g': 'dev-g (formerly test5)', 'dev-h': 'dev-h (formerly test6)',
  'dev-i': 'dev-i (formerly test7)', 'dev-j': 'dev-j (formerly test8)', 'dev-k': 'dev-k (formerly test9)', 'dev-l': 'dev-l (formerly test10)', 'dev-m': 'dev-m (formerly test11)', 'dev-n': 'dev-n (formerly test12)', 'dev-o': 'dev-o (formerly test13)', 'dev-p': 'dev-p (formerly test14)', 'dev-q': 'dev-q (formerly test15)', 'dev-r': 'dev-r (formerly test16)', 'dev-s': 'dev-s (formerly test17)', 'dev-t': 'dev-t (formerly test18)', 'dev-u': 'dev-u (formerly test19)', 'dev-v': 'dev-v (annotated blind)', 'dev-w': 'dev-w (annotated blind)', 'dev-x': 'dev-x (formerly test20)', 'dev-y': 'dev-y (formerly test21)', 'dev-22': 'dev-22 (formerly test22)', 'dev-23': 'dev-23 (formerly test23)', 'dev-24': 'dev-24 (formerly test24)', 'dev-25': 'dev-25 (formerly test25)', 'dev-26': 'dev-26 (formerly test26)', 'dev-27': 'dev-27 (formerly test27)', 'dev-28': 'dev-28 (formerly test28)', 'dev-29': 'dev-29 (formerly test29)', 'dev-30': 'dev-30 (formerly test30)', 'dev-31': 'dev-31 (formerly test31)', 'dev-32': 'dev-32 (formerly test32)', 'dev-33': 'dev-33 (formerly test33)', 'dev-34': 'dev-34 (formerly test34)', 'dev-35': 'dev-35 (formerly test35)', 'dev-36': 'dev-36 (formerly test36)', 'dev-37': 'dev-37 (formerly test37)', 'dev-38': 'dev-38 (formerly test38)', 'dev-39': 'dev-39 (formerly test39)', 'dev-40': 'dev-40 (formerly test40)', 'dev-41': 'dev-41 (formerly test41)', 'dev-42': 'dev-42 (formerly test42)', 'dev-43': 'dev-43 (formerly test43)', 'dev-44': 'dev-44 (formerly test44)', 'dev-45': 'dev-45 (formerly test45)', 'dev-46': 'dev-46 (formerly test46)', 'dev-47': 'dev-47 (formerly test47)', 'dev-48': 'dev-48 (formerly test48)', 'dev-49': 'dev-49 (formerly test49)', 'dev-50': 'dev-50 (formerly test50)', 'dev-51': 'dev-51 (formerly test51)', 'dev-52': 'dev-52 (formerly test52)',
};

function main(argv: string[]): void {
  const verbose = argv.includes('--verbose');
  const novel = argv.includes('--novel') ? developmentIndex() : undefined;
  // --rules: the rules' actor and recipient, without the learned chooser.
  if (argv.includes('--rules')) setArgModelEnabled(false);
  const pi = argv.indexOf('--part');
  const parts = pi >= 0 && argv[pi + 1] ? argv[pi + 1]!.split(',') : ['dev-a', 'dev-b', 'dev-c', 'dev-d', 'dev-e', 'dev-f', 'dev-g', 'dev-h', 'dev-i', 'dev-j', 'dev-k', 'dev-l', 'dev-m', 'dev-n', 'dev-o', 'dev-p', 'dev-q', 'dev-r', 'dev-s', 'dev-t', 'dev-u', 'dev-v', 'dev-w', 'dev-x', 'dev-y', 'dev-22', 'dev-23', 'dev-24', 'dev-25', 'dev-26', 'dev-27', 'dev-28', 'dev-29', 'dev-30', 'dev-31', 'dev-32', 'dev-33', 'dev-34', 'dev-35', 'dev-36', 'dev-37', 'dev-38', 'dev-39', 'dev-40', 'dev-41', 'dev-42', 'dev-43', 'dev-44', 'dev-45', 'dev-46', 'dev-47', 'dev-48', 'dev-49', 'dev-50', 'dev-51', 'dev-52'];
  const mi = argv.indexOf('--mode');
  const modes: EvalMode[] = mi >= 0 && (argv[mi + 1] === 'gold' || argv[mi + 1] === 'pipeline') ? [argv[mi + 1] as EvalMode] : ['pipeline', 'gold'];
  for (const mode of modes) {
    console.log(mode === 'pipeline' ? '== full pipeline (analyse): the score that counts ==' : '== gold entities (event stage alone) ==');
    const scored: string[] = [];
    const pooled = emptyScores();
    for (const part of parts) {
      if (!existsSync(partFile(part))) continue;
      const ex = novel ? novelOnly(part, loadPart(part), (e) => e.article, novel) : loadPart(part);
      const { bad, dates } = checkAgainstCorpus(ex);
      if (bad > 0) console.log(`${part}: ${bad} excerpts do not match the corpus`);
      const s = score(ex, mode, dates);
      console.log(report(PART_NAMES[PART_ALIASES[part] ?? part] ?? part, s).join('\n'));
      if (verbose) for (const m of s.misses) console.log('   ', m);
      addScores(pooled, s);
      scored.push(part);
    }
    // dev-a and dev-b are the halves of dev: pooling them with dev itself would count it twice.
    if (scored.length > 1 && !(scored.includes('dev') && (scored.includes('dev-a') || scored.includes('dev-b')))) {
      console.log(report(`pooled (${scored.join(', ')})`, pooled).join('\n'));
    }
    if (mode === 'pipeline' && timing.analyse > 0) {
      console.log(`  time: analyse ${timing.analyse.toFixed(2)} s, events stage ${timing.events.toFixed(2)} s (${(100 * timing.events / timing.analyse).toFixed(1)}%)`);
    }
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
