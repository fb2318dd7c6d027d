/**
 * «بحثا عن»، «بحثاً عن مطلوبين»، «وبحثا عن»: the masdar of بحث عن, "in search of", the purpose of
 * a raid or a move. Read as ب + حث ("by urging") it would be a call (REQUEST); before عن it never is.
 */
import type { Doc } from './context.js';
import type { Candidate } from './types.js';

/** A call read as ب + the noun حث whose word is followed by عن: the search, no call. */
export function searchFor(doc: Doc, c: Candidate): boolean {
  if (c.type !== 'REQUEST' || !/ب$/.test(c.reading.proclitics)) return false;
  if (!/^(و|ف)?بحث(ا|اً)?$/.test(doc.tokens[c.tok]!.norm)) return false;
  return /^(و)?عن$/.test(doc.tokens[c.tok + 1]?.norm ?? '');
}
