/**
 * Main-thread cost of storing analysed documents: analyses read back from a
 * base, prepared beforehand (as workers do), then written in batches into a
 * fresh store. Prints ms per document for the writing alone.
 *
 *   npx tsx src/store/bench/writes.ts --db .tmp/load-10k.db [--docs 2000] [--batch 64]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareForTransfer } from '../prepare.js';
import { SqliteStore } from '../sqlite/sqlite-store.js';
import type { PreparedDocument } from '../store.js';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return (i >= 0 ? process.argv[i + 1] : undefined) ?? fallback;
}

async function main(): Promise<void> {
  const n = Number(arg('docs', '2000'));
  const batch = Number(arg('batch', '64'));
  const src = SqliteStore.open(arg('db', '.tmp/load-10k.db'), { readonly: true });
  const docs: PreparedDocument[] = [];
  for await (const d of src.iterateDocuments()) {
    const input = { text: d.analysis.text, ...(d.inputId !== undefined && { id: d.inputId }),
      ...(d.date !== undefined && { date: d.date }), ...(d.source !== undefined && { source: d.source }) };
    docs.push(prepareForTransfer(input, d.analysis));
    if (docs.length >= n) break;
  }
  src.closeSync();
  const dir = mkdtempSync(join(tmpdir(), 'isnad-writes-'));
  try {
    const store = SqliteStore.open(join(dir, 'w.db'));
    const ckpt = arg('checkpoint', '');
    if (ckpt !== '') store.database.pragma(`wal_autocheckpoint = ${Number(ckpt)}`);
    const extra = arg('exec', '');
    if (extra !== '') store.database.exec(extra);
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    for (let i = 0; i < docs.length; i += batch) store.putPreparedSync(docs.slice(i, i + batch));
    const ms = performance.now() - t0;
    const c = process.cpuUsage(c0);
    const cpu = (c.user + c.system) / 1000;
    process.stdout.write(`${docs.length} documents written in ${ms.toFixed(0)} ms (CPU ${cpu.toFixed(0)} ms): `
      + `${(ms / docs.length).toFixed(2)} ms/document, CPU ${(cpu / docs.length).toFixed(2)} ms/document (batches of ${batch})\n`);
    store.closeSync();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
