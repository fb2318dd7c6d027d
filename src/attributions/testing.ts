import type { AnalysisJson } from '../core/analysis.js';
import { ANALYSIS_SCHEMA } from '../core/analysis.js';
import type { Attribution, Entity, EntityType, Span, Stance, Token } from '../core/types.js';
import { segmentText } from '../text/segment/segment-text.js';
import { detectAttributions } from './detect.js';

/** Hand-made entities for tests: every occurrence of each surface form becomes a mention. */
export function entitiesBySurface(text: string, spec: { id: string; type: EntityType; name: string; forms: string[] }[]): Entity[] {
  return spec.map((e) => {
    const mentions: Span[] = [];
    for (const f of e.forms) {
      let k = text.indexOf(f);
      while (k >= 0) {
        const before = k === 0 ? '' : text.charAt(k - 1);
        const after = text.charAt(k + f.length);
        const letter = /[\u0621-\u064A]/;
        if (!letter.test(after) && !(letter.test(before) && !/[وفبل]/.test(before))) mentions.push({ start: k, end: k + f.length });
        k = text.indexOf(f, k + f.length);
      }
    }
    mentions.sort((a, b) => a.start - b.start);
    return { id: e.id, type: e.type, name: e.name, mentions };
  });
}

/** Tokens of a text by the project's tokenizer. */
export function tokensOf(text: string): { tokens: Token[]; sentences: Span[] } {
  const s = segmentText(text);
  return { tokens: s.tokens, sentences: s.sentences };
}

/** Runs the detector over a text with the given entities. */
export function attributionsOf(text: string, entities: Entity[] = []): Attribution[] {
  return detectAttributions({ text, tokens: tokensOf(text).tokens, entities });
}

/** The text a span covers, ∅ for a source whose span is not written. */
export function spanText(text: string, s: { start?: number; end?: number }): string {
  return s.start === undefined ? '∅' : text.slice(s.start, s.end ?? s.start);
}

/** Cue, source and stance of each attribution found in a text, as the words they cover. */
export function attributionViews(text: string, entities: Entity[] = []): { cue: string; source: string; stance: Stance }[] {
  return attributionsOf(text, entities).map((a) => ({ cue: spanText(text, a.cue), source: spanText(text, a.source), stance: a.stance }));
}

/** A minimal analysis object for the text view. */
export function analysisOf(text: string, entities: Entity[], attributions: Attribution[]): AnalysisJson {
  return {
    schema: ANALYSIS_SCHEMA, text, sentences: [], tokens: [], entities, attributions, quantities: [], times: [], events: [],
  };
}
