/** A reader thread of `withReaders`: a read-only store answering one call at a time. */
import { parentPort, workerData } from 'node:worker_threads';
import { isIsnadError } from '../core/errors.js';
import { SqliteStore } from './sqlite/sqlite-store.js';

const port = parentPort;
if (!port) throw new Error('reader-worker.ts runs as a worker thread');
const { path } = workerData as { path: string };

let store: SqliteStore;
try {
  store = SqliteStore.open(path, { readonly: true });
  port.postMessage({ ready: true });
} catch (e) {
  port.postMessage({
    fatal: isIsnadError(e) ? { code: e.code, message: e.message, where: e.where }
      : { message: e instanceof Error ? e.message : String(e) },
  });
  process.exit(1);
}

port.on('message', (m: { seq: number; method: string; args: unknown[] }) => {
  const fn = (store as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>)[m.method];
  if (typeof fn !== 'function') {
    port.postMessage({ seq: m.seq, ok: false, error: { message: `no store method ${m.method}` } });
    return;
  }
  fn.apply(store, m.args).then(
    // As JSON text: one string crosses the threads, cheaper here than a structured clone of many small objects.
    (value) => port.postMessage({ seq: m.seq, ok: true, json: value === undefined ? undefined : JSON.stringify(value) }),
    (e: unknown) => port.postMessage({
      seq: m.seq, ok: false,
      error: isIsnadError(e) ? { code: e.code, message: e.message, where: e.where } : { message: e instanceof Error ? e.message : String(e) },
    }),
  );
});
