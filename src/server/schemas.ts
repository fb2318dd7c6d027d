/**
 * The HTTP API's schemas: the same zod objects validate requests and
 * describe them (and the responses) in /openapi.json.
 */
import { z } from '@hono/zod-openapi';
import { PLOVER_TYPES } from '../core/types.js';

/** Limits on what one request may ask for. */
export const LIMITS = {
  /** Largest page of any list. */
  maxPage: 100,
  /** Deepest offset into any list. */
  maxOffset: 10_000,
  /** Longest search query, in characters. */
  maxQueryChars: 200,
  /** Most words or phrases in one search query. */
  maxQueryTerms: 16,
  /** Longest text accepted by POST /api/analyse, in characters. */
  maxAnalyseChars: 200_000,
  /** Most documents in one ingest request. */
  maxIngestDocs: 1000,
  /** Largest request body for /api/analyse, bytes. */
  analyseBodyBytes: 1024 * 1024,
  /** Largest request body for ingest, bytes. */
  ingestBodyBytes: 16 * 1024 * 1024,
  /** Largest body of any other request, bytes. */
  otherBodyBytes: 64 * 1024,
  /** Most entities, mentions and neighbours on an entity page. */
  maxEntityList: 200,
} as const;

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

export const ErrorSchema = z.object({
  error: z.object({
    code: z.string().openapi({ example: 'NOT_FOUND' }),
    message: z.string().openapi({ example: 'no document with id 3f2a…' }),
  }),
}).openapi('Error');

const EntityTypeSchema = z.enum(['PER', 'ORG', 'LOC', 'GPE', 'MISC']).openapi('EntityType');
const StanceSchema = z.enum(['assert', 'deny', 'allege', 'none']).openapi('Stance');
const SourceKindSchema = z.enum(['named', 'anonymous', 'outlet']).openapi('SourceKind');
const PloverSchema = z.enum(PLOVER_TYPES).openapi('PloverType');

const SpanSchema = z.object({ start: z.number().int(), end: z.number().int() }).openapi('Span');
const TextSpanSchema = SpanSchema.extend({ text: z.string() });

// ---- query parameters -------------------------------------------------------

const dateParam = (name: string, description: string) => z.string().regex(DATE_RE, `${name} must be YYYY-MM-DD`)
  .optional().openapi({ param: { name, in: 'query' }, description, example: '2019-09-25' });

const limitParam = z.coerce.number().int().min(1).max(LIMITS.maxPage).default(20)
  .openapi({ param: { name: 'limit', in: 'query' }, description: `page size (1–${LIMITS.maxPage})` });
const offsetParam = z.coerce.number().int().min(0).max(LIMITS.maxOffset).default(0)
  .openapi({ param: { name: 'offset', in: 'query' }, description: `items to skip (≤ ${LIMITS.maxOffset})` });
const entityIdParam = (name: string, description: string) => z.string().regex(/^\d{1,12}$/, `${name} must be an entity id`)
  .optional().openapi({ param: { name, in: 'query' }, description });
const boolParam = (name: string, description: string) => z.enum(['true', 'false', '1', '0']).optional()
  .transform((v) => (v === undefined ? undefined : v === 'true' || v === '1'))
  .openapi({ param: { name, in: 'query' }, description });

export const DocumentFiltersQuery = z.object({
  source: z.string().max(200).optional().openapi({ param: { name: 'source', in: 'query' }, description: 'outlet' }),
  from: dateParam('from', 'documents dated on or after'),
  to: dateParam('to', 'documents dated on or before'),
  entity: entityIdParam('entity', 'only documents that mention this entity'),
  limit: limitParam,
  offset: offsetParam,
});

export const SearchQuery = DocumentFiltersQuery.extend({
  q: z.string().trim().min(1, 'q is empty').max(LIMITS.maxQueryChars, `q is longer than ${LIMITS.maxQueryChars} characters`)
    .openapi({
      param: { name: 'q', in: 'query' },
      description: 'words (all must match), "phrases", a OR b; clitics and spellings are folded',
      example: 'حفتر روسيا',
    }),
  expand: boolParam('expand', 'also match nisba adjectives (روسيا → الروسي، الروسية)'),
});

export const EntityListQuery = z.object({
  type: EntityTypeSchema.optional().openapi({ param: { name: 'type', in: 'query' } }),
  q: z.string().trim().max(LIMITS.maxQueryChars).optional()
    .openapi({ param: { name: 'q', in: 'query' }, description: 'name or alias contains (folded)' }),
  sort: z.enum(['documents', 'mentions', 'name']).optional().openapi({ param: { name: 'sort', in: 'query' } }),
  source: z.string().max(200).optional().openapi({ param: { name: 'source', in: 'query' } }),
  from: dateParam('from', 'mentioned in documents dated on or after'),
  to: dateParam('to', 'mentioned in documents dated on or before'),
  limit: limitParam,
  offset: offsetParam,
});

