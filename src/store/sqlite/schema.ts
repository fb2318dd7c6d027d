/**
 * The SQLite schema, as ordered migrations. `PRAGMA user_version` holds the
 * version reached; `PRAGMA application_id` marks the file as an isnad store.
 */

import type Database from 'better-sqlite3';
import { foldName } from '../prepare.js';

/** 'ISND' */
export const APPLICATION_ID = 0x49534e44;

export interface Migration {
  version: number;
  description: string;
  sql: string;
  /** A step in code after the SQL (filling columns derived from the texts). */
  run?: (db: Database.Database) => void;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'documents, entities, mentions, attributions, quantities, times, events, search index',
    sql: `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE documents (
  rowid INTEGER PRIMARY KEY,
  hash TEXT NOT NULL UNIQUE,
  input_id TEXT,
  title TEXT,
  source TEXT,
  date TEXT,
  url TEXT,
  text TEXT NOT NULL,
  analysis BLOB NOT NULL,
  chars INTEGER NOT NULL,
  tokens INTEGER NOT NULL,
  n_entities INTEGER NOT NULL,
  n_attributions INTEGER NOT NULL,
  n_events INTEGER NOT NULL,
  signature BLOB,
  analysed_at TEXT NOT NULL
);
CREATE INDEX documents_date ON documents (date);
CREATE INDEX documents_source ON documents (source, date);

CREATE TABLE entities (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  type TEXT NOT NULL,
  name TEXT NOT NULL,
  folded TEXT NOT NULL,
  kb_id TEXT,
  documents INTEGER NOT NULL DEFAULT 0,
  mentions INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX entities_folded ON entities (folded);
CREATE INDEX entities_documents ON entities (documents DESC);

CREATE TABLE doc_entities (
  doc INTEGER NOT NULL,
  local_id TEXT NOT NULL,
  entity INTEGER NOT NULL,
  name TEXT NOT NULL,
  folded TEXT NOT NULL,
  roles TEXT,
  mentions INTEGER NOT NULL,
  PRIMARY KEY (doc, local_id)
) WITHOUT ROWID;
CREATE INDEX doc_entities_entity ON doc_entities (entity, doc);
CREATE INDEX doc_entities_folded ON doc_entities (folded);

CREATE TABLE mentions (
  doc INTEGER NOT NULL,
  entity INTEGER NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  kind TEXT,
  surface TEXT NOT NULL
);
CREATE INDEX mentions_doc ON mentions (doc, start);
CREATE INDEX mentions_entity ON mentions (entity);

CREATE TABLE attributions (
  id INTEGER PRIMARY KEY,
  doc INTEGER NOT NULL,
  local_id TEXT NOT NULL,
  stance TEXT NOT NULL,
  source_kind TEXT NOT NULL,
  source_entity INTEGER,
  source_start INTEGER,
  source_end INTEGER,
  source_desc TEXT,
  cue_start INTEGER NOT NULL,
  cue_end INTEGER NOT NULL,
  content_start INTEGER NOT NULL,
  content_end INTEGER NOT NULL,
  via TEXT
);
CREATE INDEX attributions_doc ON attributions (doc);
CREATE INDEX attributions_source ON attributions (source_entity, stance);
CREATE INDEX attributions_stance ON attributions (stance);

CREATE TABLE attribution_about (
  attribution INTEGER NOT NULL,
  entity INTEGER NOT NULL,
  PRIMARY KEY (attribution, entity)
) WITHOUT ROWID;
CREATE INDEX attribution_about_entity ON attribution_about (entity);

CREATE TABLE quantities (
  doc INTEGER NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  kind TEXT NOT NULL,
  value REAL,
  unit TEXT
);
CREATE INDEX quantities_doc ON quantities (doc);

CREATE TABLE times (
  doc INTEGER NOT NULL,
  idx INTEGER NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  value TEXT
);
CREATE INDEX times_doc ON times (doc);
CREATE INDEX times_value ON times (value);

CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  doc INTEGER NOT NULL,
  local_id TEXT NOT NULL,
  type TEXT NOT NULL,
  mode TEXT,
  trigger_start INTEGER NOT NULL,
  trigger_end INTEGER NOT NULL,
  location INTEGER,
  time_value TEXT,
  attribution TEXT,
  negated INTEGER NOT NULL,
  future INTEGER,
  conditional INTEGER
);
CREATE INDEX events_doc ON events (doc);
CREATE INDEX events_type ON events (type);

CREATE TABLE event_args (
  event INTEGER NOT NULL,
  entity INTEGER NOT NULL,
  role TEXT NOT NULL,
  PRIMARY KEY (event, role, entity)
) WITHOUT ROWID;
CREATE INDEX event_args_entity ON event_args (entity, role);

CREATE VIRTUAL TABLE search USING fts5 (
  body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0'
);
`,
  },
  {
    version: 2,
    description: 'per-entity aggregates kept at ingest (documents by date, names, roles, days, co-occurring pairs); '
      + 'dates beside attributions and events; covering indexes for entity pages',
    sql: `
-- One row per (entity, document), with the document's date: entity pages walk
-- (entity, date, doc) without sorting.
CREATE TABLE entity_docs (
  entity INTEGER NOT NULL,
  doc INTEGER NOT NULL,
  date TEXT,
  mentions INTEGER NOT NULL,
  PRIMARY KEY (entity, doc)
) WITHOUT ROWID;
INSERT INTO entity_docs (entity, doc, date, mentions)
  SELECT de.entity, de.doc, d.date, sum(de.mentions) FROM doc_entities de JOIN documents d ON d.rowid = de.doc
  GROUP BY de.entity, de.doc;
CREATE INDEX entity_docs_date ON entity_docs (entity, date DESC, doc DESC, mentions);

-- Documents shared by two entities, both ways (a, b) and (b, a).
CREATE TABLE entity_pairs (
  a INTEGER NOT NULL,
  b INTEGER NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (a, b)
) WITHOUT ROWID;
INSERT INTO entity_pairs (a, b, n)
  SELECT x.entity, y.entity, count(*) FROM entity_docs x JOIN entity_docs y ON y.doc = x.doc AND y.entity <> x.entity
  GROUP BY x.entity, y.entity;

-- Documents and mentions of an entity per date.
CREATE TABLE entity_days (
  entity INTEGER NOT NULL,
  date TEXT NOT NULL,
  documents INTEGER NOT NULL,
  mentions INTEGER NOT NULL,
  PRIMARY KEY (entity, date)
) WITHOUT ROWID;
INSERT INTO entity_days (entity, date, documents, mentions)
  SELECT entity, date, count(*), sum(mentions) FROM entity_docs WHERE date IS NOT NULL GROUP BY entity, date;

-- Names (0: per document entity), surfaces (1: per mention) and roles (2) of an entity, with counts.
CREATE TABLE entity_facets (
  entity INTEGER NOT NULL,
  facet INTEGER NOT NULL,
  value TEXT NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (entity, facet, value)
) WITHOUT ROWID;
INSERT INTO entity_facets (entity, facet, value, n) SELECT entity, 0, name, count(*) FROM doc_entities GROUP BY entity, name;
INSERT INTO entity_facets (entity, facet, value, n) SELECT entity, 1, surface, count(*) FROM mentions GROUP BY entity, surface;
INSERT INTO entity_facets (entity, facet, value, n)
  SELECT de.entity, 2, j.value, count(*) FROM doc_entities de, json_each(de.roles) j WHERE de.roles IS NOT NULL
  GROUP BY de.entity, j.value;

DROP INDEX mentions_entity;
CREATE INDEX mentions_entity ON mentions (entity, doc, start);

-- The document's date beside attributions and events: lists ordered by date walk an index.
ALTER TABLE attributions ADD COLUMN date TEXT;
UPDATE attributions SET date = (SELECT d.date FROM documents d WHERE d.rowid = attributions.doc);
DROP INDEX attributions_source;
CREATE INDEX attributions_source ON attributions (source_entity, date DESC, doc DESC, cue_start);
CREATE INDEX attributions_source_stance ON attributions (source_entity, stance);
CREATE INDEX attributions_date ON attributions (date DESC, doc DESC, cue_start);

ALTER TABLE attribution_about ADD COLUMN date TEXT;
ALTER TABLE attribution_about ADD COLUMN doc INTEGER;
ALTER TABLE attribution_about ADD COLUMN cue_start INTEGER;
UPDATE attribution_about SET (date, doc, cue_start) =
  (SELECT a.date, a.doc, a.cue_start FROM attributions a WHERE a.id = attribution_about.attribution);
DROP INDEX attribution_about_entity;
CREATE INDEX attribution_about_entity ON attribution_about (entity, date DESC, doc DESC, cue_start);

ALTER TABLE events ADD COLUMN date TEXT;
UPDATE events SET date = (SELECT d.date FROM documents d WHERE d.rowid = events.doc);
CREATE INDEX events_date ON events (date DESC, doc DESC, trigger_start);
DROP INDEX events_type;
CREATE INDEX events_type ON events (type, date DESC, doc DESC, trigger_start);
CREATE INDEX documents_recent ON documents (date DESC, rowid DESC);
`,
  },
  {
    version: 3,
    description: 'the texts of attribution cues, contents and sources and of event triggers and sentences kept beside them',
    sql: `
ALTER TABLE attributions ADD COLUMN cue_text TEXT;
ALTER TABLE attributions ADD COLUMN content_text TEXT;
ALTER TABLE attributions ADD COLUMN source_text TEXT;
ALTER TABLE events ADD COLUMN trigger_text TEXT;
ALTER TABLE events ADD COLUMN sentence TEXT;
`,
    run: (db) => {
      // Offsets are UTF-16 code units: the slices are cut here, not by SQL's substr (code points).
      const docs = db.prepare(`SELECT rowid, text FROM documents WHERE rowid > ? AND (
        EXISTS (SELECT 1 FROM attributions a WHERE a.doc = documents.rowid) OR EXISTS (SELECT 1 FROM events e WHERE e.doc = documents.rowid))
        ORDER BY rowid LIMIT 500`);
      const attrs = db.prepare('SELECT id, cue_start, cue_end, content_start, content_end, source_start, source_end FROM attributions WHERE doc = ?');
      const setAttr = db.prepare('UPDATE attributions SET cue_text = ?, content_text = ?, source_text = ? WHERE id = ?');
      const events = db.prepare('SELECT id, trigger_start, trigger_end FROM events WHERE doc = ?');
      const setEvent = db.prepare('UPDATE events SET trigger_text = ?, sentence = ? WHERE id = ?');
      type R = Record<string, number | string | null>;
      for (let last = 0; ;) {
        const page = docs.all(last) as R[];
        if (page.length === 0) break;
        for (const d of page) {
          last = d['rowid'] as number;
          const text = d['text'] as string;
          for (const a of attrs.all(last) as R[]) {
            const ss = a['source_start'];
            const se = a['source_end'];
            setAttr.run(
              text.slice(a['cue_start'] as number, a['cue_end'] as number),
              text.slice(a['content_start'] as number, a['content_end'] as number),
              typeof ss === 'number' && typeof se === 'number' ? text.slice(ss, se) : null, a['id'],
            );
          }
          for (const e of events.all(last) as R[]) {
            const s = e['trigger_start'] as number;
            const t = e['trigger_end'] as number;
            setEvent.run(text.slice(s, t), sentenceAround(text, s, t), e['id']);
          }
        }
      }
    },
  },
  {
    version: 4,
    description: 'folded names and surfaces of each entity, for finding entities by name',
    sql: `
CREATE TABLE entity_names (
  folded TEXT NOT NULL,
  entity INTEGER NOT NULL,
  PRIMARY KEY (folded, entity)
) WITHOUT ROWID;
INSERT OR IGNORE INTO entity_names (folded, entity) SELECT folded, id FROM entities;
INSERT OR IGNORE INTO entity_names (folded, entity) SELECT DISTINCT folded, entity FROM doc_entities;
`,
    run: (db) => {
      // Surfaces are folded in code, as names are.
      const ins = db.prepare('INSERT OR IGNORE INTO entity_names (folded, entity) VALUES (?, ?)');
      for (const r of db.prepare('SELECT DISTINCT entity, surface FROM mentions').all() as { entity: number; surface: string }[]) {
        const f = foldName(r.surface);
        if (f !== '') ins.run(f, r.entity);
      }
    },
  },
  {
    version: 5,
    description: 'co-occurring pairs by count: the top of an entity\'s neighbours without a scan',
    sql: `CREATE INDEX entity_pairs_top ON entity_pairs (a, n);`,
  },
  {
    version: 6,
    description: 'mentions by entity cover what an entity page shows of them',
    sql: `
DROP INDEX mentions_entity;
CREATE INDEX mentions_entity ON mentions (entity, doc, start, "end", kind, surface);
`,
  },
];

/** The sentence-ish window around a span: up to the nearest . ! ? ؟ or newline. */
export function sentenceAround(text: string, start: number, end: number): string {
  const stop = /[.!?؟\n]/;
  let s = start;
  while (s > 0 && start - s < 300 && !stop.test(text[s - 1] as string)) s--;
  let e = end;
  while (e < text.length && e - end < 300 && !stop.test(text[e] as string)) e++;
  if (e < text.length) e++;
  return text.slice(s, e).trim();
}

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
