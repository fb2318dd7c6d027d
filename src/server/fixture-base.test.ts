import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { openStore } from '../store/index.js';
import { fakeAnalyse } from '../store/testing/fake-analysis.js';
import { ingestFolder } from './fixture-base.js';

test('a folder of JSONL and text files with metadata beside them; twice is idempotent', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'isnad-folder-'));
  writeFileSync(join(dir, 'a.jsonl'), `${JSON.stringify({ id: 'j1', text: 'قال حفتر إن روسيا تدعمه.', date: '2019-01-02', source: 'x' })}\n`);
  writeFileSync(join(dir, 'story.txt'), 'نفت موسكو أمس أي دور في ليبيا.');
  writeFileSync(join(dir, 'story.meta.json'), JSON.stringify({ id: 'm1', date: '2019-03-04', source: 'وكالة', title: 'نفي' }));
  writeFileSync(join(dir, 'bare.txt'), 'هاجم حفتر طرابلس.');
  const store = await openStore(':memory:');
  try {
    assert.deepEqual(await ingestFolder(store, dir, fakeAnalyse), { added: 3, skipped: 0, failed: 0 });
    assert.deepEqual(await ingestFolder(store, dir, fakeAnalyse), { added: 0, skipped: 3, failed: 0 });
    const docs = (await store.listDocuments({ limit: 10 })).items;
    const meta = docs.find((d) => d.inputId === 'm1');
    assert.equal(meta?.date, '2019-03-04');
    assert.equal(meta?.source, 'وكالة');
    assert.equal(meta?.title, 'نفي');
    assert.ok(docs.some((d) => d.inputId === 'bare'));
    assert.ok(docs.some((d) => d.inputId === 'j1' && d.source === 'x'));
  } finally {
    await store.close();
  }
});
