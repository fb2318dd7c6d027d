/**
 * «فتح باب القبول في الجامعة»، «عمادة القبول والتسجيل»، «حرمانها من القبول في كلية الطب»، «قبول
 * الطلاب والطالبات»: قبول is admission to a school, a college or a programme; no party accepts a
 * deal or a demand. Words of schooling or of the admission office next to it (the word before it,
 * or up to four words after it in its clause) tell this sense.
 */
import { type Doc, inSentenceOf } from './context.js';
import { isBoundary } from './lexicon-sets.js';

/** Schools, programmes and those admitted, bare. */
const SCHOOLING = /^(جامعه|جامعات|جامعيه|كليه|كليات|معهد|معاهد|برنامج|برامج|تخصص|تخصصات|انتساب|ابتعاث|ماجستير|دكتوراه|دبلوم|طلاب|طالبات|طالب|طالبه|متقدمين|متقدمات|متدربين|متدربات|تسجيل|مدارس|مدرسه)$/;
/** Words of the admission office or period before the noun (عمادة القبول، باب القبول، فترة القبول، إجراءات القبول). */
const OFFICE = /^(عماده|باب|فتره|بوابه|اجراءات|شروط|معايير|نسبه|اختبارات|اختبار|موعد|مواعيد|لجنه|لجان|طلبات)$/;

/** The word with and without its clitics (a first ب may be a root letter: برنامج). */
const forms = (w: string) => [w, w.replace(/^(و|ف)(?=..)/, ''), w.replace(/^(و|ف)?(بال|كال|لل|ال|ب|ل|ك)(?=..)/, '')];
const isOf = (re: RegExp, w: string) => forms(w).some((f) => re.test(f));

/** Whether the noun of acceptance at i is admission to a school or a programme. */
export function admissionWord(doc: Doc, i: number): boolean {
  const { tokens } = doc;
  if (inSentenceOf(doc, i - 1, i) && isOf(OFFICE, tokens[i - 1]!.norm)) return true;
  for (let k = i + 1; k <= i + 4 && inSentenceOf(doc, k, i); k++) {
    if (isBoundary(tokens[k]!)) break;
    if (isOf(SCHOOLING, tokens[k]!.norm)) return true;
  }
  return false;
}
