/** Listening: the app on a Node HTTP server, with an analyser pool started on first use. */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { AnalyserPool, DEFAULT_ANALYSER } from '../ingest/pool.js';
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

/** An analyser on worker threads (the event loop stays free for reads), started lazily. */
export function poolAnalyser(workers = 1, module = DEFAULT_ANALYSER): { analyse: Analyser; close(): Promise<void> } {
  let pool: AnalyserPool | undefined;
  return {
    async analyse(input) {
      pool ??= new AnalyserPool(module, workers);
      return (await pool.analyse(input)).analysis;
    },
    async close() {
      await pool?.close();
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
