import { createReadStream, statSync } from 'node:fs';
import { extname } from 'node:path';
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { IsnadError } from '../../core/errors.js';
import { ingest, type IngestProgress, type IngestReport } from '../../ingest/ingest.js';
import { listFiles } from '../../ingest/sources.js';
import { addDbOption, format, int, printJson, withStore, writeErr } from '../../store/cli-support.js';

interface IngestOpts {
  db?: string;
  reanalyse?: boolean;
  workers?: string;
  batch?: string;
  maxBytes?: string;
  analyser?: string;
  format?: string;
  progress?: boolean;
}

/** Rough number of documents under the paths (JSONL lines + other files), for the ETA. */
export async function estimateDocuments(paths: readonly string[]): Promise<number> {
  let n = 0;
  for (const f of listFiles(paths)) {
    if ('error' in f) continue;
    const ext = extname(f.path).toLowerCase();
    if (ext === '.jsonl' || ext === '.ndjson') {
      let lines = 0;
      let last = 0x0a;
      for await (const chunk of createReadStream(f.path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
        for (let i = chunk.indexOf(0x0a); i >= 0; i = chunk.indexOf(0x0a, i + 1)) lines++;
        last = chunk[chunk.length - 1] ?? last;
      }
      n += lines + (last !== 0x0a ? 1 : 0);
    } else n += 1;
  }
  return n;
}

function eta(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

/** Progress on a TTY: a bar; otherwise a plain line every few seconds. */
function progressReporter(total: number, enabled: boolean) {
  const tty = process.stderr.isTTY === true;
  if (!enabled) return { update: () => undefined, stop: () => undefined };
  if (tty) {
    const bar = new cliProgress.SingleBar({
      format: 'ingest {bar} {percentage}% | {value}/{total} docs | {rate} docs/s | ETA {eta_formatted} | +{added} ={skipped} !{failed}',
      stream: process.stderr,
      etaBuffer: 200,
      hideCursor: true,
    }, cliProgress.Presets.shades_classic);
    bar.start(Math.max(total, 1), 0, { rate: '0.0', added: 0, skipped: 0, failed: 0 });
    return {
      update(p: IngestProgress) {
        if (p.done > bar.getTotal()) bar.setTotal(p.done);
        const rate = p.done / Math.max(p.elapsedMs / 1000, 1e-3);
        bar.update(p.done, { rate: rate.toFixed(1), added: p.added + p.replaced, skipped: p.skipped, failed: p.failed });
      },
      stop: () => bar.stop(),
    };
  }
  let lastPrint = 0;
  return {
    update(p: IngestProgress) {
      const now = Date.now();
      if (now - lastPrint < 5000) return;
      lastPrint = now;
      const rate = p.done / Math.max(p.elapsedMs / 1000, 1e-3);
      writeErr(`ingest: ${p.done}/${total} docs, ${rate.toFixed(1)} docs/s, ETA ${eta((total - p.done) / rate)}, `
        + `${p.added + p.replaced} stored, ${p.skipped} already stored, ${p.failed} failed\n`);
    },
    stop: () => undefined,
  };
}

export function summary(r: IngestReport): string {
  const secs = r.elapsedMs / 1000;
  return `ingest: ${r.added} added, ${r.replaced} re-analysed, ${r.skipped} already stored, ${r.failed} failed `
    + `in ${secs.toFixed(1)} s (${(r.done / Math.max(secs, 1e-3)).toFixed(1)} docs/s, `
    + `${Math.round(r.tokens / Math.max(secs, 1e-3))} tokens/s)\n`;
}

export function register(program: Command): void {
  const cmd = program
    .command('ingest')
    .description('analyse and store text files, folders, JSONL, HTML pages and RSS/Atom feeds (idempotent by content)')
    .argument('[paths...]', 'files and folders (folders are read recursively)')
    .option('--reanalyse', 're-analyse documents already stored (all of them when no path is given)')
    .option('--workers <n>', 'analysis worker threads (default: one per core)')
    .option('--batch <n>', 'documents per transaction', '64')
    .option('--max-bytes <n>', 'largest document accepted, in bytes', String(8 * 1024 * 1024))
    .option('--no-progress', 'no progress output')
    .option('--format <format>', 'json: print the report as JSON on standard output');
  cmd.addOption(cmd.createOption('--analyser <module>', 'module exporting analyse() (default: the built-in pipeline)').hideHelp());
  addDbOption(cmd);
  cmd.action(async (paths: string[], o: IngestOpts) => {
    if (paths.length === 0 && !o.reanalyse) throw new IsnadError('USAGE', 'ingest needs at least one file or folder');
    const fmt = o.format === undefined ? 'table' : format(o.format);
    for (const p of paths) {
      try {
        statSync(p);
      } catch {
        throw new IsnadError('FILE_NOT_FOUND', 'no such file or folder', p);
      }
    }
    const workers = o.workers !== undefined ? int(o.workers, '--workers', 1) : undefined;
    await withStore(o.db, false, async (store) => {
      const total = paths.length > 0 ? await estimateDocuments(paths) : (await store.stats()).documents;
      const bar = progressReporter(total, o.progress !== false);
      let report: IngestReport;
      try {
        report = await ingest({
          store, paths, reanalyse: o.reanalyse === true,
          batchSize: int(o.batch ?? '64', '--batch', 1),
          maxBytes: int(o.maxBytes ?? '0', '--max-bytes', 1),
          ...(workers !== undefined && { workers }),
          ...(o.analyser !== undefined && { analyserModule: o.analyser }),
          onProgress: (p) => bar.update(p),
          onProblem: (p) => {
            writeErr(`${process.stderr.isTTY ? '\n' : ''}isnad: ${p.error.code}: ${p.where}: ${p.error.message}\n`);
          },
        });
      } finally {
        bar.stop();
      }
      writeErr(summary(report));
      if (fmt === 'json') printJson({ ...report, problems: report.problems.map((p) => ({ where: p.where, code: p.error.code, message: p.error.message })) });
      if (report.failed > 0) process.exitCode = 1;
    });
  });
}
