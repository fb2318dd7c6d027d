import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, describe, it } from 'node:test';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { fakeAnalyse } from '../store/testing/fake-analysis.js';
import { ingest } from './ingest.js';
import { generatedJsonl, writeMixedCorpus } from './testing/corpus.js';

const root = mkdtempSync(join(tmpdir(), 'isnad-ingest-'));
after(() => rmSync(root, { recursive: true, force: true }));

const FAKE_MODULE = new URL(`../store/testing/fake-analyser-module${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url).href;

describe('ingest', () => {
  const dir = join(root, 'mixed');
  const expected = writeMixedCorpus(dir);

  it('reads folders recursively in every format, reports bad documents by place, stores the rest', async () => {
    const store = SqliteStore.open(':memory:');
    const report = await ingest({ store, paths: [dir], analyse: fakeAnalyse, batchSize: 3 });
    assert.equal(report.added, expected.docs);
    assert.equal((await store.stats()).documents, expected.docs);
    const problems = report.problems.map((p) => `${relative(dir, p.where)} ${p.error.code}`).sort();
    assert.deepEqual(problems, [...expected.problems].sort());
    assert.equal(report.failed, expected.problems.length);
    // HTML metadata.
    const page = (await store.listDocuments({ source: 'صحيفة الاختبار' })).items[0];
    assert.ok(page);
    assert.equal(page.date, '2021-03-04');
    assert.equal(page.title, 'زيارة مرتقبة لوفد رسمي');
    assert.equal(page.url, 'https://news.example.org/2021/03/04/visit');
    const full = await store.getDocument(page.id);
    assert.ok(full?.analysis.text.startsWith('أعلنت وزارة الخارجية'));
    assert.ok(!full?.analysis.text.includes('الرئيسية'), 'navigation is not article text');
    assert.ok(!full?.analysis.text.includes('الحقوق'), 'the footer is not article text');
    const jsonld = (await store.listDocuments({ from: '2020-06-03', to: '2020-06-03' })).items;
    assert.equal(jsonld.length, 1, 'date from JSON-LD');
    // Feeds.
    const rss = (await store.listDocuments({ source: 'وكالة الاختبار' })).items;
    assert.deepEqual(rss.map((d) => d.inputId).sort(), ['https://feed.example.org/2', 'rss-1']);
    assert.equal(rss.find((d) => d.inputId === 'rss-1')?.date, '2021-08-10');
    const atom = (await store.listDocuments({ source: 'أطلس' })).items;
    assert.equal(atom[0]?.date, '2022-01-02');
    assert.equal(atom[0]?.url, 'https://atom.example.org/e1');
    await store.close();
  });

  it('is idempotent, and --reanalyse replaces analyses without duplicates', async () => {
    const store = SqliteStore.open(':memory:');
    await ingest({ store, paths: [dir], analyse: fakeAnalyse });
    const before = await store.stats();
    const again = await ingest({ store, paths: [dir], analyse: fakeAnalyse });
    assert.equal(again.added, 0);
    assert.equal(again.skipped, expected.docs);
    assert.deepEqual({ ...(await store.stats()), bytes: 0 }, { ...before, bytes: 0 });
    let calls = 0;
    const re = await ingest({ store, paths: [], reanalyse: true, analyse: (i) => (calls++, fakeAnalyse(i)) });
    assert.equal(calls, expected.docs);
    assert.equal(re.replaced, expected.docs);
    assert.deepEqual({ ...(await store.stats()), bytes: 0 }, { ...before, bytes: 0 });
    await store.close();
  });

  it('counts the same text twice in one run once', async () => {
    const p = join(root, 'dups.jsonl');
    writeFileSync(p, [JSON.stringify({ id: 'a', text: 'نص واحد مكرر' }), JSON.stringify({ id: 'b', text: 'نص واحد مكرر' })].join('\n'));
    const store = SqliteStore.open(':memory:');
    const r = await ingest({ store, paths: [p], analyse: fakeAnalyse });
    assert.equal(r.added, 1);
    assert.equal(r.duplicates, 1);
    await store.close();
  });

  it('reports a failing analysis and keeps going', async () => {
    const p = join(root, 'boom.jsonl');
    writeFileSync(p, [JSON.stringify({ id: 'a', text: 'نص سليم' }), JSON.stringify({ id: 'b', text: 'نص @@BOOM@@' }),
      JSON.stringify({ id: 'c', text: 'نص سليم آخر' })].join('\n'));
    const store = SqliteStore.open(':memory:');
    const r = await ingest({ store, paths: [p], analyse: fakeAnalyse });
    assert.equal(r.added, 2);
    assert.equal(r.problems.length, 1);
    assert.equal(r.problems[0]?.where, `${p}:2`);
    assert.equal(r.problems[0]?.error.code, 'STAGE_FAILED');
    await store.close();
  });

  it('skips a line longer than the limit without holding it, naming file and line', async () => {
    const p = join(root, 'huge.jsonl');
    const big = JSON.stringify({ id: 'big', text: 'ا'.repeat(25 * 1024 * 1024) }); // 50 MB of UTF-8
    writeFileSync(p, [JSON.stringify({ id: 'a', text: 'قبل' }), big, JSON.stringify({ id: 'c', text: 'بعد' })].join('\n'));
    const store = SqliteStore.open(':memory:');
    const r = await ingest({ store, paths: [p], analyse: fakeAnalyse });
    assert.equal(r.added, 2);
    assert.equal(r.problems[0]?.where, `${p}:2`);
    assert.equal(r.problems[0]?.error.code, 'INPUT_TOO_LARGE');
    assert.match(r.problems[0]?.error.message ?? '', /52428\d\d\d bytes/);
    await store.close();
  });

  it('analyses on worker threads that load the analyser module once', async () => {
    const p = join(root, 'gen.jsonl');
    writeFileSync(p, generatedJsonl(60));
    const store = SqliteStore.open(':memory:');
    const r = await ingest({ store, paths: [p], analyserModule: FAKE_MODULE, workers: 2, batchSize: 7 });
    assert.equal(r.added, 60);
    const one = (await store.listDocuments({ limit: 1 })).items[0];
    assert.ok(one);
    const got = await store.getDocument(one.id);
    assert.deepEqual(got?.analysis, fakeAnalyse({ text: got?.analysis.text ?? '', ...(got?.inputId && { id: got.inputId }),
      ...(got?.source && { source: got.source }), ...(got?.date && { date: got.date }) }));
    assert.equal((await store.search({ q: 'روسيا' })).total, 60);
    await store.close();
  });

  it('stops on a full store with STORE_FULL, keeping every batch committed before', async () => {
    const p = join(root, 'full.jsonl');
    writeFileSync(p, generatedJsonl(200));
    const dbPath = join(root, 'full.db');
    const store = SqliteStore.open(dbPath);
    await ingest({ store, paths: [p], analyse: fakeAnalyse, batchSize: 10 });
    const full = (await store.stats()).documents;
    assert.equal(full, 200);
    await store.close();
    // A fresh store with room for only a part of the corpus.
    const small = SqliteStore.open(join(root, 'small.db'));
    const pages = small.database.pragma('page_count', { simple: true }) as number;
    small.database.pragma(`max_page_count = ${pages + 40}`);
    await assert.rejects(ingest({ store: small, paths: [p], analyse: fakeAnalyse, batchSize: 10 }),
      (e: unknown) => (e as { code?: string }).code === 'STORE_FULL');
    const kept = (await small.stats()).documents;
    assert.ok(kept > 0 && kept < 200, `the batches before the failure are kept (${kept})`);
    assert.deepEqual(small.integrityCheck(), []);
    small.database.pragma('max_page_count = 1073741823');
    const rest = await ingest({ store: small, paths: [p], analyse: fakeAnalyse, batchSize: 10 });
    assert.equal(rest.added, 200 - kept);
    assert.equal((await small.stats()).documents, 200);
    await small.close();
  });

  it('replaces a worker that dies, failing only its documents', async () => {
    const p = join(root, 'dies.jsonl');
    const lines = generatedJsonl(30).trim().split('\n');
    lines.splice(10, 0, JSON.stringify({ id: 'dies', text: 'نص @@EXIT@@ يوقف العامل' }));
    writeFileSync(p, lines.join('\n'));
    const store = SqliteStore.open(':memory:');
    const r = await ingest({ store, paths: [p], analyserModule: FAKE_MODULE, workers: 1 });
    assert.ok(r.added >= 25, `the others are stored (${r.added})`);
    assert.equal(r.added + r.failed, 31);
    assert.ok(r.problems.some((x) => x.where === `${p}:11` && x.error.code === 'STAGE_FAILED'));
    await store.close();
  });

  it('names an analyser module that cannot be loaded', async () => {
    const store = SqliteStore.open(':memory:');
    await assert.rejects(
      ingest({ store, paths: [join(root, 'gen.jsonl')], analyserModule: 'file:///nonexistent/analyser.js', workers: 1 }),
      (e: unknown) => (e as { code?: string }).code === 'RESOURCE_MISSING',
    );
    await store.close();
  });
});
