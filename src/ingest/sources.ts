/**
 * Ingest sources: text files, folders (recursively), JSONL, HTML pages and
 * RSS/Atom feeds, each turned into document inputs that carry where they came
 * from. A bad document becomes a located problem, never a stop.
 */
import { createReadStream, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { IsnadError, isIsnadError } from '../core/errors.js';
import { decodeText } from '../core/decode.js';
import { parseDocumentLine } from '../core/document-input.js';
import type { DocumentInput } from '../core/types.js';
import { extractFeed } from './feed.js';
import { extractHtml } from './html.js';
import { validDate } from './dates.js';

export { validDate };

/** Largest document accepted, in bytes of UTF-8 (a JSONL line, a file). */
export const DEFAULT_MAX_BYTES = 8 * 1024 * 1024;

export interface SourcedInput {
  input: DocumentInput;
  /** `file`, `file:line` or `file#item`. */
  where: string;
}

export interface SourceProblem {
  error: IsnadError;
  where: string;
}

export type SourceItem = { kind: 'doc'; doc: SourcedInput } | { kind: 'problem'; problem: SourceProblem };

export type SourceFormat = 'text' | 'jsonl' | 'html' | 'feed';

const EXT: Record<string, SourceFormat> = {
  '.txt': 'text', '.text': 'text', '.md': 'text',
  '.jsonl': 'jsonl', '.ndjson': 'jsonl',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.rss': 'feed', '.atom': 'feed', '.xml': 'feed',
};

export interface SourceOptions {
  maxBytes?: number;
}

/** Decodes a document's bytes, naming where they are not UTF-8 text. */
function decode(buf: Uint8Array, where: string): string {
  const s = decodeText(buf, where);
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}

/** The format of a file: by extension, else by a look at its start. */
export function sniffFormat(path: string, head: string): SourceFormat {
  const byExt = EXT[extname(path).toLowerCase()];
  if (byExt !== undefined) return byExt;
  const h = head.trimStart().slice(0, 512).toLowerCase();
  if (h.startsWith('<?xml') && /<(rss|feed|rdf:rdf)[\s>]/.test(h)) return 'feed';
  if (h.startsWith('<rss') || h.startsWith('<feed')) return 'feed';
  if (h.startsWith('<!doctype html') || h.startsWith('<html') || h.startsWith('<?xml')) return 'html';
  if (h.startsWith('{')) return 'jsonl';
  return 'text';
}

/** Files under the given paths, folders walked recursively in name order. */
export function* listFiles(paths: readonly string[]): Generator<{ path: string; explicit: boolean } | SourceProblem> {
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      yield { error: new IsnadError('FILE_NOT_FOUND', 'no such file or folder', p), where: p };
      continue;
    }
    if (st.isDirectory()) yield* walk(p);
    else yield { path: p, explicit: true };
  }
}

function* walk(dir: string): Generator<{ path: string; explicit: boolean } | SourceProblem> {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (e) {
    yield { error: new IsnadError('FILE_UNREADABLE', (e as Error).message, dir), where: dir };
    return;
  }
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const p = join(dir, name);
    let st;
    try {
      st = statSync(p);
    } catch {
      continue;
    }
    if (st.isDirectory()) yield* walk(p);
    else if (EXT[extname(name).toLowerCase()] !== undefined) yield { path: p, explicit: false };
  }
}

/** One JSONL line → a document input (the contract's input line); an empty text is refused. */
export function parseJsonlLine(line: string, where: string): DocumentInput {
  return parseDocumentLine(line, where, { requireText: true });
}

interface BoundedLine {
  number: number;
  /** The line's bytes, or undefined when it was longer than the limit (then `length` says how long). */
  bytes: Buffer | undefined;
  length: number;
}

/**
 * Lines of a file with memory bounded by `maxBytes`: a longer line is
 * measured and skipped, not held.
 */
