/**
 * «سفينة "درب الخير"»، «النظام الإلكتروني «دعم»»، «نظام «دعم» صمم بمعايير عالية»: a word in
 * quotes right after a noun that things are named by (a ship, a programme, a system, an app),
 * or after it and one adjective, is the thing's name, no act. Past an adjective only a quoted
 * single word counts, so a quoted phrase of speech after a noun is left alone.
 */
import { type Doc, sentenceOf } from './context.js';
import { NAMING, QUOTE_CLOSE, QUOTE_OPEN } from './lexicon-sets.js';

/** Heads a system, an app or a prize is named after, besides NAMING (bare, folded). */
const NAMED_THINGS = new Set(['نظام', 'تطبيق', 'منصه', 'بوابه', 'خدمه', 'جائزه', 'مسابقه', 'صندوق', 'موقع', 'حساب', 'مبادره', 'برنامج']);

/** Whether the word at token i is (the start of) a quoted name after a naming head. */
export function quotedName(doc: Doc, i: number): boolean {
  const { tokens, bare } = doc;
  if (i < 2 || !QUOTE_OPEN.has(tokens[i - 1]!.norm) || sentenceOf(doc, i - 2) !== sentenceOf(doc, i)) return false;
  const head = (k: number) => NAMING.has(bare[k]!) || NAMED_THINGS.has(bare[k]!);
  if (NAMING.has(bare[i - 2]!)) return true;
  const single = i + 1 < tokens.length && QUOTE_CLOSE.has(tokens[i + 1]!.norm);
  if (!single) return false;
  if (head(i - 2)) return true;
  return i >= 3 && /^ال/.test(tokens[i - 2]!.norm) && head(i - 3) && sentenceOf(doc, i - 3) === sentenceOf(doc, i);
}
