/**
 * Load test of the HTTP API: autocannon on loopback against `isnad serve`
 * (a child process, so the load generator does not share its event loop)
 * over a 10,000-article base. Reports requests/s, p50/p95/p99 and errors for
 * search and for entity pages. Bounded in time and in requests per scenario.
 *
 *   npm run bench:load [-- --db PATH] [-- --docs 10000] [-- --connections 50]
 *                      [-- --duration 10] [-- --amount 20000] [-- --workers N] [-- --corpus PATH]
 *                      [-- --cache both|on|off] [-- --readers N (store reader threads; default: cores - 1; 0: none)]
 *
 * Without --db the base is built once at .tmp/load-10k.db from the corpus
 * (../shared/data/corpus/saudinewsnet-10k.jsonl or $ISNAD_BENCH_CORPUS) and reused.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { ingest } from '../ingest/ingest.js';
import { startServer } from '../server/server.js';
import { openStore } from '../store/index.js';
import { withReaders } from '../store/readers.js';

const SELF = fileURLToPath(import.meta.url);
const DEFAULT_CORPUS = process.env['ISNAD_BENCH_CORPUS']
  ?? fileURLToPath(new URL('../../../shared/data/corpus/saudinewsnet-10k.jsonl', import.meta.url));

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return (i >= 0 ? process.argv[i + 1] : undefined) ?? fallback;
}

/** Child mode: serve the store and report the URL to the parent. */
async function child(db: string, cached: boolean, readers: number): Promise<void> {
  const store = await withReaders(await openStore(db, { readonly: true }), db, { readers });
  const server = await startServer(store, { port: 0, host: '127.0.0.1', ...(!cached && { cache: { entries: 0 } }) });
  process.send?.({ url: server.url });
  process.on('disconnect', () => {
    void server.close().then(() => store.close()).then(() => process.exit(0));
  });
}

async function ensureBase(db: string, docs: number, corpus: string, workers: number | undefined): Promise<void> {
  mkdirSync(dirname(db), { recursive: true });
  const store = await openStore(db);
  try {
    const have = (await store.stats()).documents;
    if (have >= docs) return;
    if (!existsSync(corpus)) throw new Error(`the base has ${have} documents and there is no corpus at ${corpus} to build it`);
    const lines = readFileSync(corpus, 'utf8').split('\n').filter((l) => l.trim() !== '').slice(0, docs);
    const part = join(tmpdir(), `isnad-load-${process.pid}.jsonl`);
    writeFileSync(part, lines.join('\n') + '\n');
    process.stderr.write(`bench:load: building a base of ${lines.length} documents in ${db} (once) …\n`);
    const t0 = Date.now();
    let last = 0;
    const r = await ingest({
      store, paths: [part], ...(workers !== undefined && { workers }),
      onProgress: (p) => {
        if (Date.now() - last > 5000) {
          last = Date.now();
          process.stderr.write(`  ${p.done}/${lines.length} documents, ${Math.round(p.done / ((Date.now() - t0) / 1000))}/s\n`);
        }
      },
    });
    process.stderr.write(`bench:load: ${r.added} added, ${r.failed} failed in ${((Date.now() - t0) / 1000).toFixed(0)} s\n`);
  } finally {
    await store.close();
  }
}

/** Search queries of the load test: common words, phrases, OR, nisba expansion, filters. */
const QUERIES: readonly { q: string; expand?: boolean; source?: string; from?: string; to?: string }[] = [
  { q: 'السعودية' }, { q: 'الرياض' }, { q: 'وزير الخارجية' }, { q: '"ولي العهد"' }, { q: 'اليمن' },
  { q: 'الحوثيين' }, { q: 'إيران' }, { q: 'النفط' }, { q: 'أسعار النفط' }, { q: 'الحج' }, { q: 'مكة' },
  { q: 'الهلال' }, { q: 'النصر OR الاتحاد' }, { q: 'روسيا', expand: true }, { q: 'مصر', expand: true },
  { q: 'الأمم المتحدة' }, { q: '"مجلس الوزراء"' }, { q: 'داعش' }, { q: 'سوريا', expand: true },
  { q: 'التعليم' }, { q: 'وزارة الصحة' }, { q: 'الإرهاب' }, { q: 'الملك سلمان' }, { q: 'جدة', source: 'okaz' },
  { q: 'المرور', from: '2015-08-01', to: '2015-08-15' }, { q: 'البنك' }, { q: 'الاقتصاد' }, { q: 'الطقس' },
];

interface Scenario {
  name: string;
  paths: string[];
}

