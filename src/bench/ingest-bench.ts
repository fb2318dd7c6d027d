/**
 * End-to-end ingest benchmark: analysis + store + index of the SaudiNewsNet
 * 10k corpus into a temporary store, then search latency over a fixed set of
 * queries. Prints documents/s, tokens/s, peak RSS and search p50/p95.
 *
 *   npm run bench:ingest [-- --limit N] [-- --workers N] [-- --corpus PATH] [-- --keep]
 */
import { isEntryPoint } from '../core/entry-point.js';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileSync, createReadStream } from 'node:fs';
import { ingest } from '../ingest/ingest.js';
import type { WorkerHeap } from '../ingest/pool.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import type { SearchQuery } from '../store/store.js';

const DEFAULT_CORPUS = fileURLToPath(new URL('../../../shared/data/corpus/saudinewsnet-10k.jsonl', import.meta.url));

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

export const BENCH_QUERIES: readonly Omit<SearchQuery, 'limit'>[] = [
  { q: 'السعودية' }, { q: 'الرياض' }, { q: 'وزير الخارجية' }, { q: '"ولي العهد"' }, { q: 'اليمن' },
  { q: 'الحوثيين' }, { q: 'إيران' }, { q: 'النفط' }, { q: 'أسعار النفط' }, { q: 'الحج' }, { q: 'مكة' },
  { q: 'الهلال' }, { q: 'النصر OR الاتحاد' }, { q: 'روسيا', expand: true }, { q: 'مصر', expand: true },
  { q: 'الأمم المتحدة' }, { q: '"مجلس الوزراء"' }, { q: 'الأمير محمد بن سلمان' }, { q: 'داعش' },
  { q: 'سوريا', expand: true }, { q: 'التعليم' }, { q: 'وزارة الصحة' }, { q: 'كورونا' }, { q: 'الإرهاب' },
  { q: 'الملك سلمان' }, { q: 'جدة', source: 'okaz' }, { q: 'المرور', from: '2015-08-01', to: '2015-08-15' },
  { q: 'البنك' }, { q: 'الاقتصاد السعودي' }, { q: 'العمالة' }, { q: 'الطقس' }, { q: 'تويتر' },
];

async function countLines(path: string): Promise<number> {
  let n = 0;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    for (let i = chunk.indexOf(0x0a); i >= 0; i = chunk.indexOf(0x0a, i + 1)) n++;
  }
  return n;
}

async function main(): Promise<void> {
  const corpus = arg('corpus') ?? process.env['ISNAD_BENCH_CORPUS'] ?? DEFAULT_CORPUS;
  if (!existsSync(corpus)) {
    process.stdout.write(`bench:ingest skipped: no corpus at ${corpus}\n`);
    return;
  }
  const limit = arg('limit') !== undefined ? Number(arg('limit')) : undefined;
  const workers = arg('workers') !== undefined ? Number(arg('workers')) : undefined;
  const dir = mkdtempSync(join(tmpdir(), 'isnad-bench-'));
  let input = corpus;
  if (limit !== undefined) {
    // The first N lines, as a file of their own.
    const lines: string[] = [];
    let buf = '';
    for await (const chunk of createReadStream(corpus, { encoding: 'utf8' })) {
      buf += chunk as string;
      const parts = buf.split('\n');
      buf = parts.pop() ?? '';
      lines.push(...parts);
      if (lines.length >= limit) break;
    }
    input = join(dir, 'subset.jsonl');
    writeFileSync(input, lines.slice(0, limit).join('\n') + '\n');
  }
  const docsIn = await countLines(input);
  const dbPath = join(dir, 'bench.db');
  const store = SqliteStore.open(dbPath);
  process.stdout.write(`bench:ingest: ${docsIn} documents from ${corpus}${limit !== undefined ? ` (first ${limit})` : ''}\n`);
  const t0 = process.hrtime.bigint();
  let lastLine = 0;
  let heaps: WorkerHeap[] = [];
  const report = await ingest({
    store, paths: [input], ...(workers !== undefined && { workers }),
    onProgress: (p) => {
      if (Date.now() - lastLine > 10_000) {
        lastLine = Date.now();
        process.stdout.write(`  ${p.done}/${docsIn} (${(p.done / (p.elapsedMs / 1000)).toFixed(1)} docs/s)\n`);
      }
    },
    onProblem: (p) => process.stdout.write(`  problem: ${p.where}: ${p.error.code}: ${p.error.message}\n`),
    onWorkerHeaps: (h) => (heaps = h),
  });
  const mainHeap = process.memoryUsage();
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  const stats = await store.stats();

  // Search latency: warm once, then every query 5 times.
  const times: number[] = [];
  let hits = 0;
  for (const q of BENCH_QUERIES) await store.search({ ...q, limit: 20 });
  for (let round = 0; round < 5; round++) {
    for (const q of BENCH_QUERIES) {
      const s = process.hrtime.bigint();
      const page = await store.search({ ...q, limit: 20 });
      times.push(Number(process.hrtime.bigint() - s) / 1e6);
      if (round === 0) hits += page.total;
    }
  }
  times.sort((a, b) => a - b);
  const pct = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))] as number;
  const s0 = process.hrtime.bigint();
  const stories = await store.stories({ minOutlets: 2 });
  const storiesMs = Number(process.hrtime.bigint() - s0) / 1e6;
  await store.close();
  const dbBytes = statSync(dbPath).size + (existsSync(`${dbPath}-wal`) ? statSync(`${dbPath}-wal`).size : 0);
  const peakRss = process.resourceUsage().maxRSS * 1024;

  const mb = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MB`;
  const lines = [
    `documents: ${report.added} stored, ${report.skipped} skipped, ${report.failed} failed in ${secs.toFixed(1)} s`,
    `throughput: ${(report.done / secs).toFixed(1)} documents/s, ${Math.round(report.tokens / secs)} tokens/s (${report.tokens} words)`,
    `peak RSS: ${mb(peakRss)} (at the end: main heap ${mb(mainHeap.heapUsed)}, array buffers ${mb(mainHeap.arrayBuffers)}; `
      + `workers' heaps ${heaps.map((h) => `${mb(h.used)}${h.live !== undefined ? ` (${mb(h.live)} live)` : ''}`
        + ` + ${mb(h.external)} external`).join(', ')})`,
    `store: ${mb(dbBytes)}, ${stats.entities} entities, ${stats.mentions} mentions, ${stats.attributions} attributions, ${stats.events} events`,
    `search: ${times.length} queries, p50 ${pct(0.5).toFixed(1)} ms, p95 ${pct(0.95).toFixed(1)} ms, max ${(times[times.length - 1] ?? 0).toFixed(1)} ms (${hits} hits in all)`,
    `stories: ${stories.total} clusters across ≥ 2 outlets in ${storiesMs.toFixed(0)} ms`,
  ];
  process.stdout.write(lines.map((l) => `  ${l}`).join('\n') + '\n');
  if (process.argv.includes('--keep')) process.stdout.write(`  kept: ${dbPath}\n`);
  else rmSync(dir, { recursive: true, force: true });
}

if (isEntryPoint(import.meta.url)) {
  main().catch((e: unknown) => {
    process.stderr.write(`bench:ingest failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  });
}
