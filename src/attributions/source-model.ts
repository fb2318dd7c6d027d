/**
 * A learned chooser of attribution sources. For each attribution the rules
 * found (src/attributions/detect.ts), the candidates are the rules' own
 * source, the entity mentions of the cue's sentence near the cue, source-like
 * head nouns there (مصادر، المتحدث، الصحيفة) and the previous attribution's
 * source; a ranker over general features (side of the cue and distance,
 * punctuation, أن/إن or a preposition in between, entity type, feminine
 * agreement of the verb, the cue word…) scores them. The rules' source stays
 * unless the best candidate scores `margin` above it. Weights:
 * data/attributions/source-model.json, trained by src/attributions/train.ts
 * (an averaged perceptron).
 */
import type { Attribution, Entity, SourceKind, Span, Token } from '../core/types.js';
import { optionalWeights } from '../resources/data-files.js';
import type { CueLexicon } from './lexicon.js';

export interface SourceWeights {
  version: number;
  /** How far the best candidate must score above the rules' source to replace it. */
  margin: number;
  weights: Record<string, number>;
}

export interface SourceCandidate {
  /** 'rule' (the rules' source), 'mention', 'head' (a source-like noun) or 'previous'. */
  origin: 'rule' | 'mention' | 'head' | 'previous';
  source: Attribution['source'];
  features: string[];
}

const BEFORE_WINDOW = 16;
const AFTER_WINDOW = 12;
const PUNCT_SEP = new Set(['،', ',', '؛', ';', ':', '.', '«', '»', '"', '(', ')', '-', '–', '—']);
const COMPLEMENTIZERS = new Set(['ان', 'بان', 'انه', 'انها', 'انهم', 'بانه', 'بانها', 'وان', 'لان']);
const PREPS = new Set(['من', 'عن', 'علي', 'الي', 'في', 'مع', 'بين', 'لدي', 'عبر', 'حسب', 'بحسب', 'وفق', 'وفقا', 'خلال', 'امام', 'لـ']);
const RELATIVES = new Set(['الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللذان', 'اللتان']);

const bucket = (d: number): string => (d <= 1 ? '1' : d <= 2 ? '2' : d <= 3 ? '3' : d <= 5 ? '4-5' : d <= 8 ? '6-8' : d <= 12 ? '9-12' : '13+');
const stripConj = (w: string): string => w.replace(/^(و|ف)(?=...)/, '');

interface MentionAt { entity: Entity; start: number; end: number; first: number; last: number }

/** Precomputed views of one document for building candidates. */
export class SourceContext {
  readonly mentions: MentionAt[] = [];

  constructor(
    readonly text: string,
    readonly tokens: readonly Token[],
    entities: readonly Entity[],
    readonly lex: CueLexicon,
  ) {
    for (const entity of entities) {
      for (const m of entity.mentions) {
        if (m.kind === 'adjective') continue;
        const first = this.tokenAt(m.start);
        let last = first;
        while (last + 1 < tokens.length && (tokens[last + 1] as Token).start < m.end) last++;
        if (first < tokens.length) this.mentions.push({ entity, start: m.start, end: m.end, first, last });
      }
    }
    this.mentions.sort((a, b) => a.first - b.first || b.last - a.last);
  }

