import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { openStore, prepareDocument, type Store } from '../store/index.js';
import { fakeAnalyse } from '../store/testing/fake-analysis.js';
import { DOCS } from '../store/testing/fixtures.js';
import { createApp } from './app.js';
import { LIMITS } from './schemas.js';

interface Json {
  [k: string]: unknown;
}

let store: Store;
let app: ReturnType<typeof createApp>;
const TOKEN = 'sekret-token-123';
let webRoot: string;

async function get(path: string): Promise<{ status: number; body: Json }> {
  const res = await app.request(path);
  return { status: res.status, body: (await res.json()) as Json };
}

before(async () => {
  store = await openStore(':memory:');
  await store.putPrepared(DOCS.map((d) => prepareDocument(d, fakeAnalyse(d))));
  webRoot = mkdtempSync(join(tmpdir(), 'isnad-web-'));
  mkdirSync(join(webRoot, 'assets'));
  writeFileSync(join(webRoot, 'index.html'), '<!doctype html><html dir="rtl"><body>isnad-ui</body></html>');
  writeFileSync(join(webRoot, 'assets', 'app-1234.js'), 'console.log(1)');
  app = createApp(store, { analyse: fakeAnalyse, token: TOKEN, webRoot });
});

after(async () => {
  await store.close();
});

describe('reads', () => {
  test('search finds a word through its clitics and returns snippets with highlights', async () => {
    const { status, body } = await get(`/api/search?q=${encodeURIComponent('روسيا')}`);
    assert.equal(status, 200);
    const items = body['items'] as { doc: { inputId: string }; snippet: string; highlights: { start: number; end: number }[] }[];
    const ids = items.map((h) => h.doc.inputId).sort();
    assert.ok(ids.includes('d1') && ids.includes('d3'), `hits: ${ids.join(',')}`);
    for (const h of items) {
      assert.ok(h.highlights.length > 0);
      const first = h.highlights[0] as { start: number; end: number };
      assert.match(h.snippet.slice(first.start, first.end), /روسيا|رُوسيا/);
    }
  });

  test('document with its analysis and the store ids of its entities', async () => {
    const list = await get('/api/documents?limit=2');
    assert.equal(list.status, 200);
    assert.equal(list.body['total'], DOCS.length);
    assert.equal((list.body['items'] as unknown[]).length, 2);
    const hit = (await get(`/api/search?q=${encodeURIComponent('فاغنر')}&limit=1`)).body['items'] as { doc: { id: string } }[];
    const id = (hit[0] as { doc: { id: string } }).doc.id;
    const { status, body } = await get(`/api/documents/${id}`);
    assert.equal(status, 200);
    const analysis = body['analysis'] as { entities: { id: string; name: string }[]; text: string };
    const haftar = analysis.entities.find((e) => e.name === 'خليفة حفتر');
    assert.ok(haftar);
    const storeId = (body['entityIds'] as Record<string, string>)[haftar.id];
    assert.ok(storeId !== undefined, 'entity mapped to the store');
    const ent = await get(`/api/entities/${storeId}`);
    assert.equal(ent.status, 200);
    assert.equal(ent.body['name'], 'خليفة حفتر');
    assert.equal(ent.body['type'], 'PER');
  });

  test('entity page: mentions, co-occurrences, timeline, who said what', async () => {
    const list = await get(`/api/entities?q=${encodeURIComponent('حفتر')}`);
    const haftar = (list.body['items'] as { id: string; name: string }[]).find((e) => e.name === 'خليفة حفتر');
    assert.ok(haftar);
    const { body } = await get(`/api/entities/${haftar.id}?mentions=5`);
    assert.ok((body['mentionList'] as unknown[]).length > 0 && (body['mentionList'] as unknown[]).length <= 5);
    const co = (body['cooccurring'] as { name: string }[]).map((e) => e.name);
    assert.ok(co.includes('روسيا'), `co-occurring: ${co.join('،')}`);
    assert.ok((body['timeline'] as { date: string }[]).some((t) => t.date === '2019-09-25'));
    const saidBy = body['saidBy'] as { items: { cue: { text: string }; sourceEntity?: { name: string } }[] };
    assert.ok(saidBy.items.some((a) => a.cue.text === 'قال' && a.sourceEntity?.name === 'خليفة حفتر'));
    // Paging through its documents, most recent first.
    const docs = (b: Record<string, unknown>) => (b['documentList'] as { id: string }[]).map((d) => d.id);
    const all = docs(body);
    assert.ok(all.length >= 2);
    const first = await get(`/api/entities/${haftar.id}?docs=1`);
    const second = await get(`/api/entities/${haftar.id}?docs=1&docsOffset=1`);
    assert.deepEqual([...docs(first.body), ...docs(second.body)], all.slice(0, 2));
    assert.equal((await get(`/api/entities/${haftar.id}?docsOffset=-1`)).status, 400);
  });

  test('attributions filtered by stance, events by type', async () => {
    const deny = await get('/api/attributions?stance=deny');
    assert.equal(deny.status, 200);
    const items = deny.body['items'] as { stance: string }[];
    assert.ok(items.length > 0);
    assert.ok(items.every((a) => a.stance === 'deny'));
    const ev = await get('/api/events?type=ASSAULT');
    assert.ok((ev.body['items'] as { type: string }[]).every((e) => e.type === 'ASSAULT'));
    assert.ok((ev.body['items'] as unknown[]).length > 0);
    const stories = await get('/api/stories');
    assert.equal(stories.status, 200);
    const stats = await get('/api/stats');
    assert.equal(stats.body['documents'], DOCS.length);
    assert.equal(stats.body['ingest'], true);
  });
});