export async function* boundedLines(path: string, maxBytes: number): AsyncGenerator<BoundedLine> {
  let parts: Buffer[] = [];
  let len = 0;
  let over = false;
  let number = 0;
  const stream = createReadStream(path, { highWaterMark: 1 << 20 });
  const finish = (): BoundedLine => {
    number++;
    let bytes: Buffer | undefined;
    if (!over) {
      bytes = parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts);
      if (bytes.length > 0 && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    }
    const line = { number, bytes, length: len };
    parts = [];
    len = 0;
    over = false;
    return line;
  };
  const add = (b: Buffer) => {
    len += b.length;
    if (over) return;
    if (len > maxBytes) {
      over = true;
      parts = [];
    } else parts.push(b);
  };
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let from = 0;
    for (;;) {
      const nl = chunk.indexOf(0x0a, from);
      if (nl < 0) break;
      add(chunk.subarray(from, nl));
      yield finish();
      from = nl + 1;
    }
    if (from < chunk.length) add(Buffer.from(chunk.subarray(from)));
  }
  if (len > 0) yield finish();
}

/** Reads every source under `paths`, in order. */
export async function* readSources(paths: readonly string[], options: SourceOptions = {}): AsyncGenerator<SourceItem> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  for (const f of listFiles(paths)) {
    if ('error' in f) {
      yield { kind: 'problem', problem: f };
      continue;
    }
    const path = f.path;
    try {
      const format = EXT[extname(path).toLowerCase()] ?? sniffFormat(path, readHead(path));
      if (format === 'jsonl') {
        yield* readJsonl(path, maxBytes);
        continue;
      }
      const size = statSync(path).size;
      if (size > maxBytes) {
        throw new IsnadError('INPUT_TOO_LARGE', `${size} bytes; a document may have at most ${maxBytes}`, path);
      }
      const text = decode(readFileSync(path), path);
      if (format === 'text') {
        if (text.trim() === '') throw new IsnadError('INPUT_EMPTY', 'the file is empty', path);
        yield { kind: 'doc', doc: { input: { id: path, text }, where: path } };
      } else if (format === 'html') {
        yield { kind: 'doc', doc: { input: extractHtml(text, path), where: path } };
      } else {
        const items = extractFeed(text, path);
        for (let i = 0; i < items.length; i++) {
          const it = items[i] as DocumentInput | IsnadError;
          if (it instanceof IsnadError) yield { kind: 'problem', problem: { error: it, where: it.where ?? `${path}#${i + 1}` } };
          else yield { kind: 'doc', doc: { input: it, where: `${path}#${i + 1}` } };
        }
      }
    } catch (e) {
      if (!isIsnadError(e)) {
        yield { kind: 'problem', problem: { error: new IsnadError('FILE_UNREADABLE', (e as Error).message, path), where: path } };
      } else yield { kind: 'problem', problem: { error: e, where: e.where ?? path } };
    }
  }
}

function readHead(path: string): string {
  const buf = readFileSync(path).subarray(0, 1024);
  return buf.toString('utf8');
}

async function* readJsonl(path: string, maxBytes: number): AsyncGenerator<SourceItem> {
  for await (const line of boundedLines(path, maxBytes)) {
    const where = `${path}:${line.number}`;
    if (line.bytes === undefined) {
      const error = new IsnadError('INPUT_TOO_LARGE', `the line has ${line.length} bytes; a document may have at most ${maxBytes}`, where);
      yield { kind: 'problem', problem: { error, where } };
      continue;
    }
    if (line.bytes.length === 0 || /^\s*$/.test(line.bytes.toString('latin1'))) continue;
    try {
      const input = parseJsonlLine(decode(line.bytes, where), where);
      yield { kind: 'doc', doc: { input, where } };
    } catch (e) {
      if (!isIsnadError(e)) throw e;
      yield { kind: 'problem', problem: { error: e, where } };
    }
  }
}
