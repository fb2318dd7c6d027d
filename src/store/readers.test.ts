import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { prepareDocument } from './prepare.js';
import { withReaders } from './readers.js';
import { SqliteStore } from './sqlite/sqlite-store.js';
import { DOCS } from './testing/fixtures.js';
import { fakeAnalyse } from './testing/fake-analysis.js';

const dir = mkdtempSync(join(tmpdir(), 'isnad-readers-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('store reads on reader threads', () => {
  it('answers as the store does, sees later writes, and passes errors on', async () => {
    const path = join(dir, 'r.db');
    const primary = SqliteStore.open(path);
    const docs = DOCS.map((d) => prepareDocument(d, fakeAnalyse(d)));
    await primary.putPrepared(docs.slice(0, 3));
    const store = await withReaders(primary, path, { readers: 2 });
    try {
      const [e] = await primary.findEntities('حفتر', 1);
      assert.ok(e);
      const direct = await primary.getEntity(e.id);
      const viaReader = await store.getEntity(e.id);
      assert.deepEqual(viaReader, direct);
      assert.deepEqual(await store.search({ q: 'روسيا' }), await primary.search({ q: 'روسيا' }));
      // Written through the store (the primary), read by a reader thread.
      await store.putPrepared(docs.slice(3));
      assert.equal((await store.stats()).documents, 5);
      assert.equal((await store.getEntity(e.id))?.documents, 3);
      await assert.rejects(store.search({ q: ' ... ' }), (x: unknown) => (x as { code?: string }).code === 'USAGE');
      assert.equal(await store.getEntity('999999'), undefined);
      // Many calls at once are spread and all answered.
      const all = await Promise.all(Array.from({ length: 40 }, (_, i) => store.listDocuments({ limit: 1, offset: i % 5 })));
      assert.equal(all.filter((p) => p.items.length === 1).length, 40);
    } finally {
      await store.close();
    }
  });

  it('keeps an in-memory store in its own thread', async () => {
    const primary = SqliteStore.open(':memory:');
    const store = await withReaders(primary, ':memory:', { readers: 2 });
    assert.equal(store, primary);
    await store.close();
  });
});
