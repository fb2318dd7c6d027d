import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { IsnadError, type ErrorCode } from '../core/errors.js';
import type { DocumentInput } from '../core/types.js';
import type { PreparedDocument } from '../store/store.js';

const EXT = import.meta.url.endsWith('.ts') ? '.ts' : '.js';

/** The module of the default analyser (src/pipeline/analyse). */
export const DEFAULT_ANALYSER = new URL(`../pipeline/analyse${EXT}`, import.meta.url).href;

interface Pending {
  resolve: (d: PreparedDocument) => void;
  reject: (e: unknown) => void;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
  ready: Promise<void>;
  dead: boolean;
  heapWaiters: ((h: WorkerHeap) => void)[];
}

/** A worker's V8 heap, in bytes. */
export interface WorkerHeap {
  used: number;
  total: number;
  external: number;
  /** Used after a full collection (the live data), when the worker could collect. */
  live?: number;
}

/**
 * Old-generation heap of a worker, MB. The pipeline's live data is about
 * 200–300 MB; the cap makes V8 collect before the heap balloons (RSS with two
 * workers stays far below 1.5 GB). Override with ISNAD_WORKER_HEAP_MB.
 */
const WORKER_HEAP_MB = Number(process.env['ISNAD_WORKER_HEAP_MB'] ?? '640');

/** Workers replaced after a crash, at most, before the pool gives up. */
const MAX_RESPAWNS = 8;

/** A pool of analysis workers; each loads the analyser module once. */
export class AnalyserPool {
  readonly size: number;
  private readonly slots: Slot[] = [];
  private seq = 0;
  private closed = false;
  private respawns = 0;
  private readonly analyser: string;

  constructor(analyser: string = DEFAULT_ANALYSER, size: number = availableParallelism()) {
    this.size = Math.max(1, size);
    this.analyser = analyser;
    for (let i = 0; i < this.size; i++) this.slots.push(this.spawn(analyser));
  }

  /** A worker that died (out of memory on a pathological document…) is replaced; its documents fail. */
  private replace(slot: Slot): void {
    slot.dead = true;
    const i = this.slots.indexOf(slot);
    if (this.closed || i < 0 || this.respawns >= MAX_RESPAWNS) return;
    this.respawns++;
    this.slots[i] = this.spawn(this.analyser);
  }

  private spawn(analyser: string): Slot {
    const url = new URL(`./worker${EXT}`, import.meta.url);
    const resourceLimits = WORKER_HEAP_MB > 0 ? { maxOldGenerationSizeMb: WORKER_HEAP_MB } : undefined;
    // From source (tests, tsx), the worker registers the TypeScript loader first.
    const worker = EXT === '.ts'
      ? new Worker(
        `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(url.href)}); })`,
        { eval: true, workerData: { analyser }, resourceLimits },
      )
      : new Worker(url, { workerData: { analyser }, resourceLimits });
    const pending = new Map<number, Pending>();
    const slot: Slot = { worker, pending, ready: Promise.resolve(), dead: false, heapWaiters: [] };
    let readyResolve!: () => void;
    let readyReject!: (e: unknown) => void;
    const ready = new Promise<void>((res, rej) => {
      readyResolve = res;
      readyReject = rej;
    });
    ready.catch(() => undefined);
    const failAll = (e: unknown) => {
      readyReject(e);
      for (const p of pending.values()) p.reject(e);
      pending.clear();
    };
    worker.on('message', (m: { heap?: WorkerHeap; ready?: boolean; fatal?: string; seq?: number; ok?: boolean; doc?: PreparedDocument; code?: ErrorCode; message?: string }) => {
      if (m.ready) return readyResolve();
      if (m.heap !== undefined) {
        const w = slot.heapWaiters.shift();
        return w?.(m.heap);
      }
      if (m.fatal !== undefined) {
        return failAll(new IsnadError('RESOURCE_MISSING', `the analyser cannot be loaded: ${m.fatal}`, analyser));
      }
      const p = pending.get(m.seq as number);
      if (!p) return;
      pending.delete(m.seq as number);
      if (m.ok) p.resolve(m.doc as PreparedDocument);
      else p.reject(new IsnadError(m.code ?? 'STAGE_FAILED', m.message ?? 'analysis failed'));
    });
    let loaded = false;
    ready.then(() => (loaded = true), () => undefined);
    worker.on('error', (e) => failAll(new IsnadError('STAGE_FAILED', `an analysis worker failed: ${e.message}`)));
    worker.on('exit', (code) => {
      if (this.closed) return;
      failAll(new IsnadError('STAGE_FAILED', `an analysis worker stopped (exit code ${code})`));
      // Only a worker that had loaded the analyser is replaced: one that cannot load it never will.
      if (loaded) this.replace(slot);
      else slot.dead = true;
    });
    slot.ready = ready;
    return slot;
  }

  /** Resolves once every worker has loaded the analyser; rejects naming why one could not. */
  async ready(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.ready));
  }

  analyse(input: DocumentInput): Promise<PreparedDocument> {
    if (this.closed) return Promise.reject(new Error('the pool is closed'));
    const live = this.slots.filter((s) => !s.dead);
    if (live.length === 0) return Promise.reject(new IsnadError('STAGE_FAILED', 'every analysis worker has stopped'));
    let slot = live[0] as Slot;
    for (const s of live) if (s.pending.size < slot.pending.size) slot = s;
    const seq = ++this.seq;
    return new Promise((resolve, reject) => {
      slot.pending.set(seq, { resolve, reject });
      slot.worker.postMessage({ seq, input });
    });
  }

  /** The heap of every live worker (for benchmarks and diagnostics). */
  async heaps(): Promise<WorkerHeap[]> {
    return Promise.all(this.slots.filter((s) => !s.dead).map((s) => new Promise<WorkerHeap>((resolve) => {
      s.heapWaiters.push(resolve);
      s.worker.postMessage({ heap: true });
    })));
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
