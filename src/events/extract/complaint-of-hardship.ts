/**
 * «اشتكى مواطنون من انقطاع التيار الكهربائي»، «تشتكي من ارتفاع الإيجارات»، «اشتكت من آلام في
 * فمها»، «شكاوى من طول المواعيد»: a complaint of a hardship (prices, an outage, a pain, a want of
 * services) accuses nobody; the hardship has no doer. A complaint of what a party does (اشتكى
 * الفلسطينيون من قيام المستوطنين بقطع الأشجار، من الممارسات التي يمارسها …) or one made to a party
 * (اشتكى الوفد للسفير) stays an accusation. «لماذا تشتكي …؟» asks about a complaint, tells none.
 */
import { type Doc, inSentenceOf } from './context.js';
import { isBoundary } from './lexicon-sets.js';

/** Hardships complained of, bare: rises, cuts, shortages, delays, pains, poor service. */
const HARDSHIP = /^(ارتفاع|انقطاع|انقطاعات|ازمه|ازمات|الام|الم|اوجاع|وجع|طول|كثره|سوء|عدم|غلاء|ضعف|تاخر|تاخير|نقص|قله|ازدحام|زحام|تعطل|غياب|صعوبه|بطء|تدني|قصور|شح|انعدام|ضيق|تراكم|رداءه|تردي|تكدس|بطاله|حراره|رطوبه|روائح|رائحه|اهمال|تلوث|ضجيج|تسرب|فساد|تعصب|عنصريه|ضغوط|مشاكل|مشكلات|صداع|ارهاق)$/;

/** Whether the complaint at i is of a hardship, or only asked about. */
export function complaintOfHardship(doc: Doc, i: number): boolean {
  const { tokens, bare, mentionAt } = doc;
  if (inSentenceOf(doc, i - 1, i) && /^(و)?(لماذا)$/.test(tokens[i - 1]!.norm)) return true;
  for (let k = i + 1; k <= i + 5 && inSentenceOf(doc, k, i); k++) {
    const t = tokens[k]!;
    if (isBoundary(t)) return false;
    // Made to a party (اشتكى الوفد للسفير): an accusation laid before someone.
    if (mentionAt[k] && /^(و)?ل/.test(t.norm) && !/^(و)?ل(ا|ن)$/.test(t.norm)) return false;
    if (/^(و)?من$/.test(t.norm)) {
      const n = k + 1;
      if (!inSentenceOf(doc, n, i) || mentionAt[n]) return false;
      // The bare form strips a first «ال» that may be the word's own (آلام → الام).
      return [tokens[n]!.norm, tokens[n]!.norm.replace(/^ال(?=..)/, ''), bare[n]!].some((w) => HARDSHIP.test(w));
    }
  }
  return false;
}
