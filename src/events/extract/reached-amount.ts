/**
 * «وصل» tells a visit (وصل الوزير إلى القاهرة) only when someone arrives. News also has it of an
 * amount that reaches a figure or a degree (إعفاءات تصل إلى 30 في المائة، عقوبات تصل إلى الإعدام،
 * يصل وزنها إلى 250 كغم), and of vessels, goods and migrants that reach a place (قوارب اللاجئين تصل
 * إلى إيطاليا، السفن لا تزال تصل إلى ميناء عدن، وصل إليها آلاف اللاجئين): no party visits anyone.
 */
import { type Doc, inQuantity, inSentenceOf } from './context.js';
import { isBoundary } from './lexicon-sets.js';

/** What an amount reaches: a degree, a limit, a penalty (after إلى). */
const DEGREE = /^(حد|مستوي|مرحله|درجه|ذروه|نسبه|مليون|ملايين|مليار|مليارات|الف|الاف|الاف|عشرات|مئات|اعلي|اقصي|الاعدام|اعدام|السجن|سجن|الحبس|حبس|المؤبد)$/;

/** A measure as the subject right after the verb, with its pronoun (يصل وزنها، تصل قيمته، تصل أعمار بعضهم). */
const MEASURE = /^(و|ف)?(ال)?(قيم|عدد|نسب|حجم|وزن|طول|مد|ارتفاع|اعمار|عمر|سعر|اسعار|كلف|تكلف|مساح|حصيل|عقوب|غرام|سرع|درج|درجات|قدر|انتاج|عمق|مسافه|مسافت|حرار|كميه|كميات|قيمه|نسبه|مده|كلفه|تكلفه|حصيله|عقوبه|غرامه|سرعه|درجه|قدره|مساحه)(ه|ها|هم|هما|ت|تها|ته|تهم)?$/;

/** Vessels, loads and people on the move, which reach a place but pay no visit. */
const CARRIED = new Set([
  'قارب', 'قوارب', 'زورق', 'زوارق', 'سفينه', 'سفن', 'باخره', 'بواخر', 'شحنه', 'شحنات', 'بضائع', 'بضاعه', 'سلع',
  'رحله', 'رحلات', 'قطار', 'قطارات', 'حافله', 'حافلات', 'شاحنه', 'شاحنات', 'لاجئ', 'لاجئون', 'لاجئين', 'مهاجر',
  'مهاجرون', 'مهاجرين', 'نازح', 'نازحون', 'نازحين', 'حدود', 'مياه', 'امطار', 'موجه', 'رساله', 'رسائل', 'صواريخ',
  'قذائف', 'سيول', 'الاجئين', 'المهاجرين',
]);

function carried(doc: Doc, k: number): boolean {
  return CARRIED.has(doc.bare[k]!) || CARRIED.has(doc.tokens[k]!.norm);
}

/** Whether «وصل» at i is said of an amount, a vessel, goods or migrants, not of a visitor. */
export function arrivalNotVisit(doc: Doc, i: number): boolean {
  const { tokens, mentionAt } = doc;
  const same = (k: number): boolean => inSentenceOf(doc, k, i);
  // A figure right after the verb (وصلت آنذاك 81 درجة) or after its إلى/حتى.
  for (let k = i + 1; k <= i + 4 && same(k); k++) {
    const w = tokens[k]!.norm;
    if (isBoundary(tokens[k]!)) break;
    if (k === i + 1 && (inQuantity(doc, k) || MEASURE.test(w))) return true;
    if (/^(و)?(الي|حتي)$/.test(w) && same(k + 1) && (inQuantity(doc, k + 1) || DEGREE.test(doc.bare[k + 1]!) || DEGREE.test(tokens[k + 1]!.norm))) return true;
    if (/^(و)?(الي|حتي)$/.test(w)) break;
  }
  // The one that arrives: a vessel, a load or migrants just before the verb (past an adjective or a
  // genitive, كانت ولا تزال), or right after it (وصل إليها آلاف اللاجئين), with no party named in between.
  for (let k = i - 1; k >= i - 5 && same(k); k--) {
    if (isBoundary(tokens[k]!) || mentionAt[k]) break;
    if (carried(doc, k)) return true;
  }
  for (let k = i + 1; k <= i + 3 && same(k); k++) {
    if (isBoundary(tokens[k]!) || mentionAt[k]) break;
    if (carried(doc, k)) return true;
  }
  return false;
}
