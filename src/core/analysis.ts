import type { AnalysedDocument } from './pipeline.js';
import type {
  Attribution, Diagnostic, Entity, IsnadEvent, Quantity, Span, TimeExpr, TokenKind,
} from './types.js';

export const ANALYSIS_SCHEMA = 'isnad.analysis/1';

export interface AnalysisToken extends Span {
  kind: TokenKind;
  norm: string;
  /** Clitic segments as `form` strings, proclitics to enclitics (only when split). */
  segments?: string[];
}

/** The `isnad analyze` output object (../shared/contract.md). */
export interface AnalysisJson {
  schema: typeof ANALYSIS_SCHEMA;
  id?: string;
  date?: string;
  source?: string;
  title?: string;
  url?: string;
  text: string;
  sentences: Span[];
  tokens: AnalysisToken[];
  entities: Entity[];
  attributions: Attribution[];
  quantities: Quantity[];
  times: TimeExpr[];
  events: IsnadEvent[];
  diagnostics?: Diagnostic[];
}

/** Projects an analysed document onto the contract's JSON shape. */
export function toAnalysisJson(doc: AnalysedDocument): AnalysisJson {
  const { input, layers } = doc;
  const out: AnalysisJson = {
    schema: ANALYSIS_SCHEMA,
    ...(input.id !== undefined && { id: input.id }),
    ...(input.date !== undefined && { date: input.date }),
    ...(input.source !== undefined && { source: input.source }),
    ...(input.title !== undefined && { title: input.title }),
    ...(input.url !== undefined && { url: input.url }),
    text: doc.text,
    sentences: (layers.sentences ?? []).map((s) => ({ start: s.start, end: s.end })),
    tokens: (layers.tokens ?? []).map((t) => {
      const tok: AnalysisToken = { start: t.start, end: t.end, kind: t.kind, norm: t.norm };
      if (t.segments && t.segments.length > 1) tok.segments = t.segments.map((s) => s.form);
      return tok;
    }),
    entities: layers.entities ?? [],
    attributions: layers.attributions ?? [],
    quantities: layers.quantities ?? [],
    times: layers.times ?? [],
    events: layers.events ?? [],
  };
  if (doc.diagnostics.length > 0) out.diagnostics = [...doc.diagnostics];
  return out;
}
