import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import Database from 'better-sqlite3';
import type { AnalysisJson } from '../../core/analysis.js';
import { IsnadError, isIsnadError } from '../../core/errors.js';
import type { DocumentInput, EntityType, PloverType, SourceKind, Stance } from '../../core/types.js';
import { foldForIndex, foldSignature } from '../fold.js';
import { clusterSignatures } from '../minhash.js';
import { entityMergeKey, foldName, packAnalysis, prepareDocument, wordCount } from '../prepare.js';
import { makeSnippet, matchSpans, parseQuery, toFtsExpression } from '../query.js';
import type {
  AttributionFilters, AttributionHit, DocumentFilters, DocumentSummary, EntityDetail, EntityDetailOptions,
  EntityFilters, EntityMentionHit, EntityRef, EntitySummary, EventFilters, EventHit, OpenStoreOptions, Page, Paging,
  PreparedDocument, PutOptions, PutResult, SearchHit, SearchQuery, Store, StoreStats, StoredDocument, Story,
  StoryOptions,
} from '../store.js';
import { APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION, sentenceAround } from './schema.js';

type Db = Database.Database;
type Row = Record<string, unknown>;

/** Maps SQLite failures to the store's error codes, naming the file. */
export function storeError(e: unknown, path: string): unknown {
  if (isIsnadError(e)) return e;
  const code = (e as { code?: unknown })?.code;
  const msg = (e as Error)?.message ?? String(e);
  if (typeof code !== 'string') return e;
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) {
    return new IsnadError('STORE_CORRUPT', `not a usable database file (${msg})`, path);
  }
  if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_IOERR_WRITE')
    || code === 'SQLITE_PERM' || code === 'SQLITE_AUTH') {
    return new IsnadError('STORE_READONLY', `cannot write the store (${msg})`, path);
  }
  if (code === 'SQLITE_FULL' || code.startsWith('SQLITE_IOERR_DIR_FSYNC')) {
    return new IsnadError('STORE_FULL', `the store is full or the disk has no space left; nothing of the failed batch was written (${msg})`, path);
  }
  return e;
}

const MAX_LIMIT = 1000;

/** Most aliases on an entity page (the most frequent). */
const MAX_ALIASES = 200;

/** Search hits counted exactly up to this many; beyond, `total` is this and `totalIsLowerBound` is set. */
export const SEARCH_COUNT_CAP = 10_000;

