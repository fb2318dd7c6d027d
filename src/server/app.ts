/**
 * The HTTP API over a Store (and an analyser), plus the web UI's files.
 * `createApp` builds it without listening, so tests call `app.request(...)`
 * against any store.
 */
import { timingSafeEqual } from 'node:crypto';
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { timeout } from 'hono/timeout';
import type { AnalysisJson } from '../core/analysis.js';
import { isIsnadError } from '../core/errors.js';
import type { DocumentInput } from '../core/types.js';
import { parseJsonlLine } from '../ingest/sources.js';
import { entityMergeKey, prepareDocument } from '../store/prepare.js';
import type { PreparedDocument, Store } from '../store/store.js';
import { ResponseCache, type CacheOptions } from './cache.js';
import { HttpError, toErrorResponse } from './errors.js';
import {
  AnalysisSchema, AttributionPageSchema, AttributionQuery, DocIdParams, DocumentFiltersQuery, DocumentInputSchema,
  DocumentPageSchema, EntityDetailQuery, EntityDetailSchema, EntityIdParams, EntityListQuery, EntityPageSchema,
  ErrorSchema, EventPageSchema, EventQuery, IngestJsonBody, IngestQuery, IngestResultSchema, LIMITS, SearchPageSchema,
  SearchQuery, StatsSchema, StoredDocumentSchema, StoryPageSchema, StoryQuery,
} from './schemas.js';
import { staticHandler } from './static.js';

export type Analyser = (input: DocumentInput) => AnalysisJson | Promise<AnalysisJson>;

export interface AppOptions {
  /** Analyses posted texts (POST /api/analyse, ingest); without it those answer 503. */
  analyse?: Analyser;
  /** Bearer token for ingest; undefined or empty: ingest is disabled (403). */
  token?: string;
  /** Folder of the built web UI (web/dist); undefined: no UI, API only. */
  webRoot?: string;
  /** Longest time of a read request, ms (default 10 s). */
  timeoutMs?: number;
  /** Longest time of an analysis or ingest request, ms (default 120 s). */
  analyseTimeoutMs?: number;
  /** Cache of GET answers (default on: 2000 entries, 30 s); `{entries: 0}` turns it off. */
  cache?: CacheOptions;
}

const json = <T extends z.ZodTypeAny>(schema: T, description: string) => ({
  content: { 'application/json': { schema } }, description,
});

const ERRORS = {
  400: json(ErrorSchema, 'bad request: the message names the field'),
  500: json(ErrorSchema, 'internal error'),
  504: json(ErrorSchema, 'the request took too long'),
};

/** Splits a search query roughly as the store does, to bound its cost. */
export function countQueryTerms(q: string): number {
  let n = 0;
  for (const m of q.matchAll(/"[^"]*"|[^\s"]+/g)) if (m[0] !== 'OR') n++;
  return n;
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function defined<T extends object>(o: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as never;
}

/** The store's entity id of each entity of one analysis (by the store's merge key). */
async function entityIdsOf(store: Store, analysis: AnalysisJson): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const byKey = new Map<string, string>();
  await Promise.all(analysis.entities.map(async (e) => {
    const key = entityMergeKey(e);
    const known = byKey.get(key);
    if (known !== undefined) {
      out[e.id] = known;
      return;
    }
    const found = (await store.findEntities(e.name, 25)).find((s) => s.key === key);
    if (found) {
      out[e.id] = found.id;
      byKey.set(key, found.id);
    }
  }));
  return out;
}

