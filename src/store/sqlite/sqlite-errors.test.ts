import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { IsnadError } from '../../core/errors.js';
import { prepareDocument } from '../prepare.js';
import { DOCS } from '../testing/fixtures.js';
import { fakeAnalyse } from '../testing/fake-analysis.js';
import { APPLICATION_ID, SCHEMA_VERSION } from './schema.js';
import { SqliteStore } from './sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'isnad-store-err-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function isCode(code: string, where?: string) {
  return (e: unknown) => {
    assert.ok(e instanceof IsnadError, `an IsnadError, got ${String(e)}`);
    assert.equal(e.code, code, e.message);
    if (where !== undefined) assert.equal(e.where, where);
    return true;
  };
}

const docs = DOCS.map((d) => prepareDocument(d, fakeAnalyse(d)));

describe('sqlite store: schema and migrations', () => {
  it('creates a versioned, marked schema and keeps data across reopenings', async () => {
    const p = join(dir, 'fresh.db');
    const s = SqliteStore.open(p);
    assert.equal(s.database.pragma('user_version', { simple: true }), SCHEMA_VERSION);
    assert.equal(s.database.pragma('application_id', { simple: true }), APPLICATION_ID);
    assert.equal(s.database.pragma('journal_mode', { simple: true }), 'wal');
    await s.putPrepared(docs.slice(0, 2));
    await s.close();
    const again = SqliteStore.open(p, { readonly: true });
    assert.equal((await again.stats()).documents, 2);
    await again.close();
  });

  it('re-indexes the search terms when the folding changed since they were written', async () => {
    const p = join(dir, 'refold.db');
    const s = SqliteStore.open(p);
    await s.putPrepared(docs);
    s.database.exec(`DELETE FROM search; UPDATE meta SET value = 'fold0' WHERE key = 'fold'`);
    assert.equal((await s.search({ q: 'روسيا' })).total, 0);
    await s.close();
    const again = SqliteStore.open(p);
    assert.equal((await again.search({ q: 'روسيا' })).total, 3);
    assert.deepEqual(again.integrityCheck(), []);
    await again.close();
  });

  it('refuses a store from a newer version', () => {
    const p = join(dir, 'newer.db');
    const db = new Database(p);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma('user_version = 999');
    db.close();
    assert.throws(() => SqliteStore.open(p), isCode('STORE_SCHEMA', p));
  });
});

describe('sqlite store: bad files and paths', () => {
  it('names a corrupt file', () => {
    const p = join(dir, 'corrupt.db');
    writeFileSync(p, Buffer.alloc(8192, 0x5a));
    assert.throws(() => SqliteStore.open(p), isCode('STORE_CORRUPT', p));
    assert.equal(readFileSync(p).length, 8192, 'the file is left untouched');
  });

  it('names a foreign SQLite file and leaves it untouched', () => {
    const p = join(dir, 'foreign.db');
    const db = new Database(p);
    db.exec('CREATE TABLE users (name TEXT); INSERT INTO users VALUES (\'x\')');
    db.close();
    assert.throws(() => SqliteStore.open(p), (e: unknown) => {
      isCode('STORE_SCHEMA', p)(e);
      assert.match((e as Error).message, /not an isnad store.*users/);
      return true;
    });
    const check = new Database(p, { readonly: true });
    assert.deepEqual(check.prepare('SELECT name FROM users').all(), [{ name: 'x' }]);
    check.close();
  });

  it('names a missing folder and a missing store opened read-only', () => {
    assert.throws(() => SqliteStore.open(join(dir, 'no-such-dir', 'x.db')), isCode('FILE_NOT_FOUND'));
    assert.throws(() => SqliteStore.open(join(dir, 'absent.db'), { readonly: true }), isCode('FILE_NOT_FOUND'));
    assert.throws(() => SqliteStore.open(dir), isCode('STORE_CORRUPT'));
  });

  it('refuses writes to a store opened read-only, keeping its data', async () => {
    const p = join(dir, 'ro.db');
    const w = SqliteStore.open(p);
    await w.putPrepared(docs.slice(0, 1));
    await w.close();
    const r = SqliteStore.open(p, { readonly: true });
    await assert.rejects(r.putPrepared(docs.slice(1, 2)), isCode('STORE_READONLY', p));
    assert.equal((await r.stats()).documents, 1);
    await r.close();
  });

  it('names a path where no file can be created', { skip: !existsSync('/proc/self') }, () => {
    assert.throws(() => SqliteStore.open('/proc/self/isnad.db'), isCode('STORE_READONLY', '/proc/self/isnad.db'));
  });

  it('reports a full store, loses nothing committed and writes nothing of the failed batch', async () => {
    const p = join(dir, 'full.db');
    const s = SqliteStore.open(p);
    await s.putPrepared(docs.slice(0, 2));
    const pages = s.database.pragma('page_count', { simple: true }) as number;
    s.database.pragma(`max_page_count = ${pages + 2}`);
    const big = docs.slice(2).map((d) => ({ ...d, folded: d.folded + ' ' + 'كلمة '.repeat(20000) }));
    await assert.rejects(s.putPrepared(big), isCode('STORE_FULL', p));
    assert.equal((await s.stats()).documents, 2);
    assert.deepEqual(s.integrityCheck(), []);
    s.database.pragma('max_page_count = 1073741823');
    await s.putPrepared(docs.slice(2));
    assert.equal((await s.stats()).documents, 5);
    await s.close();
  });
});
