/**
 * Evaluates the attribution detector against hand-annotated excerpts
 * (src/attributions/gold/*.json; see gold/GUIDELINE.md).
 *
 *   npm run eval:attributions                   # all annotated sets, and the pooled figure
 *   npm run eval:attributions -- --set dev12 -v # one set, listing every miss
 *   npm run eval:attributions -- --set dev57,dev58  # several sets and their pooled figure
 *   npm run eval:attributions -- --no-entities # without the entity stages
 *   npm run eval:attributions -- --set test75 --novel # leaving out near-copies of development excerpts
 *
 * A system attribution matches a gold one when their cues overlap (one to
 * one, in text order). cue+source counts a match only when the sources refer
 * to the same speaker (see sameReferent and gold/GUIDELINE.md, "Scoring");
 * `strict` also reports the older rule (source spans overlap). Stance
 * accuracy is over matched cues.
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
import { normaliseString } from '../text/normalise/normalise.js';
import { cueLexicon } from './lexicon.js';
import { developmentIndex, novelOnly } from '../eval/near-duplicates.js';

export interface Scores {
  gold: number;
  system: number;
  cue: number;
  cueSource: number;
  /** cue+source under the older rule: the source spans overlap. */
  cueSourceStrict: number;
  stance: number;
  kind: number;
  /** Mean token-overlap (Jaccard) of the content over matched cues. */
  content: number;
}

const overlaps = (a: Partial<Span>, b: Partial<Span>): boolean =>
  a.start !== undefined && a.end !== undefined && b.start !== undefined && b.end !== undefined && a.start < b.end && b.start < a.end;

type SourceSpan = Partial<Span> & { entity?: string };

/** Normalised words of a span (Arabic or Latin letters and digits). */
function wordsOf(text: string, sp: Partial<Span>): string[] {
  if (sp.start === undefined || sp.end === undefined) return [];
  return (text.slice(sp.start, sp.end).match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => normaliseString(w));
}

/** The head noun of a source phrase, without a conjunction or the article (والوزارة → وزاره). */
function headOf(words: string[]): string | undefined {
  const w = words[0];
  if (w === undefined) return undefined;
  const v = w.length > 3 && /^[وف]/.test(w) && !/^(وزير|وزار|وكال|وفد|فريق|وسائل)/.test(w) ? w.slice(1) : w;
  return v.startsWith('ال') && v.length > 4 ? v.slice(2) : v;
}

/**
 * The entity a source phrase refers to: a person named in it (رئيس النادي محمد القاسم →
 * the person), else the entity whose mention opens it (وزارة الداخلية السعودية).
 */
function referentOf(entities: readonly Entity[], sp: Partial<Span>): string | undefined {
  if (sp.start === undefined || sp.end === undefined) return undefined;
  let opener: string | undefined;
  for (const e of entities) {
    for (const m of e.mentions) {
      if (m.start < sp.start || m.end > sp.end) continue;
      if (e.type === 'PER') return e.id;
      if (m.start <= sp.start + 2) opener ??= e.id;
    }
  }
  return opener;
}

/**
 * Do a system source and a gold source name the same speaker? Yes when the spans overlap;
 * when both resolve to the same entity (the system's own link, else the mention in its
 * span); when both phrases have the same head noun (المصادر … مصادر أمنية); or when the
 * shorter phrase is a name written inside the longer one (دونيس … المدير الفني جورجيوس
 * دونيس) — a bare name, not a definite noun, a role or an anonymous head, which would
 * be the complement of another head (رئيس النادي ≠ النادي).
 */
