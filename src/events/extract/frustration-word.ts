/**
 * «إحباط» is both the foiling of a plot (إحباط محاولة تهريب، تم إحباط الهجوم) and the feeling of
 * frustration (شعر بإحباط شديد، حزن وإحباط، أصابني أكثر إحباطا، إحباط لغياب الرؤية). The feeling
 * has no object after it: the noun stands in the accusative (إحباطا), after a word of feeling, or
 * is followed by a cause, an adjective of degree or the end of the phrase.
 */
import { type Doc, inSentenceOf } from './context.js';

/** Words of feeling before the noun (شعر بإحباط، الشعور بالإحباط، حالة إحباط). */
const FEELING = /^(و)?(شعر|شعرت|شعروا|يشعر|تشعر|يشعرون|شعور|الشعور|حاله|اصاب|اصابه|اصابت|الممزوج|ممزوج|خيبه)$/;

/** What follows the feeling: a cause or a degree, no object (بإحباط شديد، إحباط من، إحباط لغياب). */
const AFTER_FEELING = /^(من|بسبب|جراء|اذ|لدي|شديد|كبير|عام|عميق|لغياب|لعدم)$/;

/** Whether «إحباط» at i is frustration, not foiling. */
export function frustrationNotFoiling(doc: Doc, i: number): boolean {
  const { tokens } = doc;
  const w = tokens[i]!.norm;
  if (/^(و)?احباطا$/.test(w)) return true;
  const same = (k: number): boolean => inSentenceOf(doc, k, i);
  if (same(i - 1) && FEELING.test(tokens[i - 1]!.norm)) return true;
  // With a pronoun (تم إحباطها عند الكشف، في كشفها وإحباطها.) it is the plot foiled.
  if (/احباط(ه|ها|هم)$/.test(w)) return false;
  if (!same(i + 1)) return true;
  const next = tokens[i + 1]!;
  // «حزن، وإحباط، وترقب»: a feeling in a list, or with its cause or degree after it.
  return AFTER_FEELING.test(next.norm) || (next.kind !== 'word' && next.kind !== 'number');
}
