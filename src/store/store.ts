/**
 * The store interface: what every backend (SQLite now, PostgreSQL later)
 * implements. All methods are asynchronous so that a networked backend fits
 * the same shape. Identifiers are strings: a document's `id` is its content
 * hash (sha256 of the text, hex); an entity's `id` is the store's own
 * cross-document id (stable within one store).
 */
import type { AnalysisJson } from '../core/analysis.js';
import type {
  DocumentInput, EntityType, MentionKind, PloverType, SourceKind, Span, Stance,
} from '../core/types.js';

/** Paging for every list: `limit` defaults to 20 (max 1000), `offset` to 0. */
export interface Paging {
  limit?: number;
  offset?: number;
}

export interface Page<T> {
  items: T[];
  /** Number of items matching the filters, before paging. */
  total: number;
  limit: number;
  offset: number;
  /**
   * Set when counting stopped early (a very common search term): `total`
   * is then a lower bound of the matches.
   */
  totalIsLowerBound?: boolean;
}

/** Filters shared by document-level queries. Dates are YYYY-MM-DD, inclusive. */
export interface DocumentFilters {
  source?: string;
  from?: string;
  to?: string;
  /** A store entity id: only documents that mention it. */
  entity?: string;
}

export interface DocumentSummary {
  /** Content hash: sha256 of the text, hex. */
  id: string;
  /** The id given at input (JSONL `id`, file path…), when any. */
  inputId?: string;
  title?: string;
  source?: string;
  date?: string;
  url?: string;
  /** Length of the text in UTF-16 code units. */
  chars: number;
  tokens: number;
  entities: number;
  attributions: number;
  events: number;
  /** ISO timestamp of the (last) analysis. */
  analysedAt: string;
}

export interface StoredDocument extends DocumentSummary {
  analysis: AnalysisJson;
  /** The store's entity id of each entity of the analysis (by its id in the analysis), when the backend knows it. */
  entityIds?: Record<string, string>;
}

export interface SearchQuery extends DocumentFilters, Paging {
  /**
   * Words are ANDed; "double-quoted" parts are phrases; `OR` between two
   * words or phrases is a disjunction. Folding (normalisation and clitics) is
   * the same as the index's.
   */
  q: string;
  /** Also match nisba/adjective forms: روسيا → الروسي، الروسية. */
  expand?: boolean;
}

export interface SearchHit {
  doc: DocumentSummary;
  /** bm25 score: larger is better (the sign of SQLite's bm25 is flipped). */
  score: number;
  /** A window of the ORIGINAL text around the best match. */
  snippet: string;
  /** Where `snippet` starts in the original text. */
  snippetStart: number;
  /** Matched spans, offsets into `snippet`. */
  highlights: Span[];
  /** Every matched span, offsets into the document's original text. */
  matches: Span[];
}

export interface EntityFilters extends Paging {
  type?: EntityType;
  /** Name filter: entities whose name or an alias contains it (folded). */
  q?: string;
  source?: string;
  from?: string;
  to?: string;
  /** Sort: by number of documents (default) or by name. */
  sort?: 'documents' | 'mentions' | 'name';
}

export interface EntityRef {
  id: string;
  type: EntityType;
  name: string;
}

export interface EntitySummary extends EntityRef {
  kbId?: string;
  /** The cross-document merge key: `kb:…`, `key:…` or `name:TYPE:…`. */
  key: string;
  documents: number;
  mentions: number;
}

export interface EntityMentionHit extends Span {
  docId: string;
  /** The mention's surface in the original text. */
  surface: string;
  kind?: MentionKind;
}

export interface EntityDetail extends EntitySummary {
  /** Distinct names and surfaces seen, with how often. */
  aliases: { name: string; count: number }[];
  roles: { role: string; count: number }[];
  /** The documents that mention it (most recent first, up to `docLimit`). */
  documentList: (DocumentSummary & { mentions: number })[];
  /** Mentions across documents (up to `mentionLimit`). */
  mentionList: EntityMentionHit[];
  /** Entities appearing in the same documents, with the number of shared documents. */
  cooccurring: (EntityRef & { count: number })[];
  /** Documents per date (YYYY-MM-DD), ascending; undated documents left out. */
  timeline: { date: string; documents: number; mentions: number }[];
  /** Attributions counts where it is the source, by stance. */
  said: Partial<Record<Stance, number>>;
}

export interface EntityDetailOptions {
  /** Documents listed (most recent first), default 50. */
  docLimit?: number;
  /** Documents skipped before the list (paging through `documentList`), default 0. */
  docOffset?: number;
  mentionLimit?: number;
  cooccurLimit?: number;
}

export interface AttributionFilters extends DocumentFilters, Paging {
  /** Source entity id. */
  by?: string;
  /** An entity id mentioned inside the reported content. */
  about?: string;
  stance?: Stance;
  sourceKind?: SourceKind;
}