function paging(p: Paging | undefined): { limit: number; offset: number } {
  const limit = Math.max(1, Math.min(MAX_LIMIT, Math.floor(p?.limit ?? 20)));
  const offset = Math.max(0, Math.floor(p?.offset ?? 0));
  return { limit, offset };
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

function unpackAnalysis(b: Buffer): AnalysisJson {
  return JSON.parse(inflateRawSync(b).toString('utf8')) as AnalysisJson;
}

const SUMMARY_COLS = `d.rowid AS rowid, d.hash, d.input_id, d.title, d.source, d.date, d.url, d.chars, d.tokens,
  d.n_entities, d.n_attributions, d.n_events, d.analysed_at`;

function toSummary(r: Row): DocumentSummary {
  const s: DocumentSummary = {
    id: r['hash'] as string,
    chars: r['chars'] as number,
    tokens: r['tokens'] as number,
    entities: r['n_entities'] as number,
    attributions: r['n_attributions'] as number,
    events: r['n_events'] as number,
    analysedAt: r['analysed_at'] as string,
  };
  const inputId = r['input_id'];
  if (typeof inputId === 'string') s.inputId = inputId;
  const title = r['title'];
  if (typeof title === 'string') s.title = title;
  const source = r['source'];
  if (typeof source === 'string') s.source = source;
  const date = r['date'];
  if (typeof date === 'string') s.date = date;
  const url = r['url'];
  if (typeof url === 'string') s.url = url;
  return s;
}

function toEntitySummary(r: Row): EntitySummary {
  const s: EntitySummary = {
    id: String(r['id']),
    type: r['type'] as EntityType,
    name: r['name'] as string,
    key: r['key'] as string,
    documents: r['documents'] as number,
    mentions: r['mentions'] as number,
  };
  const kb = str(r['kb_id']);
  if (kb !== undefined) s.kbId = kb;
  return s;
}

function entityRef(id: unknown, type: unknown, name: unknown): EntityRef {
  return { id: String(id), type: type as EntityType, name: name as string };
}

/**
 * WHERE fragments for document filters over `documents d`; `date` and `doc`
 * name the columns that hold the document's date and rowid (a table with its
 * own copy of the date can then walk its index).
 */
function docWhere(f: DocumentFilters | undefined, where: string[], args: unknown[], date = 'd.date', doc = 'd.rowid'): void {
  if (!f) return;
  if (f.source !== undefined) {
    where.push('d.source = ?');
    args.push(f.source);
  }
  if (f.from !== undefined) {
    where.push(`${date} >= ?`);
    args.push(f.from);
  }
  if (f.to !== undefined) {
    where.push(`${date} <= ?`);
    args.push(f.to);
  }
  if (f.entity !== undefined) {
    where.push(`${doc} IN (SELECT ed.doc FROM entity_docs ed WHERE ed.entity = ?)`);
    args.push(entityIdArg(f.entity));
  }
}

function entityIdArg(id: string): number {
  const n = Number(id);
  return Number.isInteger(n) ? n : -1;
}

function whereSql(where: string[]): string {
  return where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
}

export class SqliteStore implements Store {
  readonly backend = 'sqlite';
  readonly path: string;
  readonly readonly: boolean;
  private readonly db: Db;
  private readonly stmts: ReturnType<SqliteStore['prepareStatements']>;

  private constructor(db: Db, path: string, readonly: boolean) {
    this.db = db;
    this.path = path;
    this.readonly = readonly;
    this.stmts = this.prepareStatements();
  }

  /** Opens (and creates or migrates) a store; `:memory:` for an in-memory one. */
  static open(path: string, options: OpenStoreOptions = {}): SqliteStore {
    const readonly = options.readonly === true;
    const memory = path === ':memory:' || path === '';
    if (!memory && readonly && !existsSync(path)) {
      throw new IsnadError('FILE_NOT_FOUND', 'no store at this path', path);
    }
    if (!memory && existsSync(path) && statSync(path).isDirectory()) {
      throw new IsnadError('STORE_CORRUPT', 'the store path is a directory, not a database file', path);
    }
    if (!memory && !existsSync(dirname(resolve(path)))) {
      throw new IsnadError('FILE_NOT_FOUND', 'the folder of the store does not exist', path);
    }
    let db: Db | undefined;
    try {
      db = new Database(memory ? ':memory:' : path, { readonly, fileMustExist: readonly });
      SqliteStore.init(db, path, readonly, memory);
      return new SqliteStore(db, path, readonly);
    } catch (e) {
      try {
        db?.close();
      } catch {
        // already failing
      }
      throw storeError(e, path);
    }
  }

  private static init(db: Db, path: string, readonly: boolean, memory: boolean): void {
    // Reading the header first: a foreign or corrupt file fails here.
    const appId = db.pragma('application_id', { simple: true }) as number;
    const version = db.pragma('user_version', { simple: true }) as number;
    const tables = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as Row[])
      .map((r) => r['name'] as string);
    if (appId !== APPLICATION_ID && (appId !== 0 || tables.length > 0)) {
      throw new IsnadError(
        'STORE_SCHEMA',
        `not an isnad store (application id ${appId}, tables: ${tables.slice(0, 5).join(', ') || 'none'})`,
        path,
      );
    }
    if (version > SCHEMA_VERSION) {
      throw new IsnadError('STORE_SCHEMA', `the store has schema version ${version}, newer than this program's ${SCHEMA_VERSION}`, path);
    }
    if (!readonly) {
      if (!memory) db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.pragma('busy_timeout = 5000');
    }
    db.pragma('cache_size = -65536');
    if (version < SCHEMA_VERSION) {
      if (readonly) {
        throw new IsnadError('STORE_SCHEMA', `the store has schema version ${version}; open it once for writing to migrate it to ${SCHEMA_VERSION}`, path);
      }
      migrate(db, version);
    }
    if (!readonly) reindexIfStale(db);
  }

  private prepareStatements() {
    const db = this.db;
    if (this.readonly) return undefined;
    return {
      hasHash: db.prepare('SELECT rowid FROM documents WHERE hash = ?'),
      insertDoc: db.prepare(`INSERT INTO documents (hash, input_id, title, source, date, url, text, analysis, chars, tokens,
        n_entities, n_attributions, n_events, signature, analysed_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`),
      insertFts: db.prepare('INSERT INTO search (rowid, body) VALUES (?, ?)'),
      getEntityByKey: db.prepare('SELECT id FROM entities WHERE key = ?'),
      insertEntity: db.prepare('INSERT INTO entities (key, type, name, folded, kb_id) VALUES (?,?,?,?,?)'),
      bumpEntity: db.prepare('UPDATE entities SET documents = documents + ?, mentions = mentions + ? WHERE id = ?'),
      insertDocEntity: db.prepare(`INSERT OR REPLACE INTO doc_entities (doc, local_id, entity, name, folded, roles, mentions)
        VALUES (?,?,?,?,?,?,?)`),
      insertMention: db.prepare('INSERT INTO mentions (doc, entity, start, "end", kind, surface) VALUES (?,?,?,?,?,?)'),
      insertAttr: db.prepare(`INSERT INTO attributions (doc, local_id, stance, source_kind, source_entity, source_start, source_end,
        source_desc, cue_start, cue_end, content_start, content_end, via, date, cue_text, content_text, source_text)
        VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`),
      insertAbout: db.prepare(`INSERT OR IGNORE INTO attribution_about (attribution, entity, date, doc, cue_start)
        VALUES (?,?,?,?,?)`),
      insertQuantity: db.prepare('INSERT INTO quantities (doc, start, "end", kind, value, unit) VALUES (?,?,?,?,?,?)'),
      insertTime: db.prepare('INSERT INTO times (doc, idx, start, "end", value) VALUES (?,?,?,?,?)'),
      insertEvent: db.prepare(`INSERT INTO events (doc, local_id, type, mode, trigger_start, trigger_end, location, time_value,
        attribution, negated, future, conditional, date, trigger_text, sentence) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`),
      insertArg: db.prepare('INSERT OR IGNORE INTO event_args (event, entity, role) VALUES (?,?,?)'),
      // Per-entity aggregates, kept in the document's transaction.
      insertEntityDoc: db.prepare('INSERT INTO entity_docs (entity, doc, date, mentions) VALUES (?,?,?,?)'),
      deleteEntityDoc: db.prepare('DELETE FROM entity_docs WHERE entity = ? AND doc = ?'),
      // Every ordered pair of the document's entities (a JSON array of ids) at once.
      bumpPairs: db.prepare(`INSERT INTO entity_pairs (a, b, n)
        SELECT x.value, y.value, @sign FROM json_each(@ids) x, json_each(@ids) y WHERE x.value <> y.value
        ON CONFLICT (a, b) DO UPDATE SET n = n + excluded.n`),
      bumpDay: db.prepare(`INSERT INTO entity_days (entity, date, documents, mentions) VALUES (?,?,?,?)
        ON CONFLICT (entity, date) DO UPDATE SET documents = documents + excluded.documents, mentions = mentions + excluded.mentions`),
      bumpFacet: db.prepare(`INSERT INTO entity_facets (entity, facet, value, n) VALUES (?,?,?,?)
        ON CONFLICT (entity, facet, value) DO UPDATE SET n = n + excluded.n`),
      prunePairs: db.prepare('DELETE FROM entity_pairs WHERE a = ? AND n <= 0'),
      pruneDays: db.prepare('DELETE FROM entity_days WHERE entity = ? AND documents <= 0'),
      pruneFacets: db.prepare('DELETE FROM entity_facets WHERE entity = ? AND n <= 0'),
      insertName: db.prepare('INSERT OR IGNORE INTO entity_names (folded, entity) VALUES (?, ?)'),
    };
  }

  /** A statement prepared once per store and SQL text. */
  private sql(text: string): Database.Statement {
    let st = this.cached.get(text);
    if (!st) {
      st = this.db.prepare(text);
      this.cached.set(text, st);
    }
    return st;
  }

  private readonly cached = new Map<string, Database.Statement>();

  private guard<T>(fn: () => T): T {
    try {
      return fn();
    } catch (e) {
      throw storeError(e, this.path);
    }
  }

  private writable() {
    if (!this.stmts) throw new IsnadError('STORE_READONLY', 'the store was opened read-only', this.path);
    return this.stmts;
  }

  // ---------------------------------------------------------------- writing

  async putAnalysis(input: DocumentInput, analysis: AnalysisJson, options?: PutOptions): Promise<PutResult> {
    const [r] = await this.putPrepared([prepareDocument(input, analysis)], options);
    return r as PutResult;
  }

  async putPrepared(docs: readonly PreparedDocument[], options?: PutOptions): Promise<PutResult[]> {
    return this.putPreparedSync(docs, options);
  }

  /** Synchronous batch write: one transaction, all or none. */
  putPreparedSync(docs: readonly PreparedDocument[], options?: PutOptions): PutResult[] {
    const st = this.writable();
    const replace = options?.replace === true;
    const tx = this.db.transaction((batch: readonly PreparedDocument[]) => {
      const out: PutResult[] = [];
      const seen = new Set<string>();
      for (const d of batch) {
        const existing = st.hasHash.get(d.id) as Row | undefined;
        if ((existing && !replace) || seen.has(d.id)) {
          out.push({ id: d.id, created: false, replaced: false });
          continue;
        }
        seen.add(d.id);
        if (existing) this.deleteDocumentRows(existing['rowid'] as number);
        this.insertDocument(d);
        out.push({ id: d.id, created: !existing, replaced: existing !== undefined });
      }
      return out;
    });
    return this.guard(() => tx(docs));
  }

  private deleteDocumentRows(rowid: number): void {
    const st = this.writable();
    // What the document added to the aggregates, read back before its rows go.
    const doc = this.sql('SELECT date FROM documents WHERE rowid = ?').get(rowid) as Row | undefined;
    const c: Contribution = { doc: rowid, date: str(doc?.['date']) ?? null, entities: new Map(), facets: [] };
    for (const r of this.sql('SELECT entity, name, roles, mentions FROM doc_entities WHERE doc = ?').all(rowid) as Row[]) {
      const id = r['entity'] as number;
      c.entities.set(id, (c.entities.get(id) ?? 0) + (r['mentions'] as number));
      c.facets.push([id, FACET_NAME, r['name'] as string, 1]);
      if (typeof r['roles'] === 'string') for (const role of JSON.parse(r['roles']) as string[]) c.facets.push([id, FACET_ROLE, role, 1]);
    }
    for (const r of this.sql('SELECT entity, surface, count(*) AS n FROM mentions WHERE doc = ? GROUP BY entity, surface').all(rowid) as Row[]) {
      c.facets.push([r['entity'] as number, FACET_SURFACE, r['surface'] as string, r['n'] as number]);
    }
    this.applyContribution(c, -1);
    for (const id of c.entities.keys()) {
      st.deleteEntityDoc.run(id, rowid);
      st.prunePairs.run(id);
      st.pruneDays.run(id);
      st.pruneFacets.run(id);
    }
    this.sql('DELETE FROM attribution_about WHERE attribution IN (SELECT id FROM attributions WHERE doc = ?)').run(rowid);
    this.sql('DELETE FROM event_args WHERE event IN (SELECT id FROM events WHERE doc = ?)').run(rowid);
    for (const t of ['attributions', 'events', 'mentions', 'doc_entities', 'quantities', 'times']) {
      this.sql(`DELETE FROM ${t} WHERE doc = ?`).run(rowid);
    }
    this.sql('DELETE FROM search WHERE rowid = ?').run(rowid);
    this.sql('DELETE FROM documents WHERE rowid = ?').run(rowid);
  }

  /**
   * Adds (sign 1) or takes back (sign -1) one document's share of the
   * per-entity aggregates: entity counts, documents by date, days, names,
   * surfaces, roles and co-occurring pairs.
   */
  private applyContribution(c: Contribution, sign: 1 | -1): void {
    const st = this.writable();
    const ids = [...c.entities.keys()];
    for (const [id, mentions] of c.entities) {
      st.bumpEntity.run(sign, sign * mentions, id);
      if (sign > 0) st.insertEntityDoc.run(id, c.doc, c.date, mentions);
      if (c.date !== null) st.bumpDay.run(id, c.date, sign, sign * mentions);
    }
    for (const [id, facet, value, n] of c.facets) st.bumpFacet.run(id, facet, value, sign * n);
    if (ids.length > 1) st.bumpPairs.run({ ids: JSON.stringify(ids), sign });
  }

  private insertDocument(d: PreparedDocument): void {
    const st = this.writable();
    const a = d.analysis;
    const text = d.input.text;
    const info = st.insertDoc.run(
      d.id, d.input.id ?? a.id ?? null, d.input.title ?? a.title ?? null, d.input.source ?? a.source ?? null,
      d.input.date ?? a.date ?? null, d.input.url ?? a.url ?? null, text,
      d.packed ? Buffer.from(d.packed.buffer, d.packed.byteOffset, d.packed.byteLength) : packAnalysis(a), text.length,
      d.tokenCount ?? wordCount(a), a.entities.length, a.attributions.length, a.events.length,
      Buffer.from(d.signature.buffer, d.signature.byteOffset, d.signature.byteLength), new Date().toISOString(),
    );
    const doc = Number(info.lastInsertRowid);
    st.insertFts.run(doc, d.folded);

    // Entities, merged across documents.
    const date = d.input.date ?? a.date ?? null;
    const local = new Map<string, number>();
    const c: Contribution = { doc, date, entities: new Map(), facets: [] };
    const surfaces = new Map<number, Map<string, number>>();
    const mentionRows: { entity: number; start: number; end: number }[] = [];
    for (const e of a.entities) {
      const key = entityMergeKey(e);
      const row = st.getEntityByKey.get(key) as Row | undefined;
      let id: number;
      if (row) id = row['id'] as number;
      else {
        const kb = typeof e.kb?.id === 'string' ? e.kb.id : null;
        id = Number(st.insertEntity.run(key, e.type, e.name, foldName(e.name), kb).lastInsertRowid);
      }
      local.set(e.id, id);
      const roles = e.roles && e.roles.length > 0 ? e.roles : undefined;
      const folded = foldName(e.name);
      st.insertDocEntity.run(doc, e.id, id, e.name, folded, roles ? JSON.stringify(roles) : null, e.mentions.length);
      st.insertName.run(folded, id);
      c.facets.push([id, FACET_NAME, e.name, 1]);
      if (roles) for (const role of roles) c.facets.push([id, FACET_ROLE, role, 1]);
      let surf = surfaces.get(id);
      if (!surf) surfaces.set(id, (surf = new Map()));
      for (const m of e.mentions) {
        const surface = text.slice(m.start, m.end);
        st.insertMention.run(doc, id, m.start, m.end, m.kind ?? null, surface);
        surf.set(surface, (surf.get(surface) ?? 0) + 1);
        mentionRows.push({ entity: id, start: m.start, end: m.end });
      }
      c.entities.set(id, (c.entities.get(id) ?? 0) + e.mentions.length);
    }
    for (const [id, surf] of surfaces) {
      for (const [surface, n] of surf) {
        c.facets.push([id, FACET_SURFACE, surface, n]);
        const f = foldName(surface);
        if (f !== '') st.insertName.run(f, id);
      }
    }
    this.applyContribution(c, 1);

    for (const at of a.attributions) {
      const src = at.source;
      const srcEntity = src.entity !== undefined ? local.get(src.entity) ?? null : null;
      const attrId = Number(st.insertAttr.run(
        doc, at.id, at.stance, src.kind, srcEntity, src.start ?? null, src.end ?? null, src.description ?? null,
        at.cue.start, at.cue.end, at.content.start, at.content.end, at.via ?? null, date,
        text.slice(at.cue.start, at.cue.end), text.slice(at.content.start, at.content.end),
        src.start !== undefined && src.end !== undefined ? text.slice(src.start, src.end) : null,
      ).lastInsertRowid);
      for (const m of mentionRows) {
        if (m.start >= at.content.start && m.end <= at.content.end && m.entity !== srcEntity) {
          st.insertAbout.run(attrId, m.entity, date, doc, at.cue.start);
        }
      }
    }
    for (const q of a.quantities) st.insertQuantity.run(doc, q.start, q.end, q.kind, q.value, q.unit);
    a.times.forEach((t, i) => st.insertTime.run(doc, i, t.start, t.end, t.value));
    for (const ev of a.events) {
      const timeValue = ev.time !== undefined ? a.times[ev.time]?.value ?? null : null;
      const loc = ev.location !== undefined ? local.get(ev.location) ?? null : null;
      const evId = Number(st.insertEvent.run(
        doc, ev.id, ev.type, ev.mode ?? null, ev.trigger.start, ev.trigger.end, loc, timeValue, ev.attribution ?? null,
        ev.negated ? 1 : 0, ev.future === undefined ? null : ev.future ? 1 : 0,
        ev.conditional === undefined ? null : ev.conditional ? 1 : 0, date,
        text.slice(ev.trigger.start, ev.trigger.end), sentenceAround(text, ev.trigger.start, ev.trigger.end),
      ).lastInsertRowid);
      for (const x of ev.actor) {
        const id = local.get(x);
        if (id !== undefined) st.insertArg.run(evId, id, 'actor');
      }
      for (const x of ev.recipient) {
        const id = local.get(x);
        if (id !== undefined) st.insertArg.run(evId, id, 'recipient');
      }
    }
  }

  async hasDocument(hash: string): Promise<boolean> {
    return this.hasDocumentSync(hash);
  }

  hasDocumentSync(hash: string): boolean {
    return this.guard(() => this.sql('SELECT 1 FROM documents WHERE hash = ?').get(hash) !== undefined);
  }

  // ---------------------------------------------------------------- documents

  async listDocuments(filters?: DocumentFilters & Paging): Promise<Page<DocumentSummary>> {
    return this.guard(() => {
      const { limit, offset } = paging(filters);
      const where: string[] = [];
      const args: unknown[] = [];
      if (filters?.entity !== undefined) {
        // The documents of an entity: a walk of its (date, doc) index.
        where.push('ed.entity = ?');
        args.push(entityIdArg(filters.entity));
        docWhere({ ...filters, entity: undefined }, where, args, 'ed.date', 'ed.doc');
        const w = whereSql(where);
        const join = filters.source !== undefined ? ' JOIN documents d ON d.rowid = ed.doc' : '';
        const total = (this.sql(`SELECT count(*) AS n FROM entity_docs ed${join} ${w}`).get(...args) as Row)['n'] as number;
        const rows = this.sql(`SELECT ${SUMMARY_COLS} FROM entity_docs ed JOIN documents d ON d.rowid = ed.doc ${w}
          ORDER BY ed.date DESC, ed.doc DESC LIMIT ? OFFSET ?`).all(...args, limit, offset) as Row[];
        return { items: rows.map(toSummary), total, limit, offset };
      }
      docWhere(filters, where, args);
      const w = whereSql(where);
      const total = (this.sql(`SELECT count(*) AS n FROM documents d ${w}`).get(...args) as Row)['n'] as number;
      const rows = this.sql(`SELECT ${SUMMARY_COLS} FROM documents d ${w}
        ORDER BY d.date DESC, d.rowid DESC LIMIT ? OFFSET ?`).all(...args, limit, offset) as Row[];
      return { items: rows.map(toSummary), total, limit, offset };
    });
  }

  async getDocument(id: string): Promise<StoredDocument | undefined> {
    return this.guard(() => {
      const r = this.sql(`SELECT ${SUMMARY_COLS}, d.analysis FROM documents d WHERE d.hash = ?`).get(id) as Row | undefined;
      if (!r) return undefined;
      const entityIds: Record<string, string> = {};
      for (const x of this.sql('SELECT local_id, entity FROM doc_entities WHERE doc = ?').all(r['rowid']) as Row[]) {
        entityIds[x['local_id'] as string] = String(x['entity']);
      }
      return { ...toSummary(r), analysis: unpackAnalysis(r['analysis'] as Buffer), entityIds };
    });
  }

  async *iterateDocuments(filters?: DocumentFilters): AsyncIterable<StoredDocument> {
    const where: string[] = [];
    const args: unknown[] = [];
    docWhere(filters, where, args);
    let last = 0;
    for (;;) {
      const w = whereSql([...where, 'd.rowid > ?']);
      const rows = this.guard(() => this.sql(`SELECT ${SUMMARY_COLS}, d.analysis FROM documents d ${w}
        ORDER BY d.rowid LIMIT 200`).all(...args, last) as Row[]);
      if (rows.length === 0) return;
      for (const r of rows) {
        last = r['rowid'] as number;
        yield { ...toSummary(r), analysis: unpackAnalysis(r['analysis'] as Buffer) };
      }
    }
  }

  // ---------------------------------------------------------------- search

  async search(query: SearchQuery): Promise<Page<SearchHit>> {
    const pq = parseQuery(query.q, query.expand === true);
    const expr = toFtsExpression(pq);
    return this.guard(() => {
      const { limit, offset } = paging(query);
      const where = ['search MATCH ?'];
      const args: unknown[] = [expr];
      docWhere(query, where, args);
      const w = whereSql(where);
      // Documents are joined only for the filters; the ranking carries rowids and scores only,
      // and the texts are read for the page alone.
      const from = where.length > 1 ? 'search JOIN documents d ON d.rowid = search.rowid' : 'search';
      const counted = (this.sql(`SELECT count(*) AS n FROM (SELECT 1 FROM ${from} ${w} LIMIT ${SEARCH_COUNT_CAP + 1})`)
        .get(...args) as Row)['n'] as number;
      const ranked = this.sql(`SELECT search.rowid AS rowid, bm25(search) AS score FROM ${from} ${w}
        ORDER BY score LIMIT ? OFFSET ?`).all(...args, limit, offset) as Row[];
      const one = this.sql(`SELECT ${SUMMARY_COLS}, d.text FROM documents d WHERE d.rowid = ?`);
      const items: SearchHit[] = [];
      for (const x of ranked) {
        const r = one.get(x['rowid']) as Row | undefined;
        if (!r) continue;
        const text = r['text'] as string;
        const matches = matchSpans(text, pq);
        const sn = makeSnippet(text, matches);
        items.push({ doc: toSummary(r), score: -(x['score'] as number), ...sn, matches });
      }
      const page: Page<SearchHit> = { items, total: Math.min(counted, SEARCH_COUNT_CAP), limit, offset };
      if (counted > SEARCH_COUNT_CAP) page.totalIsLowerBound = true;
      return page;
    });
  }

  // ---------------------------------------------------------------- entities

  async listEntities(filters?: EntityFilters): Promise<Page<EntitySummary>> {
    return this.guard(() => {
      const { limit, offset } = paging(filters);
      const where: string[] = [];
      const args: unknown[] = [];
      if (filters?.type !== undefined) {
        where.push('e.type = ?');
        args.push(filters.type);
      }
      if (filters?.q !== undefined && filters.q.trim() !== '') {
        where.push('e.id IN (SELECT n.entity FROM entity_names n WHERE n.folded LIKE ?)');
        args.push(`%${foldName(filters.q)}%`);
      }
      const docF: string[] = [];
      const docArgs: unknown[] = [];
      docWhere({ ...(filters?.source !== undefined && { source: filters.source }),
        ...(filters?.from !== undefined && { from: filters.from }),
        ...(filters?.to !== undefined && { to: filters.to }) }, docF, docArgs);
      if (docF.length > 0) {
        where.push(`EXISTS (SELECT 1 FROM entity_docs ed JOIN documents d ON d.rowid = ed.doc
          WHERE ed.entity = e.id AND ${docF.join(' AND ')})`);
        args.push(...docArgs);
      }
      where.push('e.documents > 0');
      const order = filters?.sort === 'name' ? 'e.name' : filters?.sort === 'mentions' ? 'e.mentions DESC, e.id'
        : 'e.documents DESC, e.mentions DESC, e.id';
      const w = whereSql(where);
      const total = (this.sql(`SELECT count(*) AS n FROM entities e ${w}`).get(...args) as Row)['n'] as number;
      const rows = this.sql(`SELECT e.* FROM entities e ${w} ORDER BY ${order} LIMIT ? OFFSET ?`)
        .all(...args, limit, offset) as Row[];
      return { items: rows.map(toEntitySummary), total, limit, offset };
    });
  }

  async findEntities(name: string, limit = 10): Promise<EntitySummary[]> {
    const f = foldName(name);
    if (f === '') return [];
    return this.guard(() => {
      // Its own name first, then another name or surface it was seen with, then names that contain it.
      const rows = this.sql(`SELECT e.*, CASE WHEN e.folded = @f THEN 0 WHEN c.exact THEN 1 ELSE 2 END AS rank
        FROM (SELECT entity, max(folded = @f) AS exact FROM entity_names
              WHERE folded = @f OR (@substr AND folded LIKE @like) GROUP BY entity) c
        JOIN entities e ON e.id = c.entity
        WHERE e.documents > 0
        ORDER BY rank, e.documents DESC, e.id LIMIT @limit`);
      const exact = rows.all({ f, like: `%${f}%`, limit, substr: 0 }) as Row[];
      const all = exact.length >= limit ? exact : rows.all({ f, like: `%${f}%`, limit, substr: 1 }) as Row[];
      return all.map(toEntitySummary);
    });
  }

  async getEntity(id: string, options?: EntityDetailOptions): Promise<EntityDetail | undefined> {
    const eid = entityIdArg(id);
    return this.guard(() => {
      const r = this.sql('SELECT * FROM entities WHERE id = ?').get(eid) as Row | undefined;
      if (!r) return undefined;
      const bound = (v: number | undefined, def: number) => Math.max(0, Math.min(MAX_LIMIT, Math.floor(v ?? def)));
      const docLimit = bound(options?.docLimit, 50);
      const docOffset = Math.max(0, Math.floor(options?.docOffset ?? 0));
      const mentionLimit = bound(options?.mentionLimit, 100);
      const coLimit = bound(options?.cooccurLimit, 20);

      // Names, surfaces and roles: kept per entity at ingest.
      const aliasCount = new Map<string, number>();
      const roleCount = new Map<string, number>();
      const surfaces: [string, number][] = [];
      for (const f of this.sql('SELECT facet, value, n FROM entity_facets WHERE entity = ?').all(eid) as Row[]) {
        const v = f['value'] as string;
        const n = f['n'] as number;
        if (f['facet'] === FACET_NAME) aliasCount.set(v, n);
        else if (f['facet'] === FACET_SURFACE) surfaces.push([v, n]);
        else roleCount.set(v, n);
      }
      for (const [v, n] of surfaces) if (!aliasCount.has(v)) aliasCount.set(v, n);

      // The most recent documents: a walk of (entity, date, doc), no sorting.
      const documentList = (this.sql(`SELECT ${SUMMARY_COLS}, ed.mentions AS m FROM entity_docs ed
          JOIN documents d ON d.rowid = ed.doc WHERE ed.entity = ?
          ORDER BY ed.date DESC, ed.doc DESC LIMIT ? OFFSET ?`).all(eid, docLimit, docOffset) as Row[])
        .map((x) => ({ ...toSummary(x), mentions: x['m'] as number }));

      // Mentions of the most recent documents, document by document until enough.
      const mentionList: EntityMentionHit[] = [];
      if (mentionLimit > 0) {
        // The most recent documents until their mentions (kept in the index) are enough.
        const walk = this.sql(`SELECT doc, mentions FROM entity_docs WHERE entity = ?
          ORDER BY date DESC, doc DESC LIMIT ?`).all(eid, mentionLimit) as Row[];
        const wanted: number[] = [];
        for (let n = 0, i = 0; n < mentionLimit && i < walk.length; i++) {
          wanted.push((walk[i] as Row)['doc'] as number);
          n += (walk[i] as Row)['mentions'] as number;
        }
        const hashOf = this.sql('SELECT hash FROM documents WHERE rowid = ?').pluck();
        const docs = wanted.map((doc) => ({ doc, hash: hashOf.get(doc) as string }));
        const byDoc = new Map<number, Row[]>();
        for (const m of this.sql(`SELECT doc, start, "end", kind, surface FROM mentions
            WHERE entity = ? AND doc IN (SELECT value FROM json_each(?)) ORDER BY doc, start`)
          .all(eid, JSON.stringify(wanted)) as Row[]) {
          const list = byDoc.get(m['doc'] as number);
          if (list) list.push(m);
          else byDoc.set(m['doc'] as number, [m]);
        }
        for (const x of docs) {
          for (const m of byDoc.get(x.doc) ?? []) {
            if (mentionList.length >= mentionLimit) break;
            const hit: EntityMentionHit = {
              docId: x.hash, start: m['start'] as number, end: m['end'] as number, surface: m['surface'] as string,
            };
            if (str(m['kind']) !== undefined) hit.kind = m['kind'] as never;
            mentionList.push(hit);
          }
          if (mentionList.length >= mentionLimit) break;
        }
      }

      // Co-occurring entities: the top of the kept pair counts, ties at the cut included before ordering.
      const cooccurring = coLimit === 0 ? [] : (this.sql(`SELECT e.id, e.type, e.name, p.n FROM entity_pairs p
          JOIN entities e ON e.id = p.b
          WHERE p.a = @e AND p.n >= coalesce((SELECT n FROM entity_pairs WHERE a = @e ORDER BY n DESC LIMIT 1 OFFSET @k - 1), 0)
          ORDER BY p.n DESC, e.documents DESC, e.id LIMIT @k`).all({ e: eid, k: coLimit }) as Row[])
        .map((x) => ({ ...entityRef(x['id'], x['type'], x['name']), count: x['n'] as number }));

      const timeline = (this.sql('SELECT date, documents, mentions FROM entity_days WHERE entity = ? ORDER BY date')
        .all(eid) as Row[])
        .map((x) => ({ date: x['date'] as string, documents: x['documents'] as number, mentions: x['mentions'] as number }));
      const said: Partial<Record<Stance, number>> = {};
      for (const x of this.sql('SELECT stance, count(*) AS n FROM attributions WHERE source_entity = ? GROUP BY stance').all(eid) as Row[]) {
        said[x['stance'] as Stance] = x['n'] as number;
      }
      return {
        ...toEntitySummary(r),
        aliases: [...aliasCount].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count).slice(0, MAX_ALIASES),
        roles: [...roleCount].map(([role, count]) => ({ role, count })).sort((a, b) => b.count - a.count),
        documentList, mentionList, cooccurring, timeline, said,
      };
    });
  }

  // ---------------------------------------------------------------- attributions, events

  async attributions(filters?: AttributionFilters): Promise<Page<AttributionHit>> {
    return this.guard(() => {
      const { limit, offset } = paging(filters);
      // About an entity: the walk starts from its index of (entity, date, doc, cue); else from the attributions.
      const about = filters?.about !== undefined;
      const where: string[] = [];
      const args: unknown[] = [];
      if (about) {
        where.push('ab.entity = ?');
        args.push(entityIdArg(filters?.about as string));
      }
      docWhere(filters, where, args, about ? 'ab.date' : 'a.date', about ? 'ab.doc' : 'a.doc');
      const needsDocs = filters?.source !== undefined;
      let needsAttr = !about;
      if (filters?.by !== undefined) {
        where.push('a.source_entity = ?');
        args.push(entityIdArg(filters.by));
        needsAttr = true;
      }
      if (filters?.stance !== undefined) {
        where.push('a.stance = ?');
        args.push(filters.stance);
        needsAttr = true;
      }
      if (filters?.sourceKind !== undefined) {
        where.push('a.source_kind = ?');
        args.push(filters.sourceKind);
        needsAttr = true;
      }
      const w = whereSql(where);
      const base = about ? 'attribution_about ab JOIN attributions a ON a.id = ab.attribution' : 'attributions a';
      const countFrom = (about && !needsAttr ? 'attribution_about ab' : base) + (needsDocs ? ' JOIN documents d ON d.rowid = a.doc' : '');
      const total = (this.sql(`SELECT count(*) AS n FROM ${countFrom} ${w}`).get(...args) as Row)['n'] as number;
      const order = about ? 'ab.date DESC, ab.doc DESC, ab.cue_start' : 'a.date DESC, a.doc DESC, a.cue_start';
      const rows = this.sql(`SELECT ${SUMMARY_COLS}, a.*, se.type AS se_type, se.name AS se_name
          FROM ${base} JOIN documents d ON d.rowid = a.doc LEFT JOIN entities se ON se.id = a.source_entity
          ${w} ORDER BY ${order} LIMIT ? OFFSET ?`).all(...args, limit, offset) as Row[];
      const aboutOf = new Map<number, EntityRef[]>();
      if (rows.length > 0) {
        for (const x of this.sql(`SELECT ab.attribution, e.id, e.type, e.name FROM attribution_about ab
            JOIN entities e ON e.id = ab.entity WHERE ab.attribution IN (SELECT value FROM json_each(?))`)
          .all(JSON.stringify(rows.map((r) => r['id']))) as Row[]) {
          const ref = entityRef(x['id'], x['type'], x['name']);
          const list = aboutOf.get(x['attribution'] as number);
          if (list) list.push(ref);
          else aboutOf.set(x['attribution'] as number, [ref]);
        }
      }
      const items = rows.map((r): AttributionHit => {
        const cue = { start: r['cue_start'] as number, end: r['cue_end'] as number };
        const content = { start: r['content_start'] as number, end: r['content_end'] as number };
        const hit: AttributionHit = {
          docId: r['hash'] as string,
          doc: toSummary(r),
          localId: r['local_id'] as string,
          stance: r['stance'] as Stance,
          sourceKind: r['source_kind'] as SourceKind,
          cue: { ...cue, text: r['cue_text'] as string },
          content: { ...content, text: r['content_text'] as string },
          about: aboutOf.get(r['id'] as number) ?? [],
        };
        if (r['source_entity'] !== null) hit.sourceEntity = entityRef(r['source_entity'], r['se_type'], r['se_name']);
        const sourceText = str(r['source_text']) ?? str(r['source_desc']);
        if (sourceText !== undefined) hit.sourceText = sourceText;
        if (str(r['via']) !== undefined) hit.via = r['via'] as string;
        return hit;
      });
      return { items, total, limit, offset };
    });
  }

  async events(filters?: EventFilters): Promise<Page<EventHit>> {
    return this.guard(() => {
      const { limit, offset } = paging(filters);
      const where: string[] = [];
      const args: unknown[] = [];
      docWhere(filters, where, args, 'ev.date', 'ev.doc');
      if (filters?.actor !== undefined) {
        where.push(`ev.id IN (SELECT x.event FROM event_args x WHERE x.entity = ? AND x.role = 'actor')`);
        args.push(entityIdArg(filters.actor));
      }
      if (filters?.recipient !== undefined) {
        where.push(`ev.id IN (SELECT x.event FROM event_args x WHERE x.entity = ? AND x.role = 'recipient')`);
        args.push(entityIdArg(filters.recipient));
      }
      if (filters?.type !== undefined) {
        where.push('ev.type = ?');
        args.push(filters.type);
      }
      if (filters?.negated !== undefined) {
        where.push('ev.negated = ?');
        args.push(filters.negated ? 1 : 0);
      }
      const w = whereSql(where);
      const join = filters?.source !== undefined ? ' JOIN documents d ON d.rowid = ev.doc' : '';
      const total = (this.sql(`SELECT count(*) AS n FROM events ev${join} ${w}`).get(...args) as Row)['n'] as number;
      const rows = this.sql(`SELECT ${SUMMARY_COLS}, ev.*, le.type AS le_type, le.name AS le_name
          FROM events ev JOIN documents d ON d.rowid = ev.doc LEFT JOIN entities le ON le.id = ev.location
          ${w} ORDER BY ev.date DESC, ev.doc DESC, ev.trigger_start LIMIT ? OFFSET ?`).all(...args, limit, offset) as Row[];
      const argStmt = this.sql(`SELECT e.id, e.type, e.name, x.role FROM event_args x JOIN entities e ON e.id = x.entity
        WHERE x.event = ?`);
      const items = rows.map((r): EventHit => {
        const trigger = { start: r['trigger_start'] as number, end: r['trigger_end'] as number };
        const argRows = argStmt.all(r['id']) as Row[];
        const hit: EventHit = {
          docId: r['hash'] as string,
          doc: toSummary(r),
          localId: r['local_id'] as string,
          type: r['type'] as PloverType,
          trigger: { ...trigger, text: r['trigger_text'] as string },
          actors: argRows.filter((x) => x['role'] === 'actor').map((x) => entityRef(x['id'], x['type'], x['name'])),
          recipients: argRows.filter((x) => x['role'] === 'recipient').map((x) => entityRef(x['id'], x['type'], x['name'])),
          negated: r['negated'] === 1,
          sentence: r['sentence'] as string,
        };
        if (str(r['mode']) !== undefined) hit.mode = r['mode'] as string;
        if (r['location'] !== null) hit.location = entityRef(r['location'], r['le_type'], r['le_name']);
        if (r['time_value'] !== null) hit.time = r['time_value'] as string;
        if (str(r['attribution']) !== undefined) hit.attribution = r['attribution'] as string;
        return hit;
      });
      return { items, total, limit, offset };
    });
  }

  // ---------------------------------------------------------------- stories, stats

  async stories(options?: StoryOptions): Promise<Page<Story>> {
    return this.guard(() => {
      const { limit, offset } = paging(options);
      // Clustering is the costly part: its result is kept until the documents change.
      const state = this.sql('SELECT count(*) AS n, max(rowid) AS m FROM documents').get() as Row;
      const key = JSON.stringify([state['n'], state['m'], { ...options, limit: undefined, offset: undefined }]);
      let all = this.storiesCache?.key === key ? this.storiesCache.stories : undefined;
      if (!all) {
        all = this.clusterStories(options);
        this.storiesCache = { key, stories: all };
      }
      return { items: all.slice(offset, offset + limit), total: all.length, limit, offset };
    });
  }

  private storiesCache: { key: string; stories: Story[] } | undefined;

  private clusterStories(options?: StoryOptions): Story[] {
    const threshold = options?.threshold ?? 0.3;
    const minOutlets = options?.minOutlets ?? 1;
    const minSize = Math.max(2, options?.minSize ?? 2);
    const where = ['d.signature IS NOT NULL'];
    const args: unknown[] = [];
    docWhere(options, where, args);
    const rows = this.sql(`SELECT ${SUMMARY_COLS}, d.signature FROM documents d ${whereSql(where)} ORDER BY d.rowid`)
      .all(...args) as Row[];
    const sigs = rows.map((r) => {
      const b = r['signature'] as Buffer;
      const copy = new Uint8Array(b.byteLength);
      copy.set(b);
      return new Uint32Array(copy.buffer);
    });
    const windowDays = options?.windowDays ?? 3;
    const days = rows.map((r) => (typeof r['date'] === 'string' ? Date.parse(r['date']) / 86_400_000 : NaN));
    const allow = windowDays > 0
      ? (i: number, j: number) => {
        const d = Math.abs((days[i] as number) - (days[j] as number));
        return Number.isNaN(d) || d <= windowDays;
      }
      : undefined;
    const clusters = clusterSignatures(sigs, threshold, 200, allow);
    const stories: Story[] = [];
    for (const c of clusters) {
      if (c.members.length < minSize) continue;
      const docs = c.members.map((m, i) => ({ ...toSummary(rows[m] as Row), similarity: round3(c.best[i] as number) }));
      const outletCount = new Map<string, number>();
      for (const d of docs) {
        const s = d.source ?? '(unknown)';
        outletCount.set(s, (outletCount.get(s) ?? 0) + 1);
      }
      if (outletCount.size < minOutlets) continue;
      docs.sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
      const dates = docs.map((d) => d.date).filter((x): x is string => x !== undefined).sort();
      const first = docs[0] as DocumentSummary;
      const story: Story = {
        id: first.id,
        kind: c.minLink >= 0.8 ? 'duplicate' : 'story',
        size: docs.length,
        outlets: [...outletCount].map(([source, documents]) => ({ source, documents }))
          .sort((a, b) => b.documents - a.documents || a.source.localeCompare(b.source)),
        documents: docs,
      };
      const title = docs.find((d) => d.title !== undefined)?.title;
      if (title !== undefined) story.title = title;
      if (dates.length > 0) {
        story.from = dates[0] as string;
        story.to = dates[dates.length - 1] as string;
      }
      stories.push(story);
    }
    stories.sort((a, b) => b.outlets.length - a.outlets.length || b.size - a.size || a.id.localeCompare(b.id));
    return stories;
  }

  async stats(): Promise<StoreStats> {
    return this.guard(() => {
      const count = (t: string) => (this.sql(`SELECT count(*) AS n FROM ${t}`).get() as Row)['n'] as number;
      const range = this.sql('SELECT min(date) AS a, max(date) AS b FROM documents').get() as Row;
      const s: StoreStats = {
        documents: count('documents'),
        entities: (this.sql('SELECT count(*) AS n FROM entities WHERE documents > 0').get() as Row)['n'] as number,
        mentions: count('mentions'),
        attributions: count('attributions'),
        events: count('events'),
        quantities: count('quantities'),
        times: count('times'),
        sources: (this.sql(`SELECT source, count(*) AS n FROM documents WHERE source IS NOT NULL
          GROUP BY source ORDER BY n DESC, source`).all() as Row[])
          .map((r) => ({ source: r['source'] as string, documents: r['n'] as number })),
        schemaVersion: this.db.pragma('user_version', { simple: true }) as number,
        bytes: this.fileBytes(),
      };
      if (str(range['a']) !== undefined) s.from = range['a'] as string;
      if (str(range['b']) !== undefined) s.to = range['b'] as string;
      return s;
    });
  }

  private fileBytes(): number {
    if (this.path === ':memory:' || this.path === '') return 0;
    let n = 0;
    for (const p of [this.path, `${this.path}-wal`]) if (existsSync(p)) n += statSync(p).size;
    return n;
  }

  /** `PRAGMA integrity_check` plus the store's own invariants; [] when sound. */
  integrityCheck(): string[] {
    return this.guard(() => {
      const db = this.db;
      const problems = (db.pragma('integrity_check') as Row[]).map((r) => String(Object.values(r)[0]))
        .filter((x) => x !== 'ok');
      const docs = (db.prepare('SELECT count(*) AS n FROM documents').get() as Row)['n'] as number;
      const indexed = (db.prepare(`SELECT count(*) AS n FROM documents d WHERE EXISTS
        (SELECT 1 FROM search WHERE search.rowid = d.rowid)`).get() as Row)['n'] as number;
      if (indexed !== docs) problems.push(`${docs - indexed} documents missing from the search index`);
      const orphans = (db.prepare(`SELECT count(*) AS n FROM doc_entities de
        WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.rowid = de.doc)`).get() as Row)['n'] as number;
      if (orphans > 0) problems.push(`${orphans} entity rows of missing documents`);
      problems.push(...this.aggregateProblems());
      return problems;
    });
  }

  /**
   * The per-entity aggregates against a recount from the rows they sum up
   * (documents by entity, pairs, days, names, surfaces, roles); [] when they agree.
   */
  aggregateProblems(): string[] {
    const db = this.db;
    const out: string[] = [];
    const differ = (what: string, kept: string, recount: string) => {
      const count = (a: string, b: string) =>
        (db.prepare(`SELECT count(*) AS n FROM (SELECT * FROM (${a}) EXCEPT SELECT * FROM (${b}))`).get() as Row)['n'] as number;
      const n = count(kept, recount) + count(recount, kept);
      if (n > 0) out.push(`${n} ${what} rows differ from a recount`);
    };
    const docEnt = `SELECT de.entity, de.doc, d.date, sum(de.mentions) AS m FROM doc_entities de JOIN documents d ON d.rowid = de.doc
      GROUP BY de.entity, de.doc`;
    differ('entity_docs', 'SELECT entity, doc, date, mentions FROM entity_docs', docEnt);
    differ('entity counts', 'SELECT id, documents, mentions FROM entities WHERE documents > 0 OR mentions > 0',
      `SELECT entity, count(*), sum(m) FROM (${docEnt}) GROUP BY entity`);
    differ('entity_pairs', 'SELECT a, b, n FROM entity_pairs', `SELECT x.entity, y.entity, count(*) FROM (${docEnt}) x
      JOIN (${docEnt}) y ON y.doc = x.doc AND y.entity <> x.entity GROUP BY x.entity, y.entity`);
    differ('entity_days', 'SELECT entity, date, documents, mentions FROM entity_days',
      `SELECT entity, date, count(*), sum(m) FROM (${docEnt}) WHERE date IS NOT NULL GROUP BY entity, date`);
    differ('entity_facets', 'SELECT entity, facet, value, n FROM entity_facets', `
      SELECT entity, 0, name, count(*) FROM doc_entities GROUP BY entity, name
      UNION ALL SELECT entity, 1, surface, count(*) FROM mentions GROUP BY entity, surface
      UNION ALL SELECT de.entity, 2, j.value, count(*) FROM doc_entities de, json_each(de.roles) j
        WHERE de.roles IS NOT NULL GROUP BY de.entity, j.value`);
    return out;
  }

  /** Direct access for tests and maintenance (PRAGMA max_page_count…). */
  get database(): Db {
    return this.db;
  }

  async close(): Promise<void> {
    this.closeSync();
  }

  closeSync(): void {
    if (!this.db.open) return;
    try {
      if (!this.readonly && this.path !== ':memory:') this.db.pragma('wal_checkpoint(PASSIVE)');
    } catch {
      // a checkpoint is an optimisation
    }
    this.db.close();
  }
}

