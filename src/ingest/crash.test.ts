import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { generatedJsonl } from './testing/corpus.js';

const SOURCE = import.meta.url.endsWith('.ts');
const EXT = SOURCE ? '.ts' : '.js';
const CHILD = fileURLToPath(new URL(`./testing/ingest-child${EXT}`, import.meta.url));
const FAKE = new URL(`../store/testing/fake-analyser-module${EXT}`, import.meta.url).href;

const dir = mkdtempSync(join(tmpdir(), 'isnad-crash-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function startIngest(args: string[], env: Record<string, string>): { child: ChildProcess; done: Promise<{ code: number | null; signal: string | null; stderr: string }> } {
  const argv = SOURCE ? ['--import', 'tsx', CHILD, ...args] : [CHILD, ...args];
  const child = spawn(process.execPath, argv, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  child.stdout?.resume();
  const done = new Promise<{ code: number | null; signal: string | null; stderr: string }>((resolve) => {
    child.on('close', (code, signal) => resolve({ code, signal, stderr }));
  });
  return { child, done };
}

function countDocs(db: string): number {
  if (!existsSync(db)) return 0;
  try {
    const d = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (d.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
    } finally {
      d.close();
    }
  } catch {
    return 0; // not created yet
  }
}

describe('crash safety', () => {
  it('a SIGKILL in mid-ingest leaves a consistent store; the same ingest again completes it without duplicates', async () => {
    const N = 400;
    const corpus = join(dir, 'corpus.jsonl');
    writeFileSync(corpus, generatedJsonl(N));
    const db = join(dir, 'crash.db');
    const args = ['ingest', corpus, '--db', db, '--analyser', FAKE, '--workers', '2', '--batch', '8', '--no-progress'];

    const first = startIngest(args, { ISNAD_FAKE_DELAY_MS: '25' });
    const deadline = Date.now() + 60_000;
    while (countDocs(db) < 40 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    first.child.kill('SIGKILL');
    const r1 = await first.done;
    assert.equal(r1.signal, 'SIGKILL', `killed, not finished: ${r1.stderr}`);
    const committed = countDocs(db);
    assert.ok(committed >= 40 && committed < N, `some but not all documents committed (${committed})`);

    const second = startIngest([...args, '--format', 'json'], {});
    const r2 = await second.done;
    assert.equal(r2.code, 0, r2.stderr);
    assert.match(r2.stderr, new RegExp(`ingest: ${N - committed} added, 0 re-analysed, ${committed} already stored, 0 failed`));

    const store = SqliteStore.open(db, { readonly: true });
    assert.deepEqual(store.integrityCheck(), []);
    const s = await store.stats();
    assert.equal(s.documents, N);
    const raw = store.database;
    assert.equal((raw.prepare('SELECT count(DISTINCT hash) AS n FROM documents').get() as { n: number }).n, N);
    assert.equal((raw.prepare('SELECT count(DISTINCT input_id) AS n FROM documents').get() as { n: number }).n, N);
    // Cross-document counts agree with the rows they summarise.
    const drift = raw.prepare(`SELECT count(*) AS n FROM entities e WHERE e.documents <>
      (SELECT count(DISTINCT doc) FROM doc_entities de WHERE de.entity = e.id)`).get() as { n: number };
    assert.equal(drift.n, 0);
    const haftar = await store.findEntities('حفتر');
    assert.equal(haftar[0]?.documents, N);
    assert.equal((await store.search({ q: 'روسيا', limit: 1 })).total, N);
    await store.close();
  });
});
