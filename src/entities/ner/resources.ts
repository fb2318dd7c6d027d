import { existsSync, readFileSync } from 'node:fs';
import { dataPath } from '../../resources/data-files.js';
import type { Clusters, Lexicon } from './features.js';
import { parseNameLM, type NameLM } from './name-lm.js';

/** Reads a cluster file (`word<TAB>id<TAB>id…`, words normalised) from data/ner/. */
export function loadClusters(name: string): Clusters | undefined {
  const path = dataPath(`ner/${name}`);
  if (!existsSync(path)) return undefined;
  return parseClusters(readFileSync(path, 'utf8'));
}

export function parseClusters(text: string): Clusters {
  const map: Clusters = new Map();
  for (const line of text.split('\n')) {
    if (line.length === 0 || line.startsWith('#')) continue;
    const parts = line.split('\t');
    const w = parts[0];
    if (w === undefined || parts.length < 2) continue;
    // words are written normalised by clusters-build
    map.set(w, parts.slice(1).map((x) => Number(x)));
  }
  return map;
}

/** Reads the name lexicon (`word<TAB>tag,tag`) from data/ner/. */
export function loadLexicon(name: string): Lexicon | undefined {
  const path = dataPath(`ner/${name}`);
  if (!existsSync(path)) return undefined;
  return parseLexicon(readFileSync(path, 'utf8'));
}

export function parseLexicon(text: string): Lexicon {
  const map: Lexicon = new Map();
  for (const line of text.split('\n')) {
    if (line.length === 0 || line.startsWith('#')) continue;
    const [w, tags] = line.split('\t');
    if (w && tags) map.set(w, tags.split(','));
  }
  return map;
}

/** Reads the letter models of names and other words from data/ner/. */
export function loadNameLM(name: string): NameLM | undefined {
  const path = dataPath(`ner/${name}`);
  if (!existsSync(path)) return undefined;
  return parseNameLM(readFileSync(path, 'utf8'));
}
