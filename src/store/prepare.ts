import { createHash } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import type { AnalysisJson } from '../core/analysis.js';
import type { DocumentInput, Entity } from '../core/types.js';
import { normaliseString } from '../text/normalise/normalise.js';
import { foldQueryText, foldText } from './fold.js';
import { signatureOf } from './minhash.js';
import type { PreparedDocument } from './store.js';

/** A document's key: sha256 of its text (UTF-8), hex. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Folded form of a name, for matching entity names and aliases. */
export function foldName(name: string): string {
  let f = nameCache.get(name);
  if (f === undefined) {
    f = foldQueryText(name).join(' ');
    if (nameCache.size >= 50_000) nameCache.clear();
    nameCache.set(name, f);
  }
  return f;
}

const nameCache = new Map<string, string>();

/**
 * The cross-document merge key of an entity: its knowledge-base id, else its
 * normalised key, else its type and normalised name.
 */
export function entityMergeKey(e: Entity): string {
  const kb = e.kb?.id;
  if (typeof kb === 'string' && kb !== '') return `kb:${kb}`;
  if (typeof e.key === 'string' && e.key !== '') return `key:${normaliseString(e.key).trim()}`;
  return `name:${e.type}:${normaliseString(e.name).replace(/\s+/g, ' ').trim()}`;
}

/** Derives what the store keeps of a document (search terms, signature). */
export function prepareDocument(input: DocumentInput, analysis: AnalysisJson): PreparedDocument {
  const terms = foldText(input.text);
  return {
    id: contentHash(input.text),
    input,
    analysis,
    folded: terms.map((t) => t.term).join(' '),
    signature: signatureOf(terms.map((t) => t.term)),
  };
}

/** The stored form of an analysis: deflate-raw of its JSON. */
export function packAnalysis(a: AnalysisJson): Buffer {
  return deflateRawSync(Buffer.from(JSON.stringify(a), 'utf8'), { level: 1 });
}

export function wordCount(a: AnalysisJson): number {
  let n = 0;
  for (const t of a.tokens) if (t.kind !== 'punct') n++;
  return n;
}

/**
 * Prepared for sending between threads: the analysis packed, and sent slim
 * (no tokens or sentences) beside it, which halves the copying.
 */
export function prepareForTransfer(input: DocumentInput, analysis: AnalysisJson): PreparedDocument {
  const d = prepareDocument(input, analysis);
  d.packed = packAnalysis(analysis);
  d.tokenCount = wordCount(analysis);
  d.analysis = { ...analysis, tokens: [], sentences: [] };
  return d;
}
