import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../run-cli.js';

let dir = '';
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'isnad-analyze-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

describe('isnad analyze', () => {
  it('analyses a file into the contract JSON, text unchanged', async () => {
    const text = '  قال حفتر إن روسيا ستساعد.\nوأضاف كذا. ';
    const r = await runCli(['analyze', file('a.txt', text), '--date', '2017-01-10']);
    assert.equal(r.code, 0, r.stderr);
    const a = JSON.parse(r.stdout);
    assert.equal(a.schema, 'isnad.analysis/1');
    assert.equal(a.text, text);
    assert.equal(a.sentences.length, 2);
    for (const key of ['entities', 'attributions', 'quantities', 'times', 'events']) assert.ok(Array.isArray(a[key]), key);
    for (const t of a.tokens) assert.equal(text.slice(t.start, t.end).length > 0, true);
    assert.equal(text.slice(a.tokens[1].start, a.tokens[1].end), 'حفتر');
  });

  it('reads standard input with -', async () => {
    const r = await runCli(['analyze', '-'], 'مرحبا بكم');
    assert.equal(r.code, 0);
    assert.equal(JSON.parse(r.stdout).tokens.length, 2);
  });

  it('streams JSONL in order, with an error line for a bad line, and exits 1', async () => {
    const input = [
      JSON.stringify({ id: 'x1', text: 'أولا.', date: '2015-08-01' }),
      'this is not json',
      JSON.stringify({ id: 'x3' }),
      '',
      JSON.stringify({ id: 'x4', text: 'رابعا.' }),
    ].join('\n');
    const r = await runCli(['analyze', '--jsonl', file('in.jsonl', input)]);
    assert.equal(r.code, 1);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(lines.length, 4);
    assert.equal(lines[0].id, 'x1');
    assert.equal(lines[0].date, '2015-08-01');
    assert.equal(lines[1].error.code, 'JSON_MALFORMED');
    assert.match(lines[1].error.message, /:2:/);
    assert.equal(lines[2].id, 'x3');
    assert.equal(lines[2].error.code, 'JSONL_NO_TEXT');
    assert.equal(lines[3].id, 'x4');
    assert.match(r.stderr, /in\.jsonl:2/);
  });

  it('gives an empty analysis for empty input', async () => {
    const r = await runCli(['analyze', file('empty.txt', '')]);
    assert.equal(r.code, 0);
    const a = JSON.parse(r.stdout);
    assert.equal(a.text, '');
    assert.deepEqual(a.tokens, []);
    assert.deepEqual(a.sentences, []);
  });

  it('reports invalid UTF-8 with its byte offset', async () => {
    const bytes = Buffer.concat([Buffer.from('نص سليم '), Buffer.from([0xc3, 0x28]), Buffer.from(' بعده')]);
    const r = await runCli(['analyze', file('bad.txt', bytes)]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /INPUT_ENCODING: .*bad\.txt: invalid UTF-8 at byte offset 14/);
    assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
  });

  it('reports invalid UTF-8 inside a JSONL line with its byte offset in the file', async () => {
    const good = Buffer.from(JSON.stringify({ id: 'g', text: 'جيد' }) + '\n');
    const bad = Buffer.concat([Buffer.from('{"id":"b","text":"'), Buffer.from([0xff]), Buffer.from('"}\n')]);
    const r = await runCli(['analyze', '--jsonl', file('bad.jsonl', Buffer.concat([good, bad]))]);
    assert.equal(r.code, 1);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(lines[1].error.code, 'INPUT_ENCODING');
    assert.match(lines[1].error.message, new RegExp(`byte offset ${good.length + 18}`));
  });

  it('refuses a binary file', async () => {
    const r = await runCli(['analyze', file('bin.dat', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2]))]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /INPUT_BINARY/);
  });

  it('handles only punctuation and only Latin', async () => {
    const p = JSON.parse((await runCli(['analyze', '-'], '... !!! ؟')).stdout);
    assert.deepEqual(p.tokens.map((t: { kind: string }) => t.kind), ['punct', 'punct', 'punct']);
    const l = JSON.parse((await runCli(['analyze', '-'], 'Hello world')).stdout);
    assert.deepEqual(l.tokens.map((t: { kind: string }) => t.kind), ['latin', 'latin']);
  });

  it('handles a 20 MB single line', async () => {
    const big = 'كلمة '.repeat(2_000_000);
    const r = await runCli(['analyze', file('big.txt', big)]);
    assert.equal(r.code, 0, r.stderr);
    const a = JSON.parse(r.stdout);
    assert.equal(a.tokens.length, 2_000_000);
  });

  it('names a missing file and exits 1; bad usage exits 2', async () => {
    const missing = await runCli(['analyze', join(dir, 'nope.txt')]);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /FILE_NOT_FOUND: .*nope\.txt/);
    assert.equal((await runCli(['analyze'])).code, 2);
    assert.equal((await runCli(['analyze', '-', '--date', '2015-13-40'], 'x')).code, 2);
    assert.equal((await runCli(['analyze', '--no-such-flag'])).code, 2);
  });
});