describe('errors and limits', () => {
  test('not found and bad parameters are JSON errors with codes', async () => {
    const missing = await get(`/api/documents/${'0'.repeat(64)}`);
    assert.equal(missing.status, 404);
    assert.equal((missing.body['error'] as Json)['code'], 'NOT_FOUND');
    const badId = await get('/api/documents/xyz');
    assert.equal(badId.status, 400);
    assert.equal((badId.body['error'] as Json)['code'], 'BAD_REQUEST');
    const noEntity = await get('/api/entities/999999');
    assert.equal(noEntity.status, 404);
    const badDate = await get('/api/events?from=2019-13');
    assert.equal(badDate.status, 400);
    assert.match(String((badDate.body['error'] as Json)['message']), /from/);
    const route = await get('/api/nothing');
    assert.equal(route.status, 404);
    assert.equal((route.body['error'] as Json)['code'], 'NOT_FOUND');
  });

  test('page size, query length and query terms are capped', async () => {
    assert.equal((await get(`/api/documents?limit=${LIMITS.maxPage + 1}`)).status, 400);
    assert.equal((await get(`/api/documents?offset=${LIMITS.maxOffset + 1}`)).status, 400);
    const long = 'ا'.repeat(LIMITS.maxQueryChars + 1);
    assert.equal((await get(`/api/search?q=${encodeURIComponent(long)}`)).status, 400);
    const many = Array.from({ length: LIMITS.maxQueryTerms + 1 }, (_, i) => `w${i}`).join(' ');
    const r = await get(`/api/search?q=${encodeURIComponent(many)}`);
    assert.equal(r.status, 400);
    assert.equal((r.body['error'] as Json)['code'], 'QUERY_TOO_COMPLEX');
    assert.equal((await get('/api/search?q=')).status, 400);
  });

  test('analyse answers the contract JSON; too large a body is 413', async () => {
    const text = 'قال المشير خليفة حفتر إن روسيا لم تقدم أي دعم.';
    const res = await app.request('/api/analyse', {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text, date: '2019-01-01' }),
    });
    assert.equal(res.status, 200);
    const a = (await res.json()) as { schema: string; text: string; entities: { name: string; mentions: { start: number; end: number }[] }[] };
    assert.equal(a.schema, 'isnad.analysis/1');
    assert.equal(a.text, text);
    const e = a.entities.find((x) => x.name === 'خليفة حفتر');
    const m = e?.mentions[0];
    assert.ok(m);
    assert.equal(text.slice(m.start, m.end), 'خليفة حفتر');
    const big = await app.request('/api/analyse', {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'ا'.repeat(LIMITS.analyseBodyBytes) }),
    });
    assert.equal(big.status, 413);
    assert.equal(((await big.json()) as { error: { code: string } }).error.code, 'PAYLOAD_TOO_LARGE');
    const bad = await app.request('/api/analyse', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"txt": 1}' });
    assert.equal(bad.status, 400);
  });
});

