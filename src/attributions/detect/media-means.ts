/**
 * وسائل إعلام إيرانية، وسائل الإعلام، وسائل التواصل: «وسائل» (means) never speaks alone; the
 * word after it is its genitive, never the verb's object, even when it has the shape of a verbal
 * noun (إعلام, "informing": وأفادت وسائل إعلام إيرانية بوقوع …, where the object reading cut the
 * source to «وسائل»). What is said of the source is the adjective after the genitive (إيرانية).
 */
import type { Detection } from './context.js';
import { norm, verbAt } from './lookups.js';

/** Anonymous heads that always take a genitive (normalised). */
const GENITIVE_HEADS = new Set(['وسائل']);

/** Is the word w (normalised) a head whose next word is its genitive? */
export function genitiveHead(w: string): boolean {
  return GENITIVE_HEADS.has(w.replace(/^[وف](?=وسائل)/, ''));
}

/**
 * وأكدت وسائل إعلام رسمية استمرار …، وأعلنت مصادر رسمية وقوع …: an unnamed source right after
 * the verb, closed by an indefinite adjective of relation (رسمية، محلية), ends at that adjective
 * as it does at a definite word; the verbal noun after it is the object. Is the word at `before`
 * such an adjective?
 */
export function unnamedSourceAdjective(cx: Detection, before: number): boolean {
  const p = norm(cx, before);
  if (p.startsWith('ال') || p.length < 4 || !/(يه|يين|يون)$/.test(p) || cx.mentionOf[before] !== undefined) return false;
  let head = before - 1;
  if (genitiveHead(norm(cx, head - 1))) head--;
  return cx.lex.anonymousHeads.has(norm(cx, head)) && verbAt(cx, head - 1) !== undefined;
}

/**
 * Where what is said of an unnamed source opening at a begins: after the genitive of وسائل
 * (وسائل إعلام [إيرانية]), else after the head; b when nothing is said (وسائل الإعلام).
 */
export function descriptionStart(cx: Detection, a: number, b: number): number {
  if (!genitiveHead(norm(cx, a))) return a + 1;
  return Math.min(a + 2, b);
}
