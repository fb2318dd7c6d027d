/**
 * «نظمت حركة شباب 6 أبريل وقفة احتجاجية»، «ينظم الناشطون مسيرة»، «سار آلاف المغاربة في
 * مسيرة»: نظم before a protest noun, and سار before في and a protest noun, are support verbs
 * of the protest; their subject is the one who protests. They are no support verbs of other
 * acts (نظمت الوزارة زيارة، سار على نهج), so they are not in the lexicon's general list.
 */
import { type Doc, sentenceOf } from './context.js';
import { isBoundary } from './lexicon-sets.js';
import type { Candidate } from './types.js';
import { stripVerbAffixes } from './words.js';

/** How far before the protest noun the support verb may stand (its subject comes between). */
const WINDOW = 8;

/** Whether token k is نظم (or سار … في) supporting the protest noun of the candidate. */
export function organisedProtest(doc: Doc, k: number, c: Candidate): boolean {
  const { tokens } = doc;
  const i = c.tok;
  if (c.type !== 'PROTEST' || c.reading.pos !== 'noun' || k >= i || i - k > WINDOW || sentenceOf(doc, k) !== sentenceOf(doc, i)) return false;
  if (tokens.slice(k + 1, i).some((t) => isBoundary(t))) return false;
  const stems = stripVerbAffixes(tokens[k]!.norm);
  if (stems.includes('نظم')) return true;
  return stems.includes('سار') && tokens[i - 1]!.norm === 'في';
}