describe('ingest', () => {
  const jsonl = [
    JSON.stringify({ id: 'n1', text: 'نفت موسكو أمس أن فاغنر تقاتل في ليبيا.', date: '2020-01-02', source: 'test' }),
    'not json',
    JSON.stringify({ id: 'n2', text: 'التقى السراج وفدا من الكرملين.', date: '2020-01-03', source: 'test' }),
  ].join('\n');

  test('needs the bearer token', async () => {
    const none = await app.request('/api/documents', { method: 'POST', headers: { 'content-type': 'application/x-ndjson' }, body: jsonl });
    assert.equal(none.status, 401);
    const wrong = await app.request('/api/documents', {
      method: 'POST', headers: { 'content-type': 'application/x-ndjson', authorization: 'Bearer nope' }, body: jsonl,
    });
    assert.equal(wrong.status, 401);
    assert.equal((await store.stats()).documents, DOCS.length);
  });

  test('is disabled (403) without a token configured, while reads still work', async () => {
    const open = createApp(store, { analyse: fakeAnalyse });
    const res = await open.request('/api/documents', {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` }, body: '{"text":"نص"}',
    });
    assert.equal(res.status, 403);
    assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'INGEST_DISABLED');
    assert.equal((await open.request('/api/stats')).status, 200);
  });

  test('JSONL: good lines stored, a bad line reported, idempotent', async () => {
    const post = () => app.request('/api/documents', {
      method: 'POST', headers: { 'content-type': 'application/x-ndjson', authorization: `Bearer ${TOKEN}` }, body: jsonl,
    });
    const res = await post();
    assert.equal(res.status, 200);
    const r = (await res.json()) as { added: number; failed: number; results: { index: number; error?: { code: string } }[] };
    assert.equal(r.added, 2);
    assert.equal(r.failed, 1);
    assert.equal(r.results.find((x) => x.index === 1)?.error?.code, 'JSON_MALFORMED');
    const again = (await (await post()).json()) as { added: number; skipped: number };
    assert.equal(again.added, 0);
    assert.equal(again.skipped, 2);
    const hits = await get(`/api/search?q=${encodeURIComponent('فاغنر')}&from=2020-01-01`);
    assert.equal(hits.body['total'], 1);
  });

  test('JSON array of documents; cached reads see it at once', async () => {
    const q = `/api/search?q=${encodeURIComponent('طرابلس')}`;
    const before1 = await app.request(q);
    const before2 = await app.request(q);
    assert.equal(before2.headers.get('x-cache'), 'hit');
    assert.equal(((await before1.json()) as { total: number }).total, ((await before2.json()) as { total: number }).total);
    const res = await app.request('/api/documents', {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify([{ id: 'j1', text: 'هاجم حفتر طرابلس.', date: '2021-05-05' }]),
    });
    assert.equal(res.status, 200);
    assert.equal(((await res.json()) as { added: number }).added, 1);
    const after = await app.request(q);
    assert.notEqual(after.headers.get('x-cache'), 'hit');
    const hits = ((await after.json()) as { items: { doc: { inputId?: string } }[] }).items.map((h) => h.doc.inputId);
    assert.ok(hits.includes('j1'), `hits after ingest: ${hits.join(',')}`);
  });
});

describe('openapi and the UI', () => {
  test('/openapi.json describes every route with its parameters', async () => {
    const { status, body } = await get('/openapi.json');
    assert.equal(status, 200);
    const paths = body['paths'] as Record<string, Record<string, { parameters?: { name: string }[] }>>;
    for (const p of ['/api/search', '/api/documents', '/api/documents/{id}', '/api/entities', '/api/entities/{id}',
      '/api/attributions', '/api/events', '/api/stories', '/api/analyse']) {
      assert.ok(paths[p], `missing ${p}`);
    }
    const params = paths['/api/attributions']?.['get']?.parameters?.map((x) => x.name) ?? [];
    for (const n of ['by', 'about', 'stance']) assert.ok(params.includes(n), `attributions parameter ${n}`);
    assert.ok(paths['/api/documents']?.['post'], 'ingest documented');
  });

  test('serves index.html for UI routes and assets by path, never outside the root', async () => {
    const page = await app.request('/entity/12');
    assert.equal(page.status, 200);
    assert.match(await page.text(), /isnad-ui/);
    const asset = await app.request('/assets/app-1234.js');
    assert.equal(asset.status, 200);
    assert.match(asset.headers.get('content-type') ?? '', /javascript/);
    assert.equal((await app.request('/assets/missing.js')).status, 404);
    const escape = await app.request('/assets/..%2f..%2f..%2fetc%2fpasswd');
    assert.notEqual(await escape.text(), '');
    assert.doesNotMatch(await (await app.request('/..%2f..%2fetc/passwd')).text(), /root:/);
  });
});

describe('listening', () => {
  test('startServer answers over HTTP on a free port and closes', async () => {
    const { startServer } = await import('./server.js');
    const server = await startServer(store, { port: 0, host: '127.0.0.1' });
    try {
      assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
      const res = await fetch(`${server.url}api/stats`);
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('cache-control'), 'no-store');
      assert.ok(((await res.json()) as { documents: number }).documents >= DOCS.length);
      const noUi = await fetch(server.url);
      assert.equal(noUi.status, 404, 'API only without a web root');
    } finally {
      await server.close();
    }
  });
});

describe('the worker analyser', () => {
  test('answers the full contract JSON off the event loop, and names bad input', async () => {
    const { poolAnalyser } = await import('./server.js');
    const pool = poolAnalyser(1);
    try {
      const text = 'قال المتحدث إن الوفد وصل إلى القاهرة يوم الأحد.';
      const a = await pool.analyse({ text, date: '2020-02-02' });
      assert.equal(a.schema, 'isnad.analysis/1');
      assert.equal(a.text, text);
      assert.ok(a.tokens.length >= 9, 'tokens kept');
      assert.ok(a.sentences.length >= 1, 'sentences kept');
      await assert.rejects(async () => pool.analyse({ text, date: '2020-02-31' }), /DATE|date/);
    } finally {
      await pool.close();
    }
  });
});
