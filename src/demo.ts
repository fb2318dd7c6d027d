/**
 * The demo: a store filled from samples/ (the founding example and a few
 * short articles), served with the web UI. `npm run demo`.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyse } from './pipeline/analyse.js';
import { ingestFolder } from './server/fixture-base.js';
import { poolAnalyser, startServer } from './server/server.js';
import { DEFAULT_WEB_ROOT } from './server/static.js';
import { openStore } from './store/index.js';

const SAMPLES = fileURLToPath(new URL('../samples/', import.meta.url));

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? process.argv[i + 1] : undefined;
  return v ?? process.env[`ISNAD_DEMO_${name.toUpperCase()}`] ?? fallback;
}

async function main(): Promise<void> {
  const db = resolve(option('db', '.tmp/demo.db'));
  const port = Number(option('port', '8080'));
  const host = option('host', '127.0.0.1');
  mkdirSync(dirname(db), { recursive: true });
  const store = await openStore(db);
  process.stderr.write(`isnad demo: analysing the samples in ${SAMPLES} into ${db} …\n`);
  const r = await ingestFolder(store, SAMPLES, analyse);
  const stats = await store.stats();
  process.stderr.write(`isnad demo: ${r.added} added, ${r.skipped} already there, ${r.failed} failed; `
    + `${stats.documents} documents, ${stats.entities} entities, ${stats.attributions} attributions, ${stats.events} events\n`);
  if (!existsSync(DEFAULT_WEB_ROOT)) process.stderr.write('isnad demo: the web UI is not built: run npm run build:web\n');
  const analyser = poolAnalyser(1);
  const token = process.env['ISNAD_TOKEN'];
  const server = await startServer(store, {
    analyse: analyser.analyse, webRoot: DEFAULT_WEB_ROOT, port, host, ...(token && { token }),
  });
  process.stdout.write(`\n  افتح / open: ${server.url}\n  API: ${server.url}openapi.json\n  (Ctrl-C to stop)\n\n`);
  const stop = () => {
    void server.close().then(() => analyser.close()).then(() => store.close()).then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  process.stderr.write(`isnad demo: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
