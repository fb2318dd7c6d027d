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

/** Learned weights that may be absent (the rules then decide alone), and a switch to leave them out for comparisons and training. */
export interface OptionalWeights<T> {
  /** The committed weights, read once; undefined when the file is absent or unreadable. */
  load: () => T | undefined;
  /** Turns the weights on or off; returns the previous setting. */
  setEnabled: (on: boolean) => boolean;
  /** The weights in use: undefined when turned off or absent. */
  active: () => T | undefined;
}

export function optionalWeights<T>(relative: string): OptionalWeights<T> {
  const load = lazy((): T | undefined => {
    try {
      return readDataJson<T>(relative);
    } catch {
      return undefined;
    }
  });
  let enabled = true;
  return {
    load,
    setEnabled: (on) => {
      const prev = enabled;
      enabled = on;
      return prev;
    },
    active: () => (enabled ? load() : undefined),
  };
}
