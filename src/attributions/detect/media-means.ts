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
 * the verb (or an unnamed text: بيانات حكومية), closed by one or two indefinite adjectives of
 * relation (رسمية، صحافية محلية), ends at that adjective
 * as it does at a definite word; the verbal noun after it is the object. Is the word at `before`
 * such an adjective?
 */
export function unnamedSourceAdjective(cx: Detection, before: number): boolean {
  if (!relationAdjective(cx, before)) return false;
  // أفادت تقارير صحافية محلية تراجع …: a second adjective of relation before it.
  let head = relationAdjective(cx, before - 1) ? before - 2 : before - 1;
  if (genitiveHead(norm(cx, head - 1))) head--;
  // وأظهرت بيانات حكومية تراجع …: a text that carries information, unnamed, as an unnamed source.
  const w = norm(cx, head);
  return (cx.lex.anonymousHeads.has(w) || cx.lex.carrierNouns.has(w)) && verbAt(cx, head - 1) !== undefined;
}

/** An indefinite adjective of relation at k (رسمية، محلية، حكومية، إسرائيليين). */
function relationAdjective(cx: Detection, k: number): boolean {
  const p = norm(cx, k);
  return !p.startsWith('ال') && p.length >= 4 && /(يه|يين|يون)$/.test(p) && cx.mentionOf[k] === undefined;
}

/**
 * Where what is said of an unnamed source opening at a begins: after the genitive of وسائل
 * (وسائل إعلام [إيرانية]), else after the head; b when nothing is said (وسائل الإعلام).
 */
export function descriptionStart(cx: Detection, a: number, b: number): number {
  if (!genitiveHead(norm(cx, a))) return a + 1;
  return Math.min(a + 2, b);
}
