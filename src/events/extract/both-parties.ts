/**
 * «وناقش الرئيسان …»، «وبحث الجانبان …»، «واتفق الوزراء …»: a dual or plural noun of the
 * parties themselves as the subject right after a verb. It names no party, so a name further
 * on is no subject of the verb (وناقش الرئيسان مسائل تشمل التهديد الذي تمثله بوكو حرام); the
 * parties are those of the meeting told before it (stage 4).
 */
import { type Doc, sentenceOf } from './context.js';
import type { Candidate } from './types.js';

/** The two parties, or the ministers of a meeting, named by a dual or plural noun (الجانبان، الرئيسين، الوزراء). */
export const BOTH_PARTIES = /^ال(جانب|طرف|وزير|رئيس|بلد|زعيم|امير|وفد|قائد)(ان|ين)$|^الوزراء$/;

/** Whether the verb candidate is followed right away by such a noun. */
export function bothPartiesAfter(doc: Doc, c: Candidate): boolean {
  const next = doc.tokens[c.tok + 1];
  return c.reading.pos === 'verb' && next !== undefined && sentenceOf(doc, c.tok + 1) === sentenceOf(doc, c.tok)
    && doc.mentionAt[c.tok + 1] === undefined && BOTH_PARTIES.test(next.norm);
}