interface Outcome {
  name: string;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
  timeouts: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

async function run(base: string, s: Scenario, connections: number, duration: number, amount: number): Promise<Outcome> {
  let i = 0;
  const times: number[] = [];
  const r = await new Promise<autocannon.Result>((res, rej) => {
    const inst = autocannon({
      url: base,
      connections,
      duration,
      // Bounded in count as well as in time (`amount` would override `duration`).
      maxOverallRequests: Math.max(amount, connections),
      timeout: 10,
      requests: [{
        method: 'GET',
        setupRequest: (req) => ({ ...req, path: s.paths[i++ % s.paths.length] as string }),
      }],
    }, (err, result) => (err ? rej(err) : res(result)));
    inst.on('response', (_client, _status, _bytes, time) => {
      times.push(time);
    });
  });
  times.sort((a, b) => a - b);
  return {
    name: s.name,
    requests: r.requests.total,
    rps: r.requests.total / Math.max(r.duration, 0.001),
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    errors: r.errors,
    non2xx: r.non2xx,
    timeouts: r.timeouts,
  };
}

async function parent(): Promise<void> {
  const db = resolve(arg('db', '.tmp/load-10k.db'));
  const docs = Number(arg('docs', '10000'));
  const connections = Number(arg('connections', '50'));
  const duration = Number(arg('duration', '10'));
  const amount = Number(arg('amount', '20000'));
  const workersArg = arg('workers', '');
  await ensureBase(db, docs, arg('corpus', DEFAULT_CORPUS), workersArg === '' ? undefined : Number(workersArg));

  const modes = arg('cache', 'both');
  const readers = Number(arg('readers', String(Math.max(0, availableParallelism() - 1))));
  const results: Outcome[] = [];
  for (const cached of modes === 'both' ? [false, true] : [modes !== 'off']) {
    results.push(...(await serveAndRun(db, cached, connections, duration, amount, readers)));
  }
  process.stdout.write('scenario                 requests   req/s   p50 ms   p95 ms   p99 ms  errors  non-2xx  timeouts\n');
  for (const o of results) {
    process.stdout.write(`${o.name.padEnd(22)}  ${String(o.requests).padStart(8)}  ${o.rps.toFixed(0).padStart(6)}  `
      + `${o.p50.toFixed(1).padStart(7)}  ${o.p95.toFixed(1).padStart(7)}  ${o.p99.toFixed(1).padStart(7)}  `
      + `${String(o.errors).padStart(6)}  ${String(o.non2xx).padStart(7)}  ${String(o.timeouts).padStart(8)}\n`);
  }
  const bad = results.filter((o) => o.p95 >= 100 || o.errors > 0 || o.non2xx > 0);
  process.stdout.write(bad.length === 0 ? 'bench:load: target met (p95 < 100 ms, no errors)\n'
    : `bench:load: target (p95 < 100 ms, no errors) missed for: ${bad.map((o) => o.name).join('; ')}\n`);
}

async function serveAndRun(db: string, cached: boolean, connections: number, duration: number, amount: number,
  readers: number): Promise<Outcome[]> {
  const ts = SELF.endsWith('.ts');
  const server: ChildProcess = fork(SELF, ['--child', db, ...(cached ? [] : ['--no-cache']), '--readers', String(readers)], {
    execArgv: ts ? ['--import', 'tsx'] : [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  try {
    const url = await new Promise<string>((res, rej) => {
      server.once('message', (m: { url: string }) => res(m.url));
      server.once('exit', (code) => rej(new Error(`the server stopped (exit ${code})`)));
    });
    const base = url.replace(/\/$/, '');
    const stats = (await (await fetch(`${base}/api/stats`)).json()) as { documents: number; entities: number };
    const ids: string[] = [];
    for (let offset = 0; ids.length < 300; offset += 100) {
      const page = (await (await fetch(`${base}/api/entities?limit=100&offset=${offset}`)).json()) as { items: { id: string }[] };
      if (page.items.length === 0) break;
      ids.push(...page.items.map((e) => e.id));
    }
    const searchPaths = QUERIES.map((q) => {
      const u = new URLSearchParams({ q: q.q, limit: '20' });
      if (q.expand) u.set('expand', 'true');
      if (q.source) u.set('source', q.source);
      if (q.from) u.set('from', q.from);
      if (q.to) u.set('to', q.to);
      return `/api/search?${u}`;
    });
    const label = cached ? 'cached' : 'uncached';
    const scenarios: Scenario[] = [
      { name: `search, ${label}`, paths: searchPaths },
      // The 300 entities in the most documents: the heaviest pages.
      { name: `entity page, ${label}`, paths: ids.map((id) => `/api/entities/${id}`) },
    ];
    process.stdout.write(`bench:load: ${stats.documents} documents, ${stats.entities} entities; server ${label}, ${readers} reader threads; `
      + `${connections} connections, ≤ ${duration} s and ≤ ${amount} requests per scenario\n`);
    // Warm up the SQLite page cache (and the response cache) as a running server would be.
    await run(base, { name: 'warm-up', paths: [...searchPaths, ...ids.map((id) => `/api/entities/${id}`)] }, 2, 30, searchPaths.length + ids.length);
    const out: Outcome[] = [];
    for (const s of scenarios) out.push(await run(base, s, connections, duration, amount));
    return out;
  } finally {
    server.disconnect();
  }
}

if (process.argv.includes('--child')) {
  void child(process.argv[process.argv.indexOf('--child') + 1] as string, !process.argv.includes('--no-cache'), Number(arg('readers', '0')));
} else {
  parent().catch((e: unknown) => {
    process.stderr.write(`bench:load: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  });
}
