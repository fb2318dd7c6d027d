/**
 * Evaluates the attribution detector against hand-annotated excerpts
 * (src/attributions/gold/*.json; see gold/GUIDELINE.md).
 *
 *   npm run eval:attributions                  # dev and test sets
 *   npm run eval:attributions -- --set test -v # one set, listing every miss
 *   npm run eval:attributions -- --no-entities # without the entity stages
 *
 * A system attribution matches a gold one when their cues overlap (one to
 * one, in text order). cue+source counts a match only when the source spans
 * overlap too (or neither has a span). Stance accuracy is over matched cues.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Attribution, Entity, Span, Token } from '../core/types.js';
import { segmentText } from '../text/segment/segment-text.js';
import { detectAttributions } from './detect.js';
import { Pipeline } from '../core/pipeline.js';
import { normaliseStage, segmentStage } from '../text/stages.js';
import { nerStage } from '../entities/ner/stage.js';
import { entitiesStage, resolveDescription } from '../entities/link/stage.js';
import type { GoldAttribution, GoldExcerpt } from './gold/build.js';

export interface Scores {
  gold: number;
  system: number;
  cue: number;
  cueSource: number;
  stance: number;
  kind: number;
  /** Mean token-overlap (Jaccard) of the content over matched cues. */
  content: number;
}

const overlaps = (a: Partial<Span>, b: Partial<Span>): boolean =>
  a.start !== undefined && a.end !== undefined && b.start !== undefined && b.end !== undefined && a.start < b.end && b.start < a.end;

function jaccard(a: Span, b: Span): number {
  const inter = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  const union = Math.max(a.end, b.end) - Math.min(a.start, b.start);
  return union > 0 ? inter / union : 0;
}

export interface Analyse {
  (text: string): { tokens: Token[]; entities: Entity[] };
}

/** Tokens from the project's tokenizer, no entities (the detector then reads noun phrases). */
export const tokensOnly: Analyse = (text) => ({ tokens: segmentText(text).tokens, entities: [] });

/** Tokens and entities from the project's own stages (tagger, linker). */
export function withEntities(): Analyse {
  const pipeline = Pipeline.build([normaliseStage, segmentStage, nerStage, entitiesStage]);
  return (text) => {
    const doc = pipeline.run({ text });
    if (!doc.layers.entities) throw new Error(`entity stages failed: ${doc.diagnostics.map((d) => d.message).join('; ')}`);
    return { tokens: doc.layers.tokens ?? [], entities: doc.layers.entities };
  };
}

export function evaluate(gold: GoldExcerpt[], analyse: Analyse, log?: (line: string) => void): Scores {
  const s: Scores = { gold: 0, system: 0, cue: 0, cueSource: 0, stance: 0, kind: 0, content: 0 };
  let contentSum = 0;
  for (const ex of gold) {
    const { tokens, entities } = analyse(ex.text);
    const sys = detectAttributions({
      text: ex.text,
      tokens,
      entities,
      ...(entities.length > 0 && { resolveDescription: (sp: Span) => resolveDescription(entities, tokens, sp.start)?.id }),
    });
    s.gold += ex.attributions.length;
    s.system += sys.length;
    const used = new Set<number>();
    const snip = (sp: Partial<Span>) => (sp.start === undefined ? '∅' : ex.text.slice(sp.start, sp.end).replace(/\s+/g, ' '));
    for (const g of ex.attributions) {
      const k = sys.findIndex((a, i) => !used.has(i) && overlaps(a.cue, g.cue));
      if (k < 0) {
        log?.(`${ex.id} MISS   ${g.cue.text} | ${g.source.text ?? '∅'} | ${g.stance}`);
        continue;
      }
      used.add(k);
      const a = sys[k] as Attribution;
      s.cue++;
      const srcOk = g.source.start === undefined ? a.source.start === undefined || a.source.kind === g.source.kind : overlaps(a.source, g.source);
      if (srcOk) s.cueSource++;
      else log?.(`${ex.id} SOURCE ${g.cue.text}: gold ${g.source.text ?? '∅'} | system ${snip(a.source)}`);
      if (a.stance === g.stance) s.stance++;
      else log?.(`${ex.id} STANCE ${g.cue.text}: gold ${g.stance} | system ${a.stance}`);
      if (a.source.kind === g.source.kind) s.kind++;
      else log?.(`${ex.id} KIND   ${g.cue.text}: gold ${g.source.kind} ${g.source.text ?? '∅'} | system ${a.source.kind} ${snip(a.source)}`);
      contentSum += jaccard(a.content, g.content);
    }
    sys.forEach((a, i) => {
      if (!used.has(i)) log?.(`${ex.id} EXTRA  ${snip(a.cue)} | ${snip(a.source)} | ${a.stance} | «${snip(a.content).slice(0, 60)}»`);
    });
  }
  s.content = s.cue > 0 ? contentSum / s.cue : 0;
  return s;
}

const pct = (x: number) => (100 * x).toFixed(1);
const f1 = (p: number, r: number) => (p + r > 0 ? (2 * p * r) / (p + r) : 0);

export function report(name: string, s: Scores): string {
  const cp = s.system ? s.cue / s.system : 0;
  const cr = s.gold ? s.cue / s.gold : 0;
  const sp = s.system ? s.cueSource / s.system : 0;
  const sr = s.gold ? s.cueSource / s.gold : 0;
  return [
    `${name}: ${s.gold} gold, ${s.system} system attributions`,
    `  cue         P ${pct(cp)}  R ${pct(cr)}  F1 ${pct(f1(cp, cr))}`,
    `  cue+source  P ${pct(sp)}  R ${pct(sr)}  F1 ${pct(f1(sp, sr))}`,
    `  stance accuracy ${pct(s.cue ? s.stance / s.cue : 0)}% (${s.stance}/${s.cue});  source kind ${pct(s.cue ? s.kind / s.cue : 0)}%;  content overlap ${pct(s.content)}%`,
  ].join('\n');
}

export function loadGold(set: string): GoldExcerpt[] {
  const url = new URL(`./gold/${set}.json`, import.meta.url);
  return JSON.parse(readFileSync(fileURLToPath(url), 'utf8')) as GoldExcerpt[];
}

export type { GoldAttribution };

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const setArg = args.indexOf('--set');
  const sets = setArg >= 0 && args[setArg + 1] ? [args[setArg + 1] as string] : ['dev', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'test'];
  const verbose = args.includes('-v') || args.includes('--verbose');
  const useEntities = !args.includes('--no-entities');
  console.log(useEntities
    ? 'tokens: project tokenizer; entities: project NER tagger + linker (--no-entities to read sources as bare noun phrases)'
    : 'tokens: project tokenizer; entities: none (sources read as noun phrases)');
  const analyse = useEntities ? withEntities() : tokensOnly;
  for (const set of sets) {
    const gold = loadGold(set);
    const lines: string[] = [];
    const scores = evaluate(gold, analyse, verbose ? (l) => lines.push(l) : undefined);
    console.log(report(set, scores));
    for (const l of lines) console.log(`    ${l}`);
  }
}
