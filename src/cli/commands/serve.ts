import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { IsnadError } from '../../core/errors.js';
import { availableParallelism } from 'node:os';
import { openStore } from '../../store/index.js';
import { withReaders } from '../../store/readers.js';
import { defaultDbPath } from '../../store/store.js';
import { poolAnalyser, startServer } from '../../server/server.js';
import { DEFAULT_WEB_ROOT } from '../../server/static.js';

interface ServeOpts {
  db?: string;
  port?: string;
  host?: string;
  workers?: string;
  readers?: string;
  ui?: boolean;
}

export function register(program: Command): void {
  program
    .command('serve')
    .description('HTTP API (OpenAPI at /openapi.json) and the web UI over a store; ingest over HTTP needs $ISNAD_TOKEN')
    .option('--db <path>', 'the store (SQLite file); default $ISNAD_DB or ./isnad.db')
    .option('--port <n>', 'port to listen on', '8080')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--workers <n>', 'analysis worker threads for posted texts', '1')
    .option('--readers <n>', 'threads answering store queries (0: in the server thread)', String(Math.max(0, availableParallelism() - 1)))
    .option('--no-ui', 'serve the API only')
    .action(async (o: ServeOpts) => {
      const port = Number(o.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new IsnadError('USAGE', `--port must be 0–65535, not "${o.port}"`);
      const workers = Number(o.workers);
      if (!Number.isInteger(workers) || workers < 1) throw new IsnadError('USAGE', `--workers must be a whole number ≥ 1, not "${o.workers}"`);
      const readers = Number(o.readers);
      if (!Number.isInteger(readers) || readers < 0) throw new IsnadError('USAGE', `--readers must be a whole number ≥ 0, not "${o.readers}"`);
      const dbPath = o.db ?? defaultDbPath();
      const store = await withReaders(await openStore(dbPath), dbPath, { readers });
      const analyser = poolAnalyser(workers);
      const token = process.env['ISNAD_TOKEN'];
      const ui = o.ui !== false;
      const server = await startServer(store, {
        analyse: analyser.analyse,
        ...(token !== undefined && token !== '' && { token }),
        ...(ui && { webRoot: DEFAULT_WEB_ROOT }),
        port,
        host: o.host ?? '127.0.0.1',
      });
      const stats = await store.stats();
      process.stderr.write(`isnad serve: ${stats.documents} documents in ${o.db ?? defaultDbPath()}; `
        + `ingest over HTTP ${token ? 'enabled (bearer token)' : 'disabled (set ISNAD_TOKEN)'}\n`);
      if (ui && !existsSync(DEFAULT_WEB_ROOT)) process.stderr.write('isnad serve: the web UI is not built: run npm run build:web\n');
      process.stdout.write(`${server.url}\n`);
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          void server.close().then(() => analyser.close()).then(() => store.close()).then(resolve);
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
    });
}
