import { createHash } from 'node:crypto';
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
  return foldQueryText(name).join(' ');
}

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
