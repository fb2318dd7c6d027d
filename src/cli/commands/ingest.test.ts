import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Command } from 'commander';
import { writeMixedCorpus } from '../../ingest/testing/corpus.js';
import { output } from '../../store/cli-support.js';
import { register as registerIngest } from './ingest.js';
import { register as registerSearch } from './search.js';
import { register as registerEntity } from './entity.js';
import { register as registerSaid } from './said.js';
import { register as registerEvents } from './events.js';
import { register as registerStories } from './stories.js';
import { register as registerExport } from './export.js';

const EXT = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
const FAKE = new URL(`../../store/testing/fake-analyser-module${EXT}`, import.meta.url).href;
const dir = mkdtempSync(join(tmpdir(), 'isnad-cli-store-'));
const db = join(dir, 'cli.db');
after(() => rmSync(dir, { recursive: true, force: true }));

function program(): Command {
  const p = new Command().exitOverride();
  for (const r of [registerIngest, registerSearch, registerEntity, registerSaid, registerEvents, registerStories, registerExport]) r(p);
  for (const c of p.commands) c.exitOverride();
  return p;
}

/** Runs a command in this process, capturing what it prints. */
async function run(...args: string[]): Promise<{ out: string; err: string; exitCode: number | undefined }> {
  let out = '';
  let err = '';
  const saved = { ...output };
  const savedCode = process.exitCode;
  process.exitCode = undefined;
  output.out = (s) => void (out += s);
  output.err = (s) => void (err += s);
  let exitCode: number | undefined;
  try {
    await program().parseAsync(args, { from: 'user' });
  } finally {
    output.out = saved.out;
    output.err = saved.err;
    exitCode = typeof process.exitCode === 'number' ? process.exitCode : undefined;
    process.exitCode = savedCode;
  }
  return { out, err, exitCode };
}

