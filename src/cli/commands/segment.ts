import type { Command } from 'commander';
import type { Readable, Writable } from 'node:stream';
import { normalise } from '../../text/normalise/normalise.js';
import { segmentWord } from '../../text/segment/clitics.js';
import { decodeText, openInputStream, readLines } from '../input.js';
import { writeOut } from '../output.js';

const ARABIC_RUN = /[\u0621-\u063A\u0641-\u064A]+/g;
const TAA_MARBUTA = 'ة';

/**
 * One whitespace-separated word written as its segments joined by `+`.
 * Pieces are slices of the original word (hamza, diacritics kept) except
 * where the split changes the spelling (ل+ال+حكومة). Characters around the
 * Arabic letters (punctuation, digits) stay glued to the first or last piece;
 * a word with no Arabic letters is returned unchanged.
 */
export function segmentToken(word: string): string {
  const view = normalise(word);
  const norm = view.text;
  let out = '';
  let cursor = 0; // in the original word
  let found = false;
  for (const m of norm.matchAll(ARABIC_RUN)) {
    found = true;
    const run = m[0];
    const a = m.index ?? 0;
    const b = a + run.length;
    const origStart = view.startMap[a] as number;
    const origEnd = view.endMap[b - 1] as number;
    out += word.slice(cursor, origStart);
    cursor = origStart;
    const pieces = segmentWord(run, word.charAt(view.startMap[b - 1] as number) === TAA_MARBUTA);
    for (let i = 0; i < pieces.length; i++) {
      const p = pieces[i];
      if (!p) continue;
      if (i > 0) out += '+';
      const pieceEnd = p.end >= run.length ? origEnd : (view.startMap[a + p.end] as number);
      if (p.form !== run.slice(p.start, p.end)) {
        out += p.form;
        if (i + 1 < pieces.length && (pieces[i + 1] as (typeof pieces)[number]).start < p.end) continue;
        cursor = Math.max(cursor, pieceEnd);
      } else {
        out += word.slice(cursor, pieceEnd);
        cursor = pieceEnd;
      }
    }
    cursor = Math.max(cursor, origEnd);
  }
  if (!found) return word;
  return out + word.slice(cursor);
}

/** A line with every whitespace-separated word segmented; spacing is kept. */
export function segmentLine(line: string): string {
  return line.replace(/\S+/g, segmentToken);
}

/** Segments a stream line by line; `name` locates errors (a file name, or stdin). */
export async function segmentStream(input: Readable, output: Writable, name: string): Promise<void> {
  for await (const line of readLines(input)) {
    const text = decodeText(line.bytes, `${name}:${line.number}`, line.byteOffset);
    await writeOut(output, segmentLine(text) + '\n');
  }
}

export function register(program: Command): void {
  program
    .command('segment')
    .description('split each word of FILE (or - for stdin) into proclitics+stem+enclitics, one output line per input line')
    .argument('<file>', 'text file, or - for standard input')
    .action(async (file: string) => {
      const stream = openInputStream(file);
      await segmentStream(stream, process.stdout, file === '-' ? 'stdin' : file);
    });
}
