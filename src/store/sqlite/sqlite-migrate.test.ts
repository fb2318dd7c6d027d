import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { prepareDocument } from '../prepare.js';
import type { Store } from '../store.js';
import { DOCS } from '../testing/fixtures.js';
import { fakeAnalyse } from '../testing/fake-analysis.js';
import { SCHEMA_VERSION } from './schema.js';
import { SqliteStore } from './sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'isnad-store-migrate-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const docs = DOCS.map((d) => prepareDocument(d, fakeAnalyse(d)));

/** Takes a store back to the layout of schema version 1 (its data kept). */
function downgradeToV1(s: SqliteStore): void {
  s.database.exec(`
    DROP INDEX entity_pairs_top; DROP TABLE entity_docs; DROP TABLE entity_pairs; DROP TABLE entity_days; DROP TABLE entity_facets; DROP TABLE entity_names;
    DROP INDEX mentions_entity; CREATE INDEX mentions_entity ON mentions (entity);
    DROP INDEX attributions_source; DROP INDEX attributions_source_stance; DROP INDEX attributions_date;
    CREATE INDEX attributions_source ON attributions (source_entity, stance);
    ALTER TABLE attributions DROP COLUMN date; ALTER TABLE attributions DROP COLUMN cue_text;
    ALTER TABLE attributions DROP COLUMN content_text; ALTER TABLE attributions DROP COLUMN source_text;
    ALTER TABLE events DROP COLUMN trigger_text; ALTER TABLE events DROP COLUMN sentence;
    DROP INDEX attribution_about_entity;
    ALTER TABLE attribution_about DROP COLUMN date; ALTER TABLE attribution_about DROP COLUMN doc;
    ALTER TABLE attribution_about DROP COLUMN cue_start;
    CREATE INDEX attribution_about_entity ON attribution_about (entity);
    DROP INDEX events_date; DROP INDEX events_type; DROP INDEX documents_recent;
    ALTER TABLE events DROP COLUMN date;
    CREATE INDEX events_type ON events (type);
  `);
  s.database.pragma('user_version = 1');
}

/** What an entity page and the lists show, for comparison across versions. */
async function snapshot(s: Store): Promise<unknown> {
  const out: unknown[] = [];
  for (const e of (await s.listEntities({ limit: 100 })).items) {
    const d = await s.getEntity(e.id);
    out.push({ ...d, documentList: d?.documentList.map((x) => ({ ...x, analysedAt: '' })) });
    const strip = <T extends { doc: { analysedAt: string } }>(x: T) => ({ ...x, doc: { ...x.doc, analysedAt: '' } });
    out.push((await s.attributions({ about: e.id })).items.map(strip));
    out.push((await s.attributions({ by: e.id })).items.map(strip));
    out.push((await s.events({ actor: e.id })).items.map(strip));
    out.push((await s.listDocuments({ entity: e.id })).total);
    out.push((await s.findEntities(e.name, 5)).map((x) => x.id));
    out.push((await s.listEntities({ q: e.name })).items.map((x) => x.id));
  }
  return out;
}

describe('sqlite store: migrations from version 1', () => {
  it('migrates a version 1 store: the same answers, aggregates that agree with a recount', async () => {
    const p = join(dir, 'v1.db');
    const s = SqliteStore.open(p);
    await s.putPrepared(docs);
    const before = await snapshot(s);
    downgradeToV1(s);
    s.closeSync();
    const ro = (() => {
      try {
        return SqliteStore.open(p, { readonly: true });
      } catch (e) {
        return e as Error;
      }
    })();
    assert.ok(ro instanceof Error && /version 1/.test(ro.message), 'read-only opening asks for a migration');
    const migrated = SqliteStore.open(p);
    assert.equal(migrated.database.pragma('user_version', { simple: true }), SCHEMA_VERSION);
    assert.deepEqual(migrated.integrityCheck(), []);
    assert.deepEqual(await snapshot(migrated), before);
    // And it keeps them up to date afterwards.
    const d2 = docs[1];
    assert.ok(d2);
    await migrated.putPrepared([d2], { replace: true });
    assert.deepEqual(migrated.aggregateProblems(), []);
    migrated.closeSync();
  });

  it('keeps the aggregates equal to a recount through adds and replacements', async () => {
    const s = SqliteStore.open(':memory:');
    await s.putPrepared(docs.slice(0, 3));
    assert.deepEqual(s.aggregateProblems(), []);
    await s.putPrepared(docs, { replace: true });
    assert.deepEqual(s.aggregateProblems(), []);
    assert.deepEqual(s.integrityCheck(), []);
    s.closeSync();
  });
});
