import { createReadStream, readFileSync, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { decodeText } from '../core/decode.js';
import { IsnadError } from '../core/errors.js';

export { decodeText };

/** Largest single document `analyze` accepts, in bytes. */
export const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;

/** Reads a whole file (or `-` for standard input) as validated text. */
export async function readTextInput(path: string): Promise<string> {
  const where = path === '-' ? 'stdin' : path;
  let buf: Buffer;
  if (path === '-') {
    buf = await readAll(process.stdin);
  } else {
    let size: number;
    try {
      const st = statSync(path);
      if (st.isDirectory()) throw new IsnadError('FILE_UNREADABLE', 'is a directory, not a file', path);
      size = st.size;
    } catch (e) {
      if (e instanceof IsnadError) throw e;
      throw new IsnadError('FILE_NOT_FOUND', 'no such file', path);
    }
    if (size > MAX_DOCUMENT_BYTES) {
      throw new IsnadError('INPUT_TOO_LARGE', `${size} bytes; one document may have at most ${MAX_DOCUMENT_BYTES} (use --jsonl for many)`, path);
    }
    try {
      buf = readFileSync(path);
    } catch (e) {
      throw new IsnadError('FILE_UNREADABLE', (e as Error).message, path);
    }
  }
  if (buf.length > MAX_DOCUMENT_BYTES) {
    throw new IsnadError('INPUT_TOO_LARGE', `more than ${MAX_DOCUMENT_BYTES} bytes in one document`, where);
  }
  return decodeText(buf, where);
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export interface RawLine {
  /** 1-based line number. */
  number: number;
  /** Byte offset of the line's first byte in the input. */
  byteOffset: number;
  bytes: Buffer;
}

/**
 * Splits a byte stream into lines without decoding it first, so that each
 * line can be validated on its own and memory stays bounded by the longest
 * line.
 */
export async function* readLines(stream: Readable): AsyncGenerator<RawLine> {
  let pending: Buffer[] = [];
  let pendingLength = 0;
  let number = 0;
  let offset = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let from = 0;
    for (;;) {
      const nl = chunk.indexOf(0x0a, from);
      if (nl < 0) break;
      const piece = chunk.subarray(from, nl);
      const bytes = pendingLength > 0 ? Buffer.concat([...pending, piece]) : piece;
      number++;
      yield { number, byteOffset: offset, bytes: stripCr(bytes) };
      offset += bytes.length + 1;
      pending = [];
      pendingLength = 0;
      from = nl + 1;
    }
    if (from < chunk.length) {
      pending.push(chunk.subarray(from));
      pendingLength += chunk.length - from;
    }
  }
  if (pendingLength > 0) {
    number++;
    yield { number, byteOffset: offset, bytes: stripCr(Buffer.concat(pending)) };
  }
}

function stripCr(b: Buffer): Buffer {
  return b.length > 0 && b[b.length - 1] === 0x0d ? b.subarray(0, b.length - 1) : b;
}

export function openInputStream(path: string): Readable {
  if (path === '-') return process.stdin;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new IsnadError('FILE_UNREADABLE', 'is a directory, not a file', path);
  } catch (e) {
    if (e instanceof IsnadError) throw e;
    throw new IsnadError('FILE_NOT_FOUND', 'no such file', path);
  }
  return createReadStream(path, { highWaterMark: 1 << 20 });
}