  /** The first token ending after `offset`. */
  tokenAt(offset: number): number {
    const t = this.tokens;
    let lo = 0;
    let hi = t.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((t[mid] as Token).end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private isHeadNoun(w: string): 'anonymous' | 'outlet' | 'role' | undefined {
    const b = stripConj(w);
    const forms = [w, b, b.startsWith('ال') ? b.slice(2) : `ال${b}`];
    if (forms.some((f) => this.lex.anonymousHeads.has(f))) return 'anonymous';
    if (forms.some((f) => this.lex.outletNouns.has(f))) return 'outlet';
    if (forms.some((f) => this.lex.roles.has(f))) return 'role';
    return undefined;
  }

  /** The candidates of one attribution; the first is always the rules' source. */
  candidates(a: Attribution, previous?: Attribution): SourceCandidate[] {
    const { tokens } = this;
    const c0 = this.tokenAt(a.cue.start);
    let c1 = c0;
    while (c1 + 1 < tokens.length && (tokens[c1 + 1] as Token).start < a.cue.end) c1++;
    const cueTok = tokens[c0];
    if (!cueTok) return [{ origin: 'rule', source: a.source, features: ['rule'] }];
    const sentence = cueTok.sentence;
    const cueWord = stripConj(cueTok.norm);
    const cueFem = /ت$/.test(cueTok.norm) || /^(و|ف)?ت/.test(cueTok.norm);
    const cuePlural = /(وا|ون)$/.test(cueTok.norm);
    const ruleWritten = a.source.start !== undefined;
    const ruleSpan = ruleWritten ? { start: a.source.start as number, end: a.source.end as number } : undefined;
    const ruleSide = ruleSpan ? (ruleSpan.end <= a.cue.start ? 'before' : ruleSpan.start >= a.cue.end ? 'after' : 'in') : 'none';
    const out: SourceCandidate[] = [];
    const common = (first: number, last: number, span: Span | undefined): string[] => {
      if (!span) return [];
      const side = last < c0 ? 'before' : first > c1 ? 'after' : 'in';
      const dist = side === 'before' ? c0 - last : side === 'after' ? first - c1 : 0;
      const f = [`side=${side}`, `side+dist=${side}:${bucket(dist)}`];
      const lo = side === 'before' ? last + 1 : c1 + 1;
      const hi = side === 'before' ? c0 : first;
      let punct = false;
      let comp = false;
      let rel = false;
      let quote = false;
      for (let i = lo; i < hi; i++) {
        const w = (tokens[i] as Token).norm;
        if (PUNCT_SEP.has(w)) punct = true;
        if (w === '«' || w === '"' || w === '»') quote = true;
        if (COMPLEMENTIZERS.has(w)) comp = true;
        if (RELATIVES.has(w)) rel = true;
      }
      f.push(`${side}+punct=${punct}`, `${side}+comp=${comp}`, `${side}+rel=${rel}`, `${side}+quote=${quote}`);
      const prev = tokens[first - 1];
      const pw = prev && prev.sentence === sentence ? prev.norm : '<s>';
      f.push(`prevw=${PREPS.has(pw) ? pw : PUNCT_SEP.has(pw) ? 'punct' : pw === '<s>' ? 's' : COMPLEMENTIZERS.has(pw) ? 'comp' : 'other'}`);
      f.push(`${side}+prevPrep=${PREPS.has(pw)}`);
      const head = (tokens[first] as Token).norm;
      if (/^(ب|ل)[^ا]/.test(head) || /^(وب|ول|لل|بال)/.test(head)) f.push(`${side}+procliticPrep`);
      f.push(`cue=${cueWord}+${side}`);
      const fem = /ه$/.test(head) || /ات$/.test(head);
      f.push(`agree=${cueFem ? 'f' : cuePlural ? 'p' : 'm'}:${fem ? 'f' : 'm'}:${side}`);
      if (side === 'after' && dist === 1) f.push('rightAfterCue');
      if (ruleSpan) {
        const ov = span.start < ruleSpan.end && ruleSpan.start < span.end;
        f.push(`ruleSide=${ruleSide}+side=${side}`);
        if (ov) f.push('overlapsRule');
      } else f.push('ruleUnwritten');
      if (first === 0 || (tokens[first - 1] as Token).sentence !== sentence) f.push('sentenceStart');
      return f;
    };

    // The rules' source.
    {
      const f = ['rule', `rule+kind=${a.source.kind}`, `rule+written=${ruleWritten}`, `rule+entity=${a.source.entity !== undefined}`, `rule+cue=${cueWord}`];
      if (ruleSpan) {
        const first = this.tokenAt(ruleSpan.start);
        let last = first;
        while (last + 1 < tokens.length && (tokens[last + 1] as Token).start < ruleSpan.end) last++;
        f.push(...common(first, last, ruleSpan).map((x) => `r:${x}`));
        if ((tokens[first] as Token | undefined)?.sentence !== sentence) f.push('rule+otherSentence');
      }
      if (a.via !== undefined) f.push('rule+via');
      out.push({ origin: 'rule', source: a.source, features: f });
    }
    const seen: Span[] = ruleSpan ? [ruleSpan] : [];
    const taken = (s: Span) => seen.some((x) => s.start < x.end && x.start < s.end);
    // Entity mentions near the cue in its sentence.
    let nBefore = 0;
    let nAfter = 0;
    const near = this.mentions.filter((m) => (tokens[m.first] as Token).sentence === sentence
      && ((m.last < c0 && c0 - m.last <= BEFORE_WINDOW) || (m.first > c1 && m.first - c1 <= AFTER_WINDOW)));
    const closestBefore = near.filter((m) => m.last < c0).at(-1);
    const closestAfter = near.find((m) => m.first > c1);
    for (const m of near) {
      const span = { start: m.start, end: m.end };
      if (m.last < c0) nBefore++;
      else nAfter++;
      if (taken(span)) continue;
      seen.push(span);
      const f = ['mention', `etype=${m.entity.type}`, ...common(m.first, m.last, span)];
      f.push(...common(m.first, m.last, span).map((x) => `${m.entity.type}:${x}`));
      if (m === closestBefore) f.push('closestBefore');
      if (m === closestAfter) f.push('closestAfter', `closestAfter+etype=${m.entity.type}`);
      const hn = this.isHeadNoun((tokens[m.first] as Token).norm);
      if (hn) f.push(`headNoun=${hn}`);
      const kind: SourceKind = hn === 'outlet' ? 'outlet' : hn === 'anonymous' ? 'anonymous' : 'named';
      out.push({ origin: 'mention', source: { kind, entity: m.entity.id, start: m.start, end: m.end }, features: f });
    }
    // Source-like head nouns near the cue (not inside a mention already taken).
    const lo = Math.max(0, c0 - BEFORE_WINDOW);
    const hi = Math.min(tokens.length - 1, c1 + AFTER_WINDOW);
    for (let i = lo; i <= hi; i++) {
      if (i >= c0 && i <= c1) continue;
      const t = tokens[i] as Token;
      if (t.sentence !== sentence || t.kind === 'punct') continue;
      const hn = this.isHeadNoun(t.norm);
      if (!hn) continue;
      // The head and its adjectives (مصادر أمنية): following definite-agreeing words, up to two.
      let last = i;
      while (last + 1 <= hi && last - i < 2) {
        const n = tokens[last + 1] as Token;
        if (n.kind === 'punct' || n.sentence !== sentence || (last + 1 >= c0 && last + 1 <= c1)) break;
        const adj = /(ي|يه|يون|يين|ه)$/.test(n.norm) && !COMPLEMENTIZERS.has(n.norm) && !PREPS.has(n.norm) && !RELATIVES.has(n.norm);
        if (!adj) break;
        last++;
      }
      const span = { start: t.start, end: (tokens[last] as Token).end };
      if (taken(span)) continue;
      seen.push(span);
      const kind: SourceKind = hn === 'outlet' ? 'outlet' : hn === 'anonymous' ? 'anonymous' : 'named';
      out.push({ origin: 'head', source: { kind, start: span.start, end: span.end }, features: ['head', `head=${hn}`, ...common(i, last, span).map((x) => `h:${x}`)] });
    }
    // The previous attribution's source (a subjectless وأضاف).
    if (previous && previous.source.start !== undefined && !taken({ start: previous.source.start, end: previous.source.end as number })) {
      const pt = tokens[this.tokenAt(previous.source.start)];
      const f = ['previous', `previous+sameSentence=${pt?.sentence === sentence}`, `previous+cue=${cueWord}`,
        `previous+ruleWritten=${ruleWritten}`, `previous+ruleSide=${ruleSide}`, `previous+kind=${previous.source.kind}`,
        `previous+n=${Math.min(nBefore, 3)}:${Math.min(nAfter, 3)}`];
      out.push({ origin: 'previous', source: { ...previous.source }, features: f });
    }
    return out;
  }
}

/**
 * A candidate described without the rules' choice (no `rule…` features; the
 * rules' span described like any other candidate): for ranking sources of
 * cues the rules did not find.
 */
export function withoutRuleFeatures(c: SourceCandidate): SourceCandidate {
  return { ...c, features: c.features.map((f) => f.replace(/^r:/, '')).filter((f) => !/^(rule|overlapsRule|ruleSide|ruleUnwritten)/.test(f)) };
}

/** The index of the best-scoring candidate (the first on ties). */
export function best(cands: readonly SourceCandidate[], w: Readonly<Record<string, number>>): number {
  let k = 0;
  let top = -Infinity;
  cands.forEach((c, i) => {
    const s = scoreFeatures(w, c.features);
    if (s > top) {
      top = s;
      k = i;
    }
  });
  return k;
}

export function scoreFeatures(w: Readonly<Record<string, number>>, features: readonly string[]): number {
  let s = 0;
  for (const f of features) s += w[f] ?? 0;
  return s;
}

/** The index of the chosen candidate: the best one if it beats the rules' (index 0) by the margin, else 0. */
export function choose(cands: readonly SourceCandidate[], w: SourceWeights): number {
  if (cands.length <= 1) return 0;
  const rule = scoreFeatures(w.weights, (cands[0] as SourceCandidate).features);
  let best = 0;
  let top = rule;
  for (let k = 1; k < cands.length; k++) {
    const s = scoreFeatures(w.weights, (cands[k] as SourceCandidate).features);
    if (s > top) {
      top = s;
      best = k;
    }
  }
  return best !== 0 && top - rule >= w.margin ? best : 0;
}

/** Attributions with their sources re-chosen by the model (the rules' source where it does not override). */
export function rechooseSources(
  input: { text: string; tokens: readonly Token[]; entities?: readonly Entity[] },
  attributions: readonly Attribution[],
  lex: CueLexicon,
  w: SourceWeights,
): Attribution[] {
  if (attributions.length === 0) return [...attributions];
  const ctx = new SourceContext(input.text, input.tokens, input.entities ?? [], lex);
  return attributions.map((a, k) => {
    const cands = ctx.candidates(a, attributions[k - 1]);
    const i = choose(cands, w);
    return i === 0 ? a : { ...a, source: { ...(cands[i] as SourceCandidate).source } };
  });
}

export const SOURCE_MODEL_FILE = 'attributions/source-model.json';

const sourceModel = optionalWeights<SourceWeights>(SOURCE_MODEL_FILE);

/** The committed weights, or undefined when the file is absent. */
export const sourceWeights = sourceModel.load;

/** Turns the model off (the rules' sources stay), for comparisons and training; returns the previous setting. */
export const setSourceModelEnabled = sourceModel.setEnabled;

/** The weights in use: undefined when turned off or absent. */
export const activeSourceWeights = sourceModel.active;
