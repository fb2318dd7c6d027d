import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { IsnadError } from '../core/errors.js';

/** The repository's `data/` folder: lexicons, the knowledge base, model weights. */
export const DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));

export function dataPath(relative: string): string {
  return DATA_DIR + relative;
}

/** Reads a file under `data/`, naming it when it is missing. */
export function readDataFile(relative: string): Buffer {
  try {
    return readFileSync(dataPath(relative));
  } catch (e) {
    throw new IsnadError('RESOURCE_MISSING', `cannot read data file: ${(e as Error).message}`, `data/${relative}`);
  }
}

export function readDataJson<T>(relative: string): T {
  const raw = readDataFile(relative).toString('utf8');
  try {
    return JSON.parse(raw) as T;
  } catch (e) {
    throw new IsnadError('RESOURCE_CORRUPT', `not valid JSON: ${(e as Error).message}`, `data/${relative}`);
  }
}

/** Memoises a loader so a resource is read once, on first use. */
export function lazy<T>(load: () => T): () => T {
  let value: T | undefined;
  let loaded = false;
  return () => {
    if (!loaded) {
      value = load();
      loaded = true;
    }
    return value as T;
  };
}