describe('store commands', () => {
  const corpus = join(dir, 'corpus');
  let expected: ReturnType<typeof writeMixedCorpus>;
  before(async () => {
    expected = writeMixedCorpus(corpus);
  });

  it('ingest stores the corpus, names bad documents and exits 1; again it adds nothing', async () => {
    const r = await run('ingest', corpus, '--db', db, '--analyser', FAKE, '--workers', '1', '--no-progress', '--format', 'json');
    assert.equal(r.exitCode, 1);
    const report = JSON.parse(r.out) as { added: number; failed: number; problems: { where: string; code: string }[] };
    assert.equal(report.added, expected.docs);
    assert.equal(report.failed, expected.problems.length);
    assert.match(r.err, /isnad: JSON_MALFORMED: .*articles\.jsonl:3: /);
    assert.match(r.err, /isnad: HTML_NO_ARTICLE: .*search\.html: /);
    assert.match(r.err, new RegExp(`ingest: ${expected.docs} added, 0 re-analysed, 0 already stored, ${expected.problems.length} failed`));
    const again = await run('ingest', corpus, '--db', db, '--analyser', FAKE, '--workers', '1', '--no-progress');
    assert.match(again.err, new RegExp(`ingest: 0 added, 0 re-analysed, ${expected.docs} already stored`));
  });

  it('ingest refuses a missing path and no path at all', async () => {
    await assert.rejects(run('ingest', join(dir, 'nope'), '--db', db), /no such file/);
    await assert.rejects(run('ingest', '--db', db), (e: unknown) => (e as { code?: string }).code === 'USAGE');
  });

  it('search prints ranked hits with the original words marked, or JSON', async () => {
    const t = await run('search', 'روسيا', '--db', db);
    assert.match(t.out, /\[لرُوسيا\]/);
    assert.match(t.out, /\[وروسيا\]/);
    assert.match(t.out, /1–3 of 3/);
    const j = JSON.parse((await run('search', 'حفتر', '--db', db, '--format', 'json', '--source', 'alwasat')).out) as { total: number };
    assert.equal(j.total, 1);
    const e = JSON.parse((await run('search', 'ليبيا', '--entity', 'فاغنر', '--db', db, '--format', 'json')).out) as { total: number };
    assert.equal(e.total, 2);
    const x = JSON.parse((await run('search', 'روسيا', '--nisba', '--db', db, '--format', 'json')).out) as {
      items: { snippet: string; highlights: { start: number; end: number }[] }[];
    };
    const marked = x.items.flatMap((h) => h.highlights.map((m) => h.snippet.slice(m.start, m.end)));
    assert.ok(marked.includes('الروسي'), `nisba form highlighted: ${marked.join(' ')}`);
    await assert.rejects(run('search', 'روسيا', '--from', '2019-02-30', '--db', db), (err: unknown) => (err as { code?: string }).code === 'DATE_INVALID');
  });

  it('entity shows an entity across documents', async () => {
    const j = JSON.parse((await run('entity', 'حفتر', '--db', db, '--format', 'json')).out) as {
      name: string; documents: number; aliases: { name: string }[]; cooccurring: { name: string }[];
    };
    assert.equal(j.name, 'خليفة حفتر');
    assert.equal(j.documents, 3);
    assert.ok(j.cooccurring.some((c) => c.name === 'روسيا'));
    const t = await run('entity', 'حفتر', '--db', db);
    assert.match(t.out, /خليفة حفتر {2}\[PER\]/);
    assert.match(t.out, /2019-09-26 {2}2/);
    await assert.rejects(run('entity', 'غير موجود', '--db', db), (e: unknown) => (e as { code?: string }).code === 'NOT_FOUND');
  });

  it('said answers by, about and stance', async () => {
    const by = JSON.parse((await run('said', '--by', 'حفتر', '--db', db, '--format', 'json')).out) as { total: number };
    assert.equal(by.total, 2);
    const deny = await run('said', '--stance', 'deny', '--db', db);
    assert.match(deny.out, /روسيا — نفت \[deny\]/);
    const about = JSON.parse((await run('said', '--about', 'فاغنر', '--db', db, '--format', 'json')).out) as { total: number };
    assert.equal(about.total, 2);
    await assert.rejects(run('said', '--stance', 'maybe', '--db', db), /--stance must be one of/);
  });

  it('events filters by actor, type and dates', async () => {
    const j = JSON.parse((await run('events', '--actor', 'حفتر', '--type', 'assault', '--db', db, '--format', 'json')).out) as { total: number };
    assert.equal(j.total, 1);
    const none = JSON.parse((await run('events', '--type', 'ASSAULT', '--to', '2019-09-25', '--db', db, '--format', 'json')).out) as { total: number };
    assert.equal(none.total, 0);
    const t = await run('events', '--actor', 'حفتر', '--db', db);
    assert.match(t.out, /ASSAULT: خليفة حفتر — هاجم/);
    await assert.rejects(run('events', '--type', 'DANCE', '--db', db), /--type must be one of/);
  });

  it('stories lists clusters with their outlets', async () => {
    const t = await run('stories', '--db', db);
    assert.match(t.out, /duplicate: /);
    assert.match(t.out, /outlets: .*alwasat \(1\)/);
    const j = JSON.parse((await run('stories', '--min-outlets', '2', '--db', db, '--format', 'json')).out) as { total: number };
    assert.ok(j.total >= 1);
  });

  it('export writes whole analyses as JSONL and tables as CSV', async () => {
    const jsonl = (await run('export', '--db', db)).out.trim().split('\n');
    assert.equal(jsonl.length, expected.docs);
    for (const l of jsonl) assert.equal((JSON.parse(l) as { schema: string }).schema, 'isnad.analysis/1');
    const out = join(dir, 'attr.csv');
    await run('export', '--format', 'csv', '--table', 'attributions', '--out', out, '--db', db);
    const csv = readFileSync(out, 'utf8').trim().split('\n');
    assert.ok(csv[0]?.startsWith('doc,date,source,attribution,stance'));
    assert.ok(csv.some((l) => l.includes(',deny,')));
    const ents = (await run('export', '--format', 'csv', '--table', 'entities', '--db', db)).out.trim().split('\n');
    assert.ok(ents.some((l) => l.includes('خليفة حفتر') && l.includes('Q5345')));
    const src = (await run('export', '--source', 'bbc', '--db', db)).out.trim().split('\n');
    assert.equal(src.length, 1);
  });
});
