import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Readable, Writable } from 'node:stream';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { Command } from 'commander';
import { IsnadError } from '../../core/errors.js';
import { register, segmentLine, segmentStream, segmentToken } from './segment.js';

function collector(): { stream: Writable; text: () => string } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, cb) {
      chunks.push(Buffer.from(chunk));
      cb();
    },
  });
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

describe('segmentLine', () => {
  it('writes the contract examples', () => {
    assert.equal(segmentLine('وبالمليارات'), 'و+ب+ال+مليارات');
    assert.equal(segmentLine('لصالحه'), 'ل+صالح+ه');
    assert.equal(segmentLine('للحكومة'), 'ل+ال+حكومة');
  });

  it('keeps the original spelling of the pieces: hamza, ة, diacritics', () => {
    assert.equal(segmentLine('وأكد'), 'و+أكد');
    assert.equal(segmentLine('وَقالَ'), 'وَ+قالَ');
    assert.equal(segmentLine('والإمارات'), 'و+ال+إمارات');
    assert.equal(segmentLine('لمدينتها'), 'ل+مدينت+ها');
  });

  it('passes non-Arabic words through and keeps the spacing', () => {
    assert.equal(segmentLine('hello  2015\tبشكل'), 'hello  2015\tب+شكل');
    assert.equal(segmentLine(''), '');
    assert.equal(segmentLine('وزير بشار'), 'وزير بشار');
  });

  it('keeps punctuation glued to the word', () => {
    assert.equal(segmentToken('(وقال'), '(و+قال');
    assert.equal(segmentToken('للحكومة،'), 'ل+ال+حكومة،');
  });
});

describe('isnad segment', () => {
  it('segments a stream line by line, empty lines kept', async () => {
    const out = collector();
    await segmentStream(Readable.from([Buffer.from('وقال الوزير\n\nhello\r\nلصالحه')]), out.stream, 'stdin');
    assert.equal(out.text(), 'و+قال ال+وزير\n\nhello\nل+صالح+ه\n');
  });

  it('names the line of invalid UTF-8', async () => {
    const out = collector();
    const bad = Buffer.concat([Buffer.from('وقال\n'), Buffer.from([0xff, 0xfe, 0x41]), Buffer.from('\n')]);
    await assert.rejects(segmentStream(Readable.from([bad]), out.stream, 'in.txt'), (e: unknown) => {
      assert.ok(e instanceof IsnadError);
      assert.equal(e.code, 'INPUT_ENCODING');
      assert.equal(e.where, 'in.txt:2');
      return true;
    });
    assert.equal(out.text(), 'و+قال\n');
  });

  it('reports a missing file by name, as a user error', async () => {
    const program = new Command().exitOverride();
    register(program);
    const missing = join(tmpdir(), 'isnad-no-such-file.txt');
    await assert.rejects(program.parseAsync(['node', 'isnad', 'segment', missing]), (e: unknown) => {
      assert.ok(e instanceof IsnadError);
      assert.equal(e.code, 'FILE_NOT_FOUND');
      assert.equal(e.where, missing);
      return true;
    });
  });
});
