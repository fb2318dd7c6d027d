/** Listening: the app on a Node HTTP server, with an analyser pool started on first use. */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Worker } from 'node:worker_threads';
import type { AnalysisJson } from '../core/analysis.js';
import { IsnadError, type ErrorCode } from '../core/errors.js';
import type { Store } from '../store/store.js';
import { createApp, type Analyser, type AppOptions } from './app.js';

export interface ServerOptions extends AppOptions {
  port?: number;
  host?: string;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

const EXT = import.meta.url.endsWith('.ts') ? '.ts' : '.js';

interface Slot {
  worker: Worker;
  pending: Map<number, { resolve: (a: AnalysisJson) => void; reject: (e: unknown) => void }>;
}

function spawn(): Slot {
  const url = new URL(`./analyser-worker${EXT}`, import.meta.url);
  // From source (tests, tsx), the worker registers the TypeScript loader first.
  const worker = EXT === '.ts'
    ? new Worker(`import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(url.href)}); })`, { eval: true })
    : new Worker(url);
  const slot: Slot = { worker, pending: new Map() };
  const failAll = (e: unknown) => {
    for (const p of slot.pending.values()) p.reject(e);
    slot.pending.clear();
  };
  worker.on('message', (m: { ready?: boolean; seq?: number; ok?: boolean; analysis?: AnalysisJson; code?: ErrorCode; message?: string }) => {
    if (m.ready) return;
    const p = slot.pending.get(m.seq as number);
    if (!p) return;
    slot.pending.delete(m.seq as number);
    if (m.ok) p.resolve(m.analysis as AnalysisJson);
    else p.reject(new IsnadError(m.code ?? 'STAGE_FAILED', m.message ?? 'analysis failed'));
  });
  worker.on('error', (e) => failAll(new IsnadError('STAGE_FAILED', `an analysis worker failed: ${e.message}`)));
  worker.on('exit', () => failAll(new IsnadError('STAGE_FAILED', 'an analysis worker stopped')));
  return slot;
}

/**
 * An analyser on worker threads (the event loop stays free for reads), started
 * on first use; a worker that dies is replaced on the next request.
 */
export function poolAnalyser(workers = 1): { analyse: Analyser; close(): Promise<void> } {
  const slots: (Slot | undefined)[] = new Array(Math.max(1, workers)).fill(undefined);
  let seq = 0;
  let closed = false;
  return {
    analyse(input) {
      if (closed) return Promise.reject(new IsnadError('STAGE_FAILED', 'the analyser is closed'));
      let best = 0;
      for (let i = 0; i < slots.length; i++) {
        const s = slots[i];
        if (!s || s.worker.threadId < 0) {
          best = i;
          break;
        }
        if (s.pending.size < (slots[best]?.pending.size ?? 0)) best = i;
      }
      let slot = slots[best];
      if (!slot || slot.worker.threadId < 0) slot = slots[best] = spawn();
      const n = ++seq;
      const s = slot;
      return new Promise<AnalysisJson>((resolve, reject) => {
        s.pending.set(n, { resolve, reject });
        s.worker.postMessage({ seq: n, input });
      });
    },
    async close() {
      closed = true;
      await Promise.all(slots.map((s) => s?.worker.terminate()));
    },
  };
}

export async function startServer(store: Store, options: ServerOptions = {}): Promise<RunningServer> {
  const app = createApp(store, options);
  const host = options.host ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port ?? 8080, hostname: host }, (info: AddressInfo) => {
      const shown = host.includes(':') ? `[${host}]` : host;
      resolve({
        url: `http://${shown}:${info.port}/`,
        port: info.port,
        close: () => new Promise<void>((res) => {
          server.close(() => res());
          (server as { closeAllConnections?: () => void }).closeAllConnections?.();
        }),
      });
    });
    server.on('error', reject);
    // Bound slow clients: headers within 10 s, a whole request within 2 min.
    (server as { headersTimeout?: number }).headersTimeout = 10_000;
    (server as { requestTimeout?: number }).requestTimeout = 120_000;
  });
}