export interface AttributionHit {
  docId: string;
  doc: DocumentSummary;
  /** The attribution's id inside its document's analysis. */
  localId: string;
  stance: Stance;
  sourceKind: SourceKind;
  /** The source entity, when named. */
  sourceEntity?: EntityRef;
  /** The source as written (its span's text, or its description). */
  sourceText?: string;
  cue: Span & { text: string };
  content: Span & { text: string };
  /** Entities mentioned in the content. */
  about: EntityRef[];
  via?: string;
}

export interface EventFilters extends DocumentFilters, Paging {
  /** Actor entity id. */
  actor?: string;
  recipient?: string;
  type?: PloverType;
  negated?: boolean;
}

export interface EventHit {
  docId: string;
  doc: DocumentSummary;
  localId: string;
  type: PloverType;
  mode?: string;
  trigger: Span & { text: string };
  actors: EntityRef[];
  recipients: EntityRef[];
  location?: EntityRef;
  /** Resolved value of the event's time expression, if any. */
  time?: string | null;
  /** The sentence (original text) that holds the trigger. */
  sentence?: string;
  attribution?: string;
  negated: boolean;
}

export interface StoryOptions extends DocumentFilters, Paging {
  /** Jaccard (estimated, over word shingles) above which two documents are one story. Default 0.3. */
  threshold?: number;
  /** Only clusters carried by at least this many outlets (default 1). */
  minOutlets?: number;
  /** Only clusters of at least this many documents (default 2). */
  minSize?: number;
  /** Two dated documents more than this many days apart are not one story (default 3; 0: no limit). */
  windowDays?: number;
}

export interface Story {
  /** Stable within one call: the id of the earliest document. */
  id: string;
  /** 'duplicate' when every pair is a near-duplicate (≥ 0.8), else 'story'. */
  kind: 'duplicate' | 'story';
  title?: string;
  size: number;
  outlets: { source: string; documents: number }[];
  from?: string;
  to?: string;
  documents: (DocumentSummary & { similarity: number })[];
}

export interface StoreStats {
  documents: number;
  entities: number;
  mentions: number;
  attributions: number;
  events: number;
  quantities: number;
  times: number;
  sources: { source: string; documents: number }[];
  from?: string;
  to?: string;
  schemaVersion: number;
  /** Bytes on disk (0 for in-memory). */
  bytes: number;
}

export interface PutResult {
  id: string;
  /** false when the document was already stored (and not replaced). */
  created: boolean;
  replaced: boolean;
}

export interface PutOptions {
  /** Replace the analysis of a document already stored (re-analysis). */
  replace?: boolean;
}

/**
 * Everything the store keeps of one document, derived from its analysis by
 * `prepareDocument` (src/store/prepare.ts). Plain data: it crosses worker
 * threads and suits any backend.
 */
export interface PreparedDocument {
  id: string;
  input: DocumentInput;
  analysis: AnalysisJson;
  /** The folded text for full-text search: one term per word, space-separated. */
  folded: string;
  /** MinHash signature over word shingles. */
  signature: Uint32Array;
  /**
   * The whole analysis, packed (deflate-raw of its JSON), when prepared
   * off-thread. Then `analysis` may be slim: its tokens and sentences empty,
   * their count in `tokenCount`.
   */
  packed?: Uint8Array;
  /** Words (non-punctuation tokens) of the analysis, when `analysis` is slim. */
  tokenCount?: number;
}

export interface Store {
  readonly backend: string;

  /** Stores one analysed document; idempotent by content hash. */
  putAnalysis(input: DocumentInput, analysis: AnalysisJson, options?: PutOptions): Promise<PutResult>;
  /** Stores many prepared documents in one transaction: all or none. */
  putPrepared(docs: readonly PreparedDocument[], options?: PutOptions): Promise<PutResult[]>;
  /** True when a document with this content hash is stored. */
  hasDocument(hash: string): Promise<boolean>;

  listDocuments(filters?: DocumentFilters & Paging): Promise<Page<DocumentSummary>>;
  getDocument(id: string): Promise<StoredDocument | undefined>;
  /** Every stored document with its analysis, in storage order. */
  iterateDocuments(filters?: DocumentFilters): AsyncIterable<StoredDocument>;

  search(query: SearchQuery): Promise<Page<SearchHit>>;

  listEntities(filters?: EntityFilters): Promise<Page<EntitySummary>>;
  getEntity(id: string, options?: EntityDetailOptions): Promise<EntityDetail | undefined>;
  /** Entities whose name or alias matches `name` after folding, best first. */
  findEntities(name: string, limit?: number): Promise<EntitySummary[]>;

  attributions(filters?: AttributionFilters): Promise<Page<AttributionHit>>;
  events(filters?: EventFilters): Promise<Page<EventHit>>;
  stories(options?: StoryOptions): Promise<Page<Story>>;
  stats(): Promise<StoreStats>;

  close(): Promise<void>;
}

export interface OpenStoreOptions {
  readonly?: boolean;
}

/** Default database path: $ISNAD_DB, else ./isnad.db. */
export function defaultDbPath(): string {
  const env = process.env['ISNAD_DB'];
  return env !== undefined && env !== '' ? env : './isnad.db';
}