export function createApp(store: Store, options: AppOptions = {}): OpenAPIHono {
  const app = new OpenAPIHono({
    defaultHook: (result) => {
      if (!result.success) {
        const issue = result.error.issues[0];
        const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
        throw new HttpError(400, 'BAD_REQUEST', `${where}${issue?.message ?? 'invalid request'}`);
      }
      return undefined;
    },
  });
  const readTimeout = options.timeoutMs ?? 10_000;
  const analyseTimeout = options.analyseTimeoutMs ?? 120_000;
  const token = options.token !== undefined && options.token !== '' ? options.token : undefined;

  app.onError((e, c) => {
    const { status, body } = toErrorResponse(e);
    if (status >= 500 && !(e instanceof HttpError) && !isIsnadError(e)) {
      process.stderr.write(`isnad serve: ${c.req.method} ${c.req.path}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    }
    return c.json(body, status);
  });
  app.notFound((c) => c.json({ error: { code: 'NOT_FOUND', message: `no route ${c.req.method} ${c.req.path}` } }, 404));

  const tooLarge = () => {
    throw new HttpError(413, 'PAYLOAD_TOO_LARGE', 'the request body is too large');
  };
  const isAnalysis = (path: string, method: string) => method === 'POST' && (path === '/api/analyse' || path === '/api/documents');
  app.use('/api/*', async (c, next) => {
    const heavy = isAnalysis(c.req.path, c.req.method);
    const limit = c.req.path === '/api/documents' ? LIMITS.ingestBodyBytes
      : c.req.path === '/api/analyse' ? LIMITS.analyseBodyBytes : LIMITS.otherBodyBytes;
    c.header('cache-control', 'no-store');
    c.header('x-content-type-options', 'nosniff');
    const limited = bodyLimit({ maxSize: limit, onError: tooLarge });
    const timed = timeout(heavy ? analyseTimeout : readTimeout, () => new HttpError(504, 'TIMEOUT', 'the request took too long') as never);
    await limited(c, async () => {
      await timed(c, next);
    });
  });

  const cache = new ResponseCache(options.cache);
  app.use('/api/*', cache.middleware());

  const analyser = (): Analyser => {
    if (!options.analyse) throw new HttpError(503, 'UNAVAILABLE', 'this server has no analyser');
    return options.analyse;
  };

  // ---- stats -----------------------------------------------------------------
  app.openapi(createRoute({
    method: 'get', path: '/api/stats', tags: ['store'], summary: 'What the store holds',
    responses: { 200: json(StatsSchema, 'counts, outlets and date range'), 500: ERRORS[500] },
  }), async (c) => c.json({ ...(await store.stats()), ingest: token !== undefined }, 200));

  // ---- analyse -----------------------------------------------------------------
  app.openapi(createRoute({
    method: 'post', path: '/api/analyse', tags: ['analysis'], summary: 'Analyse one posted text (not stored)',
    request: { body: { content: { 'application/json': { schema: DocumentInputSchema } }, required: true } },
    responses: {
      200: json(AnalysisSchema, 'the contract JSON of `isnad analyze`'),
      ...ERRORS,
      413: json(ErrorSchema, 'body too large'),
      503: json(ErrorSchema, 'no analyser'),
    },
  }), async (c) => {
    const body = c.req.valid('json');
    const analysis = await analyser()(defined(body) as DocumentInput);
    return c.json(analysis as z.infer<typeof AnalysisSchema>, 200);
  });

  // ---- documents -------------------------------------------------------------
  app.openapi(createRoute({
    method: 'get', path: '/api/documents', tags: ['documents'], summary: 'List documents, most recent first',
    request: { query: DocumentFiltersQuery },
    responses: { 200: json(DocumentPageSchema, 'a page of documents'), ...ERRORS },
  }), async (c) => c.json(await store.listDocuments(defined(c.req.valid('query'))), 200));

  app.openapi(createRoute({
    method: 'get', path: '/api/documents/{id}', tags: ['documents'], summary: 'One document with its analysis',
    request: { params: DocIdParams },
    responses: { 200: json(StoredDocumentSchema, 'the document'), 404: json(ErrorSchema, 'no such document'), ...ERRORS },
  }), async (c) => {
    const { id } = c.req.valid('param');
    const doc = await store.getDocument(id);
    if (!doc) throw new HttpError(404, 'NOT_FOUND', `no document with id ${id}`);
    const entityIds = doc.entityIds ?? await entityIdsOf(store, doc.analysis);
    return c.json({ ...doc, analysis: doc.analysis as z.infer<typeof AnalysisSchema>, entityIds }, 200);
  });

  const requireToken: MiddlewareHandler = async (c, next) => {
    if (token === undefined) {
      throw new HttpError(403, 'INGEST_DISABLED', 'ingest over HTTP is disabled: start the server with ISNAD_TOKEN set');
    }
    const header = c.req.header('authorization') ?? '';
    const m = /^Bearer\s+(.+)$/i.exec(header);
    if (!m || !sameToken((m[1] as string).trim(), token)) {
      c.header('www-authenticate', 'Bearer');
      throw new HttpError(401, 'UNAUTHORIZED', 'ingest needs the header Authorization: Bearer <ISNAD_TOKEN>');
    }
    await next();
  };

  app.openapi(createRoute({
    method: 'post', path: '/api/documents', tags: ['documents'], summary: 'Ingest documents (bearer token)',
    description: 'A JSON document, an array of them, {documents: [...]}, or JSONL (application/x-ndjson), one document per line.'
      + ` At most ${LIMITS.maxIngestDocs} documents per request. Idempotent by content hash.`,
    middleware: [requireToken] as const,
    security: [{ bearer: [] }],
    request: {
      query: IngestQuery,
      body: {
        content: {
          'application/json': { schema: IngestJsonBody },
          'application/x-ndjson': { schema: z.string().openapi({ description: 'one JSON document per line' }) },
        },
        // Not `required`: the JSON validator would then also run on JSONL bodies.
        required: false,
      },
    },
    responses: {
      200: json(IngestResultSchema, 'what was stored; failed documents carry their error'),
      401: json(ErrorSchema, 'missing or wrong token'),
      403: json(ErrorSchema, 'ingest disabled (no ISNAD_TOKEN)'),
      413: json(ErrorSchema, 'body too large'),
      415: json(ErrorSchema, 'neither JSON nor JSONL'),
      ...ERRORS,
    },
  }), async (c) => {
    const analyse = analyser();
    const { replace } = c.req.valid('query');
    const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    type Item = { index: number; input?: DocumentInput; error?: { code: string; message: string }; inputId?: string };
    const items: Item[] = [];
    if (type === 'application/json') {
      const body = c.req.valid('json') as z.infer<typeof IngestJsonBody>;
      const docs = Array.isArray(body) ? body : 'documents' in body ? body.documents : [body];
      docs.forEach((d, index) => items.push({ index, input: defined(d) as DocumentInput, ...(d.id !== undefined && { inputId: d.id }) }));
    } else if (['application/x-ndjson', 'application/jsonl', 'application/x-jsonlines', 'text/plain'].includes(type)) {
      const lines = (await c.req.text()).split('\n');
      let index = 0;
      for (let i = 0; i < lines.length; i++) {
        const line = (lines[i] as string).trim();
        if (line === '') continue;
        if (items.length >= LIMITS.maxIngestDocs) {
          throw new HttpError(413, 'PAYLOAD_TOO_LARGE', `at most ${LIMITS.maxIngestDocs} documents per request`);
        }
        try {
          const input = parseJsonlLine(line, `line ${i + 1}`);
          if (input.text.length > LIMITS.maxAnalyseChars) {
            throw new HttpError(413, 'INPUT_TOO_LARGE', `line ${i + 1}: text is longer than ${LIMITS.maxAnalyseChars} characters`);
          }
          items.push({ index, input, ...(input.id !== undefined && { inputId: input.id }) });
        } catch (e) {
          const { body } = toErrorResponse(e);
          items.push({ index, error: body.error });
        }
        index++;
      }
    } else {
      throw new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', 'send application/json or application/x-ndjson');
    }

    const prepared: { item: Item; doc: PreparedDocument }[] = [];
    for (const item of items) {
      if (!item.input) continue;
      try {
        prepared.push({ item, doc: prepareDocument(item.input, await analyse(item.input)) });
      } catch (e) {
        item.error = toErrorResponse(e).body.error;
      }
    }
    const results = await store.putPrepared(prepared.map((p) => p.doc), { replace: replace === true });
    cache.clear();
    const out = { added: 0, replaced: 0, skipped: 0, failed: 0, results: [] as z.infer<typeof IngestResultSchema>['results'] };
    const byIndex = new Map(prepared.map((p, i) => [p.item.index, results[i]]));
    for (const item of items) {
      const r = byIndex.get(item.index);
      const base = { index: item.index, ...(item.inputId !== undefined && { inputId: item.inputId }) };
      if (item.error || !r) {
        out.failed++;
        out.results.push({ ...base, error: item.error ?? { code: 'INTERNAL', message: 'not stored' } });
        continue;
      }
      if (r.created) out.added++;
      else if (r.replaced) out.replaced++;
      else out.skipped++;
      out.results.push({ ...base, id: r.id, created: r.created, replaced: r.replaced });
    }
    return c.json(out, 200);
  });

  // ---- search ------------------------------------------------------------------
  app.openapi(createRoute({
    method: 'get', path: '/api/search', tags: ['search'], summary: 'Full-text search with folding of clitics and spellings',
    request: { query: SearchQuery },
    responses: { 200: json(SearchPageSchema, 'hits with snippets'), ...ERRORS },
  }), async (c) => {
    const q = c.req.valid('query');
    if (countQueryTerms(q.q) > LIMITS.maxQueryTerms) {
      throw new HttpError(400, 'QUERY_TOO_COMPLEX', `a query has at most ${LIMITS.maxQueryTerms} words or phrases`);
    }
    return c.json(await store.search(defined(q)), 200);
  });

  // ---- entities ------------------------------------------------------------------
  app.openapi(createRoute({
    method: 'get', path: '/api/entities', tags: ['entities'], summary: 'Entities across documents',
    request: { query: EntityListQuery },
    responses: { 200: json(EntityPageSchema, 'a page of entities'), ...ERRORS },
  }), async (c) => c.json(await store.listEntities(defined(c.req.valid('query'))), 200));

  app.openapi(createRoute({
    method: 'get', path: '/api/entities/{id}', tags: ['entities'],
    summary: 'One entity: mentions, documents, who said what about it, co-occurring entities, timeline',
    request: { params: EntityIdParams, query: EntityDetailQuery },
    responses: { 200: json(EntityDetailSchema, 'the entity'), 404: json(ErrorSchema, 'no such entity'), ...ERRORS },
  }), async (c) => {
    const { id } = c.req.valid('param');
    const q = c.req.valid('query');
    const detail = await store.getEntity(id, {
      docLimit: q.docs, docOffset: q.docsOffset, mentionLimit: q.mentions, cooccurLimit: q.cooccurring,
    });
    if (!detail) throw new HttpError(404, 'NOT_FOUND', `no entity with id ${id}`);
    const limit = Math.max(1, q.said);
    const [saidBy, saidAbout] = await Promise.all([
      store.attributions({ by: id, limit }),
      store.attributions({ about: id, limit }),
    ]);
    return c.json({ ...detail, saidBy, saidAbout }, 200);
  });

  // ---- attributions, events, stories -----------------------------------------------
  app.openapi(createRoute({
    method: 'get', path: '/api/attributions', tags: ['attributions'], summary: 'Who said what: by a source, about an entity, by stance',
    request: { query: AttributionQuery },
    responses: { 200: json(AttributionPageSchema, 'a page of attributions'), ...ERRORS },
  }), async (c) => c.json(await store.attributions(defined(c.req.valid('query'))), 200));

  app.openapi(createRoute({
    method: 'get', path: '/api/events', tags: ['events'], summary: 'PLOVER events by actor, recipient, type and dates',
    request: { query: EventQuery },
    responses: { 200: json(EventPageSchema, 'a page of events'), ...ERRORS },
  }), async (c) => c.json(await store.events(defined(c.req.valid('query'))), 200));

  app.openapi(createRoute({
    method: 'get', path: '/api/stories', tags: ['stories'], summary: 'Stories carried by several documents or outlets',
    request: { query: StoryQuery },
    responses: { 200: json(StoryPageSchema, 'a page of stories'), ...ERRORS },
  }), async (c) => c.json(await store.stories(defined(c.req.valid('query'))), 200));

  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer' });
  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'isnad',
      version: '0.1.0',
      description: 'Arabic news as source-attributed facts: entities, who said what, quantities, times and events, '
        + 'with UTF-16 offsets into the original text. Errors are {error: {code, message}}.',
    },
  });

  if (options.webRoot !== undefined) {
    const serve = staticHandler(options.webRoot);
    app.get('*', (c) => (c.req.path.startsWith('/api/') ? c.json({ error: { code: 'NOT_FOUND', message: `no route GET ${c.req.path}` } }, 404) : serve(c)));
  }
  return app;
}
