/** The HTTP API as the UI sees it (the subset of fields it shows). */

export type EntityType = 'PER' | 'ORG' | 'LOC' | 'GPE' | 'MISC';
export type Stance = 'assert' | 'deny' | 'allege' | 'none';
export type SourceKind = 'named' | 'anonymous' | 'outlet';

export interface Span {
  start: number;
  end: number;
}

export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  mentions: (Span & { kind?: string })[];
  kb?: { id: string; [k: string]: unknown };
  roles?: string[];
}

export interface Attribution {
  id: string;
  cue: Span;
  source: { entity?: string; start?: number; end?: number; kind: SourceKind; description?: string };
  content: Span;
  stance: Stance;
  via?: string;
}

export interface Quantity extends Span {
  kind: string;
  value: number | null;
  unit: string | null;
}

export interface TimeExpr extends Span {
  value: string | null;
}

export interface IsnadEvent {
  id: string;
  type: string;
  trigger: Span;
  actor: string[];
  recipient: string[];
  location?: string;
  time?: number;
  attribution?: string;
  negated: boolean;
  future?: boolean;
  conditional?: boolean;
}

export interface Analysis {
  schema: string;
  text: string;
  date?: string;
  source?: string;
  title?: string;
  entities?: Entity[];
  attributions?: Attribution[];
  quantities?: Quantity[];
  times?: TimeExpr[];
  events?: IsnadEvent[];
  diagnostics?: { code: string; message: string; stage?: string }[];
}

export interface DocumentSummary {
  id: string;
  inputId?: string;
  title?: string;
  source?: string;
  date?: string;
  url?: string;
  chars: number;
  tokens: number;
  entities: number;
  attributions: number;
  events: number;
}

export interface StoredDocument extends DocumentSummary {
  analysis: Analysis;
  entityIds: Record<string, string>;
}

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export interface SearchHit {
  doc: DocumentSummary;
  score: number;
  snippet: string;
  highlights: Span[];
}

export interface EntityRef {
  id: string;
  type: EntityType;
  name: string;
}

export interface EntitySummary extends EntityRef {
  kbId?: string;
  documents: number;
  mentions: number;
}

export interface AttributionHit {
  docId: string;
  doc: DocumentSummary;
  localId: string;
  stance: Stance;
  sourceKind: SourceKind;
  sourceEntity?: EntityRef;
  sourceText?: string;
  cue: Span & { text: string };
  content: Span & { text: string };
  about: EntityRef[];
  via?: string;
}

export interface EventHit {
  docId: string;
  doc: DocumentSummary;
  localId: string;
  type: string;
  trigger: Span & { text: string };
  actors: EntityRef[];
  recipients: EntityRef[];
  location?: EntityRef;
  time?: string | null;
  sentence?: string;
  negated: boolean;
}

export interface EntityDetail extends EntitySummary {
  aliases: { name: string; count: number }[];
  roles: { role: string; count: number }[];
  documentList: (DocumentSummary & { mentions: number })[];
  mentionList: (Span & { docId: string; surface: string; kind?: string })[];
  cooccurring: (EntityRef & { count: number })[];
  timeline: { date: string; documents: number; mentions: number }[];
  said: Partial<Record<Stance, number>>;
  saidBy: Page<AttributionHit>;
  saidAbout: Page<AttributionHit>;
}

export interface Story {
  id: string;
  kind: 'duplicate' | 'story';
  title?: string;
  size: number;
  outlets: { source: string; documents: number }[];
  from?: string;
  to?: string;
  documents: (DocumentSummary & { similarity: number })[];
}

export interface Stats {
  documents: number;
  entities: number;
  attributions: number;
  events: number;
  sources: { source: string; documents: number }[];
  from?: string;
  to?: string;
  ingest: boolean;
}

export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

type Params = Record<string, string | number | boolean | undefined | null>;

function query(params: Params): string {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') u.set(k, String(v));
  const s = u.toString();
  return s === '' ? '' : `?${s}`;
}

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(path, init);
  const body = (await res.json().catch(() => undefined)) as unknown;
  if (!res.ok) {
    const err = (body as { error?: { code?: string; message?: string } } | undefined)?.error;
    throw new ApiError(res.status, err?.code ?? 'HTTP', err?.message ?? `HTTP ${res.status}`);
  }
  return body as T;
}

export const api = {
  stats: () => request<Stats>('/api/stats'),
  search: (p: Params) => request<Page<SearchHit>>(`/api/search${query(p)}`),
  documents: (p: Params) => request<Page<DocumentSummary>>(`/api/documents${query(p)}`),
  document: (id: string) => request<StoredDocument>(`/api/documents/${encodeURIComponent(id)}`),
  entities: (p: Params) => request<Page<EntitySummary>>(`/api/entities${query(p)}`),
  entity: (id: string, p: Params = {}) => request<EntityDetail>(`/api/entities/${encodeURIComponent(id)}${query(p)}`),
  attributions: (p: Params) => request<Page<AttributionHit>>(`/api/attributions${query(p)}`),
  events: (p: Params) => request<Page<EventHit>>(`/api/events${query(p)}`),
  stories: (p: Params) => request<Page<Story>>(`/api/stories${query(p)}`),
  analyse: (body: { text: string; date?: string }) => request<Analysis>('/api/analyse', {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body),
  }),
};
