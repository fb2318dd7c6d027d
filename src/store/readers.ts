/**
 * A store whose reads run on worker threads, each with its own read-only
 * connection to the same SQLite file (WAL lets readers run beside a writer):
 * a server's queries then use every core while its event loop stays free for
 * HTTP. Writes, and everything not listed in READS, go to the primary store
 * in this thread; readers see each committed write at their next query.
 * Answers cross as JSON text (every read answer is plain JSON data).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { IsnadError, type ErrorCode } from '../core/errors.js';
import type { Store } from './store.js';

const EXT = import.meta.url.endsWith('.ts') ? '.ts' : '.js';

/** The methods answered by the reader threads. */
export const READS = [
  'listDocuments', 'getDocument', 'search', 'listEntities', 'getEntity', 'findEntities', 'attributions', 'events',
  'stories', 'stats',
] as const;
type ReadMethod = (typeof READS)[number];

interface Reader {
  worker: Worker;
  pending: Map<number, { resolve: (v: unknown) => void; reject: (e: unknown) => void }>;
  dead: boolean;
}

export interface ReaderPoolOptions {
  /** Reader threads (default: the number of cores). */
  readers?: number;
}

/**
 * Wraps `primary` (opened on `path`, which has already migrated the file)
 * with `readers` reader threads. Closing it closes the readers and the primary.
 */
export async function withReaders(primary: Store, path: string, options: ReaderPoolOptions = {}): Promise<Store> {
  const n = Math.max(0, Math.floor(options.readers ?? availableParallelism()));
  if (n === 0 || path === ':memory:' || path === '') return primary;
  const readers: Reader[] = [];
  let seq = 0;
  const spawn = (): Promise<Reader> => {
    const url = new URL(`./reader-worker${EXT}`, import.meta.url);
    const worker = EXT === '.ts'
      ? new Worker(`import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(url.href)}); })`,
        { eval: true, workerData: { path } })
      : new Worker(url, { workerData: { path } });
    const r: Reader = { worker, pending: new Map(), dead: false };
    const failAll = (e: unknown) => {
      r.dead = true;
      for (const p of r.pending.values()) p.reject(e);
      r.pending.clear();
    };
    return new Promise((resolve, reject) => {
      worker.on('message', (m: { ready?: boolean; fatal?: { code?: ErrorCode; message: string; where?: string };
        seq?: number; ok?: boolean; json?: string; error?: { code?: ErrorCode; message: string; where?: string } }) => {
        if (m.ready) return resolve(r);
        if (m.fatal) {
          return reject(m.fatal.code !== undefined ? new IsnadError(m.fatal.code, m.fatal.message, m.fatal.where) : new Error(m.fatal.message));
        }
        const p = r.pending.get(m.seq as number);
        if (!p) return;
        r.pending.delete(m.seq as number);
        if (m.ok) {
          try {
            p.resolve(m.json === undefined ? undefined : JSON.parse(m.json));
          } catch (e) {
            p.reject(e);
          }
        }
        else if (m.error?.code !== undefined) p.reject(new IsnadError(m.error.code, m.error.message, m.error.where));
        else p.reject(new Error(m.error?.message ?? 'a store reader failed'));
      });
      worker.on('error', (e) => {
        failAll(new Error(`a store reader failed: ${e.message}`));
        reject(e);
      });
      worker.on('exit', () => failAll(new Error('a store reader stopped')));
    });
  };
  try {
    for (let i = 0; i < n; i++) readers.push(await spawn());
  } catch (e) {
    await Promise.all(readers.map((r) => r.worker.terminate()));
    throw e;
  }
  let closing = false;
  const call = (method: ReadMethod, args: unknown[]): Promise<unknown> => {
    const live = closing ? [] : readers.filter((r) => !r.dead);
    if (live.length === 0) return (primary[method] as (...a: unknown[]) => Promise<unknown>).apply(primary, args);
    let best = live[0] as Reader;
    for (const r of live) if (r.pending.size < best.pending.size) best = r;
    const s = ++seq;
    return new Promise((resolve, reject) => {
      best.pending.set(s, { resolve, reject });
      best.worker.postMessage({ seq: s, method, args });
    });
  };
  const proxy = Object.create(primary) as Store;
  for (const m of READS) {
    Object.defineProperty(proxy, m, { value: (...args: unknown[]) => call(m, args) });
  }
  Object.defineProperty(proxy, 'close', {
    value: async () => {
      // Calls under way are answered first (for at most two seconds); later ones go to the primary.
      closing = true;
      for (let waited = 0; waited < 2000 && readers.some((r) => r.pending.size > 0); waited += 10) {
        await new Promise((res) => setTimeout(res, 10));
      }
      await Promise.all(readers.map((r) => r.worker.terminate()));
      await primary.close();
    },
  });
  return proxy;
}