const smallLimit = (name: string, def: number) => z.coerce.number().int().min(0).max(LIMITS.maxEntityList).default(def)
  .openapi({ param: { name, in: 'query' }, description: `0–${LIMITS.maxEntityList}` });

export const EntityDetailQuery = z.object({
  docs: smallLimit('docs', 20),
  docsOffset: z.coerce.number().int().min(0).max(LIMITS.maxOffset).default(0)
    .openapi({ param: { name: 'docsOffset', in: 'query' }, description: `documents skipped before the list (≤ ${LIMITS.maxOffset})` }),
  mentions: smallLimit('mentions', 50),
  cooccurring: smallLimit('cooccurring', 30),
  said: smallLimit('said', 20),
});

export const AttributionQuery = DocumentFiltersQuery.omit({ entity: true }).extend({
  by: entityIdParam('by', 'source entity id'),
  about: entityIdParam('about', 'an entity mentioned in the reported content'),
  stance: StanceSchema.optional().openapi({ param: { name: 'stance', in: 'query' } }),
  sourceKind: SourceKindSchema.optional().openapi({ param: { name: 'sourceKind', in: 'query' } }),
});

export const EventQuery = DocumentFiltersQuery.omit({ entity: true }).extend({
  actor: entityIdParam('actor', 'actor entity id'),
  recipient: entityIdParam('recipient', 'recipient entity id'),
  type: PloverSchema.optional().openapi({ param: { name: 'type', in: 'query' } }),
  negated: boolParam('negated', 'only negated (true) or only affirmed (false) events'),
});

export const StoryQuery = DocumentFiltersQuery.omit({ entity: true }).extend({
  threshold: z.coerce.number().min(0.05).max(1).optional()
    .openapi({ param: { name: 'threshold', in: 'query' }, description: 'similarity above which two documents are one story' }),
  minOutlets: z.coerce.number().int().min(1).max(100).optional().openapi({ param: { name: 'minOutlets', in: 'query' } }),
  minSize: z.coerce.number().int().min(2).max(1000).optional().openapi({ param: { name: 'minSize', in: 'query' } }),
});

export const DocIdParams = z.object({
  id: z.string().regex(/^[0-9a-f]{64}$/, 'a document id is the sha256 of its text, 64 hex digits')
    .openapi({ param: { name: 'id', in: 'path' } }),
});

export const EntityIdParams = z.object({
  id: z.string().regex(/^\d{1,12}$/, 'an entity id is a number').openapi({ param: { name: 'id', in: 'path' }, example: '1' }),
});

// ---- bodies ------------------------------------------------------------------

export const DocumentInputSchema = z.object({
  id: z.union([z.string(), z.number()]).optional().transform((v) => (v === undefined ? undefined : String(v))),
  text: z.string().min(1, 'text is empty').max(LIMITS.maxAnalyseChars, `text is longer than ${LIMITS.maxAnalyseChars} characters`),
  date: z.string().regex(DATE_RE, 'date must be YYYY-MM-DD').optional(),
  source: z.string().max(200).optional(),
  title: z.string().max(1000).optional(),
  url: z.string().max(2000).optional(),
}).openapi('DocumentInput');

export const IngestJsonBody = z.union([
  DocumentInputSchema,
  z.array(DocumentInputSchema).max(LIMITS.maxIngestDocs),
  z.object({ documents: z.array(DocumentInputSchema).max(LIMITS.maxIngestDocs) }),
]);

export const IngestQuery = z.object({
  replace: boolParam('replace', 're-analyse and replace documents already stored'),
});

// ---- responses -----------------------------------------------------------------

export const AnalysisSchema = z.object({
  schema: z.literal('isnad.analysis/1'),
  text: z.string(),
  sentences: z.array(SpanSchema),
  tokens: z.array(z.any()),
  entities: z.array(z.any()).openapi({ description: '{id, type, name, mentions[], kb?}' }),
  attributions: z.array(z.any()).openapi({ description: '{id, cue, source, content, stance, via?}' }),
  quantities: z.array(z.any()),
  times: z.array(z.any()),
  events: z.array(z.any()),
}).passthrough().openapi('Analysis', { description: 'The contract JSON of `isnad analyze`' });

const DocumentSummarySchema = z.object({
  id: z.string(),
  inputId: z.string().optional(),
  title: z.string().optional(),
  source: z.string().optional(),
  date: z.string().optional(),
  url: z.string().optional(),
  chars: z.number(),
  tokens: z.number(),
  entities: z.number(),
  attributions: z.number(),
  events: z.number(),
  analysedAt: z.string(),
}).openapi('DocumentSummary');

const EntityRefSchema = z.object({ id: z.string(), type: EntityTypeSchema, name: z.string() }).openapi('EntityRef');

