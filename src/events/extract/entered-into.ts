/**
 * «دخل الأسير في إضراب عن الطعام»، «دخلت الإدارة في مفاوضات»، «دخل الطرفان في
 * اشتباكات»: دخل followed by في is a support verb of a strike, talks or a fight;
 * its subject does the act. Elsewhere (دخل المدينة، دخل اللاعب في التدريبات،
 * تدخل المملكة) it is no support verb.
 */
import type { PloverType } from '../../core/types.js';
import { type Doc, sentenceOf } from './context.js';
import type { Candidate } from './types.js';
import { stripVerbAffixes } from './words.js';

const ENTERED_ACTS = new Set<PloverType>(['PROTEST', 'CONSULT', 'ASSAULT']);

/** Whether token k is a form of دخل whose في-phrase (right before the candidate's noun) holds the candidate. */
export function enteredInto(doc: Doc, k: number, c: Candidate): boolean {
  const { tokens } = doc;
  const i = c.tok;
  if (c.reading.pos === 'verb' || !ENTERED_ACTS.has(c.type) || i < 2 || tokens[i - 1]!.norm !== 'في' || k >= i - 1) return false;
  if (sentenceOf(doc, k) !== sentenceOf(doc, i) || i - k > 9) return false;
  const w = tokens[k]!.norm;
  // تدخل is also the noun «intervention»: only the past and the imperfect with a subject prefix of his/they.
  return /^(و|ف)?(دخل|دخلت|دخلوا|دخلا|دخلتا|يدخل|يدخلون|سيدخل)$/.test(w) && stripVerbAffixes(w).includes('دخل');
}