const FACET_NAME = 0;
const FACET_SURFACE = 1;
const FACET_ROLE = 2;

/** One document's share of the per-entity aggregates. */
interface Contribution {
  doc: number;
  date: string | null;
  /** Entity id → mentions in the document. */
  entities: Map<number, number>;
  /** [entity, facet, value, count]. */
  facets: [number, number, string, number][];
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/**
 * Re-folds every document's search terms when the folding (code or data)
 * changed since the index was built. One transaction.
 */
export function reindexIfStale(db: Db): number {
  const sig = foldSignature();
  const row = db.prepare(`SELECT value FROM meta WHERE key = 'fold'`).get() as Row | undefined;
  if (row?.['value'] === sig) return 0;
  let n = 0;
  db.transaction(() => {
    const docs = (db.prepare('SELECT count(*) AS n FROM documents').get() as Row)['n'] as number;
    if (docs > 0) {
      db.exec(`DELETE FROM search`);
      const ins = db.prepare('INSERT INTO search (rowid, body) VALUES (?, ?)');
      const page = db.prepare('SELECT rowid, text FROM documents WHERE rowid > ? ORDER BY rowid LIMIT 500');
      for (let last = 0; ;) {
        const rows = page.all(last) as Row[];
        if (rows.length === 0) break;
        for (const r of rows) {
          ins.run(r['rowid'], foldForIndex(r['text'] as string));
          last = r['rowid'] as number;
          n++;
        }
      }
    }
    db.prepare(`INSERT OR REPLACE INTO meta (key, value) VALUES ('fold', ?)`).run(sig);
  })();
  return n;
}

function migrate(db: Db, from: number): void {
  const run = db.transaction(() => {
    for (const m of MIGRATIONS) {
      if (m.version <= from) continue;
      db.exec(m.sql);
      m.run?.(db);
      db.pragma(`user_version = ${m.version}`);
    }
    db.pragma(`application_id = ${APPLICATION_ID}`);
  });
  run();
}

export type { DocumentInput };
