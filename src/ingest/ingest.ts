/**
 * Ingest: read sources, skip what is stored (by content hash), analyse the
 * rest (in-process with a given function, or on a worker pool), and commit in
 * batches — each batch one transaction, so a killed ingest leaves a
 * consistent store and the same ingest run again completes it.
 */
import type { AnalysisJson } from '../core/analysis.js';
import { IsnadError, isIsnadError } from '../core/errors.js';
import type { DocumentInput } from '../core/types.js';
import { contentHash, prepareDocument, wordCount } from '../store/prepare.js';
import type { PreparedDocument, Store } from '../store/store.js';
import { AnalyserPool, DEFAULT_ANALYSER, type WorkerHeap } from './pool.js';
import { readSources, type SourceItem, type SourceProblem } from './sources.js';

export type AnalyseFn = (input: DocumentInput) => AnalysisJson;

export interface IngestProgress {
  /** Documents read so far (stored, skipped or failed). */
  done: number;
  added: number;
  replaced: number;
  skipped: number;
  failed: number;
  tokens: number;
  elapsedMs: number;
}

export interface IngestOptions {
  store: Store;
  /** Files and folders; with `reanalyse` and no paths, every stored document. */
  paths: readonly string[];
  /** Analyse in this thread with this function (tests inject a fake). */
  analyse?: AnalyseFn;
  /** Otherwise: the analyser module the workers load (exports `analyse`). */
  analyserModule?: string;
  /** Worker threads (default: the number of cores). */
  workers?: number;
  /** Re-analyse documents already stored and replace their analyses. */
  reanalyse?: boolean;
  /** Documents per transaction (default 64). */
  batchSize?: number;
  /** Longest time a finished document waits before being committed, ms (default 1000). */
  flushMs?: number;
  maxBytes?: number;
  onProgress?: (p: IngestProgress) => void;
  onProblem?: (p: SourceProblem) => void;
  /** Called with the worker heaps just before the pool closes (diagnostics). */
  onWorkerHeaps?: (heaps: WorkerHeap[]) => void;
}

export interface IngestReport extends IngestProgress {
  /** Same text seen twice in this run. */
  duplicates: number;
  /** Located problems (the first 1000). */
  problems: SourceProblem[];
}

const MAX_PROBLEMS = 1000;

export async function ingest(options: IngestOptions): Promise<IngestReport> {
  const { store } = options;
  const start = Date.now();
  const batchSize = Math.max(1, options.batchSize ?? 64);
  const flushMs = options.flushMs ?? 1000;
  const reanalyse = options.reanalyse === true;
  const report: IngestReport = {
    done: 0, added: 0, replaced: 0, skipped: 0, failed: 0, tokens: 0, elapsedMs: 0, duplicates: 0, problems: [],
  };
  const progress = () => {
    report.elapsedMs = Date.now() - start;
    options.onProgress?.({ ...report, problems: undefined } as unknown as IngestProgress);
  };
  const problem = (p: SourceProblem) => {
    report.failed++;
    if (report.problems.length < MAX_PROBLEMS) report.problems.push(p);
    options.onProblem?.(p);
  };

  const pool = options.analyse ? undefined
    : new AnalyserPool(options.analyserModule ?? DEFAULT_ANALYSER, options.workers);
  try {
    if (pool) await pool.ready();
    const analyseOne = async (input: DocumentInput): Promise<PreparedDocument> => {
      if (pool) return pool.analyse(input);
      return prepareDocument(input, (options.analyse as AnalyseFn)(input));
    };

    let buffer: PreparedDocument[] = [];
    let chain: Promise<void> = Promise.resolve();
    let storeFailure: unknown;
    let timer: NodeJS.Timeout | undefined;
    const flush = () => {
      if (timer) {
        clearTimeout(timer);
        timer = undefined;
      }
      if (buffer.length === 0) return chain;
      const batch = buffer;
      buffer = [];
      chain = chain.then(async () => {
        if (storeFailure !== undefined) return;
        try {
          const results = await store.putPrepared(batch, { replace: reanalyse });
          for (let i = 0; i < results.length; i++) {
            const r = results[i];
            if (r?.created) report.added++;
            else if (r?.replaced) report.replaced++;
            else report.skipped++;
            if (r?.created || r?.replaced) report.tokens += countWords(batch[i] as PreparedDocument);
          }
          report.done += batch.length;
          progress();
        } catch (e) {
          storeFailure = e;
        }
      });
      return chain;
    };

    const seen = new Set<string>();
    const inflight = new Set<Promise<void>>();
    const maxInflight = (pool?.size ?? 1) * 4;
    const handle = async (item: SourceItem): Promise<void> => {
      if (item.kind === 'problem') {
        report.done++;
        problem(item.problem);
        progress();
        return;
      }
      const { input, where } = item.doc;
      const hash = contentHash(input.text);
      if (seen.has(hash)) {
        report.done++;
        report.duplicates++;
        report.skipped++;
        return;
      }
      seen.add(hash);
      if (!reanalyse && (await store.hasDocument(hash))) {
        report.done++;
        report.skipped++;
        if (report.skipped % 256 === 0) progress();
        return;
      }
      const p = analyseOne(input).then(
        (doc) => {
          buffer.push(doc);
          if (buffer.length >= batchSize) void flush();
          else timer ??= setTimeout(() => void flush(), flushMs);
        },
        (e: unknown) => {
          report.done++;
          const err = isIsnadError(e) ? e : new IsnadError('STAGE_FAILED', (e as Error).message ?? String(e), where);
          problem({ error: err.where === undefined ? new IsnadError(err.code, err.message, where) : err, where });
          progress();
        },
      ).finally(() => inflight.delete(p));
      inflight.add(p);
    };

    const items = options.paths.length === 0 && reanalyse ? storedInputs(store)
      : readSources(options.paths, options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {});
    for await (const item of items) {
      if (storeFailure !== undefined) break;
      await handle(item);
      if (inflight.size >= maxInflight) await Promise.race(inflight);
      else if (!pool && inflight.size > 0) await Promise.race(inflight);
    }
    await Promise.all(inflight);
    await flush();
    if (storeFailure !== undefined) throw storeFailure;
    report.elapsedMs = Date.now() - start;
    return report;
  } finally {
    if (pool && options.onWorkerHeaps) options.onWorkerHeaps(await pool.heaps().catch(() => []));
    await pool?.close();
  }
}

/** Stored documents as sources again (for --reanalyse without paths), one at a time. */
async function* storedInputs(store: Store): AsyncGenerator<SourceItem> {
  // The ids first: replacing documents while paging would move them under the cursor.
  const ids: string[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await store.listDocuments({ limit: 1000, offset });
    ids.push(...page.items.map((d) => d.id));
    if (page.items.length < 1000) break;
  }
  for (const id of ids.reverse()) {
    const d = await store.getDocument(id);
    if (!d) continue;
    const input: DocumentInput = { text: d.analysis.text };
    if (d.inputId !== undefined) input.id = d.inputId;
    if (d.date !== undefined) input.date = d.date;
    if (d.source !== undefined) input.source = d.source;
    if (d.title !== undefined) input.title = d.title;
    if (d.url !== undefined) input.url = d.url;
    yield { kind: 'doc', doc: { input, where: `store:${id.slice(0, 12)}` } };
  }
}

function countWords(d: PreparedDocument): number {
  return d.tokenCount ?? wordCount(d.analysis);
}
