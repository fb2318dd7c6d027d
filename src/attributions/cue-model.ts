/**
 * A learned decision on the lexicon's cue words the rules left aside: every
 * token whose form (without و/ف) is a verb form of the cue lexicon and that is
 * no cue of a rule attribution is a candidate; an averaged perceptron over
 * its context (the words around it, punctuation, أن/إن, a quotation or colon
 * after it, a following entity mention) decides whether it reports speech.
 * Measured only (src/attributions/train.ts, where an accepted cue takes its
 * source from the source ranker): it did not raise the cross-validated
 * figure, so the detector does not use it. `source` below is a plain
 * default: the entity mention right after the cue (verb–subject order), else
 * the previous attribution's source.
 */
import type { Attribution, Entity, Span, Token } from '../core/types.js';
import type { CueLexicon } from './lexicon.js';

export interface CueCandidate {
  token: number;
  cue: Span;
  features: string[];
  source: Attribution['source'];
}

const COMP = new Set(['ان', 'بان', 'انه', 'انها', 'انهم', 'بانه', 'بانها', 'وان', 'ا']);
const cls = (t: Token | undefined, sentence: number, lex: CueLexicon): string => {
  if (!t || t.sentence !== sentence) return 'edge';
  const w = t.norm;
  if (w === ':') return 'colon';
  if (w === '«' || w === '"' || w === '“' || w === '»' || w === '”') return 'quote';
  if (t.kind === 'punct' || t.kind === 'symbol') return 'punct';
  if (COMP.has(w) || lex.complementizers.has(w)) return 'comp';
  if (lex.negators.has(w)) return 'neg';
  if (/^(ال|وال)/.test(w)) return 'def';
  return w.length <= 3 ? `w=${w}` : 'word';
};

export function cueCandidates(tokens: readonly Token[], entities: readonly Entity[], rules: readonly Attribution[], lex: CueLexicon): CueCandidate[] {
  const taken = (t: Token) => rules.some((a) => t.start < a.cue.end && a.cue.start < t.end);
  const mentionStart = new Map<number, { e: Entity; start: number; end: number }>();
  for (const e of entities) for (const m of e.mentions) if (m.kind !== 'adjective' && !mentionStart.has(m.start)) mentionStart.set(m.start, { e, start: m.start, end: m.end });
  const out: CueCandidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const stripped = t.norm.replace(/^(و|ف)(?=..)/, '');
    const unsuffixed = stripped.replace(/(ه|ها|هم|هما|هن)$/, '');
    const suffixed = unsuffixed !== stripped && unsuffixed.length >= 3;
    const v = lex.verbs.get(t.norm) ?? lex.verbs.get(stripped) ?? (suffixed ? lex.verbs.get(unsuffixed) ?? lex.verbs.get(unsuffixed.replace(/ت$/, '')) : undefined);
    if (!v || taken(t)) continue;
    const s = t.sentence;
    const f = [`lemma=${v.lemma}`, `form=${stripped}`, `conj=${stripped !== t.norm}`, `stance=${v.stance}`, `part=${v.participle}`, `suffixed=${suffixed}`];
    const p1 = cls(tokens[i - 1], s, lex);
    const n1 = cls(tokens[i + 1], s, lex);
    const n2 = cls(tokens[i + 2], s, lex);
    f.push(`p1=${p1}`, `n1=${n1}`, `n2=${n2}`, `n1n2=${n1}:${n2}`, `lemma+n1=${v.lemma}:${n1}`);
    let compAfter = false;
    let quoteAfter = false;
    for (let k = i + 1; k < Math.min(tokens.length, i + 8); k++) {
      const c = cls(tokens[k], s, lex);
      if (c === 'comp') compAfter = true;
      if (c === 'quote' || c === 'colon') quoteAfter = true;
    }
    f.push(`compAfter=${compAfter}`, `quoteAfter=${quoteAfter}`);
    let inQuote = false;
    for (let k = i - 1; k >= 0 && k > i - 60; k--) {
      const w = (tokens[k] as Token).norm;
      if (w === '»' || w === '”') break;
      if (w === '«' || w === '“') { inQuote = true; break; }
    }
    f.push(`inQuote=${inQuote}`);
    const next = tokens[i + 1];
    const m = next ? mentionStart.get(next.start) : undefined;
    if (m) f.push(`mentionAfter=${m.e.type}`);
    const near = rules.filter((a) => Math.abs(a.cue.start - t.start) < 120).length;
    f.push(`rulesNear=${Math.min(near, 2)}`);
    const prev = [...rules].reverse().find((a) => a.cue.start < t.start);
    const source: Attribution['source'] = m
      ? { kind: 'named', entity: m.e.id, start: m.start, end: m.end }
      : prev ? { ...prev.source } : { kind: 'named' };
    f.push(`src=${m ? 'mention' : prev ? 'previous' : 'none'}`);
    out.push({ token: i, cue: { start: t.start, end: t.end }, features: f, source });
  }
  return out;
}