export function sameReferent(text: string, entities: readonly Entity[], sys: SourceSpan, gold: Partial<Span>): boolean {
  if (overlaps(sys, gold)) return true;
  if (sys.start === undefined || gold.start === undefined) return false;
  const se = sys.entity ?? referentOf(entities, sys);
  const ge = referentOf(entities, gold);
  if (se !== undefined && se === ge) return true;
  const a = wordsOf(text, sys);
  const b = wordsOf(text, gold);
  const ha = headOf(a);
  const hb = headOf(b);
  if (ha === undefined || hb === undefined) return false;
  if (ha === hb) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const hs = headOf(short) as string;
  const lex = cueLexicon();
  const bareName = short.length <= 2 && !hs.startsWith('ال') && !short[0]?.startsWith('ال') && !lex.roles.has(short[0] as string)
    && !lex.anonymousHeads.has(short[0] as string) && !lex.outletNouns.has(short[0] as string);
  return bareName && long.slice(1).includes(short[0] as string) && (short.length === 1 || long.includes(short[1] as string));
}

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
  const s: Scores = { gold: 0, system: 0, cue: 0, cueSource: 0, cueSourceStrict: 0, stance: 0, kind: 0, content: 0 };
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
      const unwritten = a.source.start === undefined || a.source.kind === g.source.kind;
      const strict = g.source.start === undefined ? unwritten : overlaps(a.source, g.source);
      const srcOk = g.source.start === undefined ? unwritten : sameReferent(ex.text, entities, a.source, g.source);
      if (strict) s.cueSourceStrict++;
      if (srcOk) s.cueSource++;
      else log?.(`${ex.id} SOURCE ${g.cue.text}: gold ${g.source.text ?? '∅'} | system ${snip(a.source)}`);
      if (srcOk && !strict) log?.(`${ex.id} SAME   ${g.cue.text}: gold ${g.source.text ?? '∅'} | system ${snip(a.source)}`);
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
    `  (strict: source spans overlap)  F1 ${pct(f1(s.system ? s.cueSourceStrict / s.system : 0, s.gold ? s.cueSourceStrict / s.gold : 0))}`,
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
  const sets = setArg >= 0 && args[setArg + 1] ? (args[setArg + 1] as string).split(',') : ['dev', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'test', 'dev11', 'dev12', 'dev13', 'dev14', 'dev15', 'dev16', 'dev17', 'dev18', 'dev19', 'dev20', 'dev21', 'dev22', 'dev23', 'dev24', 'dev25', 'dev26', 'dev27', 'dev28', 'dev29', 'dev30', 'dev31', 'dev32', 'dev33', 'dev34', 'dev35', 'dev36', 'dev37', 'dev38', 'dev39', 'dev40', 'dev41', 'dev42', 'dev43', 'dev44', 'dev45', 'dev46', 'dev47', 'dev48', 'dev49', 'dev50', 'dev51', 'dev52', 'dev53', 'dev54', 'dev55', 'dev56', 'dev57', 'dev58', 'dev59', 'dev60', 'dev61', 'dev62', 'dev63', 'dev64', 'dev65', 'dev66', 'dev67', 'dev68', 'dev69', 'dev70', 'dev71', 'dev72', 'dev73', 'dev74', 'dev75', 'dev76', 'dev77'];
  const verbose = args.includes('-v') || args.includes('--verbose');
  const novel = args.includes('--novel') ? developmentIndex() : undefined;
  const useEntities = !args.includes('--no-entities');
  console.log(useEntities
    ? 'tokens: project tokenizer; entities: project NER tagger + linker (--no-entities to read sources as bare noun phrases)'
    : 'tokens: project tokenizer; entities: none (sources read as noun phrases)');
  const analyse = useEntities ? withEntities() : tokensOnly;
  const pooled: Scores = { gold: 0, system: 0, cue: 0, cueSource: 0, cueSourceStrict: 0, stance: 0, kind: 0, content: 0 };
  for (const set of sets) {
    const gold = novel ? novelOnly(set, loadGold(set), (e) => e.id, novel) : loadGold(set);
    const lines: string[] = [];
    const scores = evaluate(gold, analyse, verbose ? (l) => lines.push(l) : undefined);
    console.log(report(set, scores));
    for (const l of lines) console.log(`    ${l}`);
    pooled.content = (pooled.content * pooled.cue + scores.content * scores.cue) / Math.max(1, pooled.cue + scores.cue);
    for (const k of ['gold', 'system', 'cue', 'cueSource', 'cueSourceStrict', 'stance', 'kind'] as const) pooled[k] += scores[k];
  }
  if (sets.length > 1) console.log(report(`pooled (${sets.join(', ')})`, pooled));
}
