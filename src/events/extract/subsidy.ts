/**
 * «دعم الصادرات»، «إلغاء دعم الكهرباء والمياه»، «الدعم الحكومي للسلع»، «لدعم أسعار الخام»، «تلقت
 * الأسعار دعما من توقعات …»: «دعم» of goods, prices or stocks is a subsidy or a market's prop, no
 * backing of a party or a stance. The goods follow the word (past «الحكومي» or a ل) or, for the
 * prop of a market, are the subject right before it.
 */
import { type Doc, inSentenceOf } from './context.js';

/** Goods, prices and stocks, bare (with or without a possessive pronoun). */
const GOODS = /^(صادرات|واردات|وقود|محروقات|سلع|سلعه|اسعار|سعر|كهرباء|مياه|خبز|قمح|شعير|اعلاف|ديزل|بنزين|طاقه|مخزونات|مخزون|محصول|محاصيل|تمور|عمله|ليره|دولار|جنيه|اسهم|سندات|خام)$/;
/** Adjectives of who pays the subsidy, between the word and the goods (الدعم الحكومي للسلع). */
const PAYER = /^(ال)?(حكومي|حكوميه|رسمي|مباشر|نقدي)$/;

const goodsAt = (doc: Doc, k: number) => {
  const b = doc.bare[k]!;
  return GOODS.test(b) || GOODS.test(b.replace(/(نا|ها|هم|ه)$/, ''));
};

/** Whether «دعم» at i props up goods, prices or stocks. */
export function subsidy(doc: Doc, i: number): boolean {
  const { tokens, mentionAt } = doc;
  let k = i + 1;
  if (inSentenceOf(doc, k, i) && PAYER.test(tokens[k]!.norm)) k++;
  if (inSentenceOf(doc, k, i) && !mentionAt[k] && tokens[k]!.kind === 'word' && goodsAt(doc, k)) return true;
  // «تلقت الأسعار دعما»، «الأسعار تجد دعما»: the market's prices as the subject.
  const j = i - 1;
  return inSentenceOf(doc, j, i) && tokens[j]!.kind === 'word' && /^ال/.test(tokens[j]!.norm) && goodsAt(doc, j);
}
