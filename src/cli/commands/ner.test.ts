import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough, Readable } from 'node:stream';
import { nerConllStream } from './ner.js';

async function run(input: string | Buffer): Promise<string> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await nerConllStream(Readable.from([Buffer.from(input)]), out, 'test');
  out.end();
  return Buffer.concat(chunks).toString('utf8');
}

test('one TOKEN<TAB>TAG per token line, blank lines kept, further fields ignored', async () => {
  const input = 'قال O\nالرئيس O\nبشار B-PERS\nالأسد I-PERS\n\n\nزار\tO\nموسكو\n';
  const lines = (await run(input)).split('\n');
  assert.deepEqual(lines.map((l) => l.split('\t')[0]), ['قال', 'الرئيس', 'بشار', 'الأسد', '', '', 'زار', 'موسكو', '']);
  for (const l of lines) if (l !== '') assert.match(l, /^[^\t]+\t(O|[BI]-(PER|LOC|ORG|MISC))$/);
  assert.equal(lines[2], 'بشار\tB-PER');
  assert.equal(lines[3], 'الأسد\tI-PER');
  assert.equal(lines[7], 'موسكو\tB-LOC');
});

test('tokens are written exactly as given (diacritics, CRLF input)', async () => {
  const out = await run('القاهرةُ\r\n"\r\nعربي21\r\n"\r\n');
  assert.deepEqual(out.split('\n').map((l) => l.split('\t')[0]), ['القاهرةُ', '"', 'عربي21', '"', '']);
});

test('invalid UTF-8 names the line', async () => {
  await assert.rejects(run(Buffer.from([0x61, 0x0a, 0xff, 0x0a])), (e: { code?: string; where?: string }) => e.code === 'INPUT_ENCODING' && e.where === 'test:2');
});
