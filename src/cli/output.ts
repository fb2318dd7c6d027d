import type { Writable } from 'node:stream';

/** Writes a string, waiting when the stream asks for it (constant memory on big outputs). */
export function writeOut(stream: Writable, s: string): Promise<void> | void {
  if (!stream.write(s)) {
    return new Promise((resolve) => stream.once('drain', () => resolve()));
  }
}
