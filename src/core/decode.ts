import { IsnadError } from './errors.js';

/** Strict UTF-8 decoding of input bytes, with where it failed. */
const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Byte offset of the first invalid UTF-8 sequence, or -1. Only called once
 * strict decoding has failed, to say where.
 */
export function firstInvalidUtf8(buf: Uint8Array): number {
  let i = 0;
  const n = buf.length;
  while (i < n) {
    const b = buf[i]!;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    if (i + need >= n) return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = buf[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** True when the bytes look like a binary file rather than text (NUL bytes). */
export function looksBinary(buf: Uint8Array): boolean {
  const limit = Math.min(buf.length, 8192);
  for (let i = 0; i < limit; i++) if (buf[i] === 0) return true;
  return false;
}

/**
 * Decodes bytes as UTF-8 text, refusing binary data and naming the byte
 * offset of the first invalid sequence. A leading byte-order mark is dropped.
 */
export function decodeText(buf: Uint8Array, where: string, byteBase = 0): string {
  if (looksBinary(buf)) {
    throw new IsnadError('INPUT_BINARY', 'binary data (NUL bytes), not UTF-8 text', where);
  }
  try {
    return decoder.decode(buf);
  } catch {
    const at = firstInvalidUtf8(buf);
    throw new IsnadError('INPUT_ENCODING', `invalid UTF-8 at byte offset ${byteBase + Math.max(at, 0)}`, where);
  }
}
