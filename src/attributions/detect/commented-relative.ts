/**
 * رفض التعليق على ما نشرته الصحيفة، ردا على ما قاله الوزير: a free relative governed by a noun
 * of commenting or replying is the thing commented on, not a report whose content is the clause
 * before it (as in وهو ما نفته الحكومة، على ما ذكرت الوكالة after a clause).
 */
import type { Detection } from './context.js';
import { bareAt, norm } from './lookups.js';
import { ANSWERING_ACCUSATIVES } from './word-sets.js';

/** Verbal nouns of commenting, replying and objecting that take على (التعليق على، ردا على). */
const COMMENT_NOUNS = new RegExp(`^(ال)?(${[...ANSWERING_ACCUSATIVES, 'تعليق', 'تعليقات', 'رد', 'ردود', 'تعقيب', 'اعتراض', 'اعتراضا', 'احتجاج', 'احتجاجا'].join('|')})$`);

/** Is the relative ما before the verb at i the object of على after a noun of commenting or replying? */
export function commentedRelative(cx: Detection, i: number): boolean {
  const ma = norm(cx, i - 1);
  if (ma === 'ما') return norm(cx, i - 2) === 'علي' && COMMENT_NOUNS.test(bareAt(cx, i - 3));
  return false;
}
