/**
 * «ورفض مكتب الرئيس الفرنسي فرانسوا أولوند التعليق»، «رفض في وقت سابق التعليق على الهجوم»، «رفض
 * مصدر في الخارجية الأميركية، أمس الأربعاء، تأكيد أخبار»، «ورفض المصدر إعطاء المزيد من التفاصيل»:
 * refusing to comment, confirm or tell is no event (GUIDELINE: refusing to comment is no event). The
 * lemma's `notNext` sees the word right after the verb; this looks past the subject, a title and an
 * aside of time, up to ten words (on unseen text every such word there is what is refused).
 */
import { type Doc, sentenceOf } from './context.js';

/** What a source refuses to give: a comment, a confirmation, details, an answer. */
const COMMENT = /^(ال)?(تعليق|ادلاء|كشف|افصاح|اعطاء|اجابه|تصريح|تاكيد|تحدث|حديث|رد)$/;

/** Whether the verb of refusing at i refuses to comment. */
export function refusedComment(doc: Doc, i: number): boolean {
  const { tokens } = doc;
  for (let k = i + 1; k < tokens.length && k - i <= 10 && sentenceOf(doc, k) === sentenceOf(doc, i); k++) {
    const w = tokens[k]!.norm;
    if (w === '.' || w === '؛' || w === ':') return false;
    if (COMMENT.test(w)) return true;
  }
  return false;
}