const EntitySummarySchema = EntityRefSchema.extend({
  kbId: z.string().optional(),
  key: z.string(),
  documents: z.number(),
  mentions: z.number(),
}).openapi('EntitySummary');

const page = <T extends z.ZodTypeAny>(item: T, name: string) => z.object({
  items: z.array(item),
  total: z.number(),
  totalIsLowerBound: z.boolean().optional()
    .openapi({ description: 'set when counting stopped early (a very common search term): total is a lower bound' }),
  limit: z.number(),
  offset: z.number(),
}).openapi(name);

export const DocumentPageSchema = page(DocumentSummarySchema, 'DocumentPage');

export const StoredDocumentSchema = DocumentSummarySchema.extend({
  analysis: AnalysisSchema,
  entityIds: z.record(z.string(), z.string())
    .openapi({ description: "the store's entity id for each entity id of the analysis" }),
}).openapi('StoredDocument');

const SearchHitSchema = z.object({
  doc: DocumentSummarySchema,
  score: z.number(),
  snippet: z.string(),
  snippetStart: z.number(),
  highlights: z.array(SpanSchema),
  matches: z.array(SpanSchema),
}).openapi('SearchHit');
export const SearchPageSchema = page(SearchHitSchema, 'SearchPage');

export const EntityPageSchema = page(EntitySummarySchema, 'EntityPage');

const AttributionHitSchema = z.object({
  docId: z.string(),
  doc: DocumentSummarySchema,
  localId: z.string(),
  stance: StanceSchema,
  sourceKind: SourceKindSchema,
  sourceEntity: EntityRefSchema.optional(),
  sourceText: z.string().optional(),
  cue: TextSpanSchema,
  content: TextSpanSchema,
  about: z.array(EntityRefSchema),
  via: z.string().optional(),
}).openapi('AttributionHit');
export const AttributionPageSchema = page(AttributionHitSchema, 'AttributionPage');

const EventHitSchema = z.object({
  docId: z.string(),
  doc: DocumentSummarySchema,
  localId: z.string(),
  type: PloverSchema,
  mode: z.string().optional(),
  trigger: TextSpanSchema,
  actors: z.array(EntityRefSchema),
  recipients: z.array(EntityRefSchema),
  location: EntityRefSchema.optional(),
  time: z.string().nullable().optional(),
  sentence: z.string().optional(),
  attribution: z.string().optional(),
  negated: z.boolean(),
}).openapi('EventHit');
export const EventPageSchema = page(EventHitSchema, 'EventPage');

export const EntityDetailSchema = EntitySummarySchema.extend({
  aliases: z.array(z.object({ name: z.string(), count: z.number() })),
  roles: z.array(z.object({ role: z.string(), count: z.number() })),
  documentList: z.array(DocumentSummarySchema.extend({ mentions: z.number() })),
  mentionList: z.array(SpanSchema.extend({
    docId: z.string(), surface: z.string(), kind: z.enum(['name', 'adjective', 'capital', 'description', 'pronoun']).optional(),
  })),
  cooccurring: z.array(EntityRefSchema.extend({ count: z.number() })),
  timeline: z.array(z.object({ date: z.string(), documents: z.number(), mentions: z.number() })),
  said: z.record(z.string(), z.number()),
  /** Attributions where it is the source. */
  saidBy: AttributionPageSchema,
  /** Attributions whose content mentions it. */
  saidAbout: AttributionPageSchema,
}).openapi('EntityDetail');

const StorySchema = z.object({
  id: z.string(),
  kind: z.enum(['duplicate', 'story']),
  title: z.string().optional(),
  size: z.number(),
  outlets: z.array(z.object({ source: z.string(), documents: z.number() })),
  from: z.string().optional(),
  to: z.string().optional(),
  documents: z.array(DocumentSummarySchema.extend({ similarity: z.number() })),
}).openapi('Story');
export const StoryPageSchema = page(StorySchema, 'StoryPage');

export const StatsSchema = z.object({
  documents: z.number(),
  entities: z.number(),
  mentions: z.number(),
  attributions: z.number(),
  events: z.number(),
  quantities: z.number(),
  times: z.number(),
  sources: z.array(z.object({ source: z.string(), documents: z.number() })),
  from: z.string().optional(),
  to: z.string().optional(),
  schemaVersion: z.number(),
  bytes: z.number(),
  ingest: z.boolean().openapi({ description: 'whether ingest over HTTP is enabled' }),
}).openapi('Stats');

export const IngestResultSchema = z.object({
  added: z.number(),
  replaced: z.number(),
  skipped: z.number(),
  failed: z.number(),
  results: z.array(z.object({
    index: z.number(),
    inputId: z.string().optional(),
    id: z.string().optional(),
    created: z.boolean().optional(),
    replaced: z.boolean().optional(),
    error: ErrorSchema.shape.error.optional(),
  })),
}).openapi('IngestResult');
