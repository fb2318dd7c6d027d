/**
 * «زيارة المتحف»، «بزيارات لعدد من معالم المحافظة»، «زيارة الموقع الإلكتروني للسفارة»، «60 ألف
 * زيارة للمعرض»، «تأشيرة الزيارة»، «ضيوف برنامج العمرة والزيارة»، «زيارة الأصدقاء والأهل»: a visit
 * to a sight (a museum, an exhibition, a landmark, a holy place, a web site), a count of visitors,
 * the visit of a visa or of the pilgrim's rites, and calling on friends and kin meet no party.
 * A visit to an office, a hospital, a school, a town or a state (زار مشفى الملك سلمان، بزيارة
 * المصابين، زيارة لمقر النادي) stays a visit.
 */
import { type Doc, inSentenceOf } from './context.js';

/** Sights, bare. */
const SIGHT = /^(متحف|متاحف|معرض|معارض|معلم|معالم|اثار|اثري|اثريه|منتزه|منتزهات|متنزه|متنزهات|ملاهي|شاطي|شواطي|حديقه|حدائق|قبر|قبور|ضريح|اضرحه|جبل|مشاعر|اماكن|مزارات)$/;
/** Holy places: a mosque only with the name of a sanctuary after it. */
const SANCTUARY = /^(ال)?(نبوي|حرام|اقصي|قباء)$/;
/** A site on the web, or a sight: «موقع» with one of these within three words after it. */
const SITE_KIND = /^(ال)?(الكتروني|انترنت|الانترنت|شبكه|رسمي|سياحي|سياحيه|اثري|اثريه|تراثي|تراثيه)$/;
/** Kin and friends called on. */
const KIN = /^(اهل|اقارب|اصدقاء|ارحام|جيران|اهله|اهلها)$/;
/** Words before the noun that make it the visit of a visa or of the rites. */
const VISA = /^(و)?(ب|ل)?(تاشيره|تاشيرات|فيزا|غرض|لغرض|بغرض)$/;
const RITES = /^(و)?(ب|ل|لل|ال)?(حج|عمره|الحج|العمره)$/;

const forms = (doc: Doc, k: number) => {
  const w = doc.tokens[k]!.norm;
  return [w, doc.bare[k]!, w.replace(/^(و|ف)?(ب|ل|لل|ال)(?=..)/, '').replace(/^ال(?=..)/, '')];
};
const isOf = (re: RegExp, doc: Doc, k: number) => forms(doc, k).some((f) => re.test(f));

/** Whether the word of visiting at i visits a sight, counts visitors, or names a visa, the rites or a call on kin. */
export function visitedSite(doc: Doc, i: number): boolean {
  const { tokens, mentionAt } = doc;
  const before = inSentenceOf(doc, i - 1, i) ? tokens[i - 1]!.norm : '';
  if (VISA.test(before)) return true;
  if (/^و/.test(tokens[i]!.norm) && RITES.test(before)) return true;
  // «60 ألف زيارة»: a count of visits is a count of visitors.
  if (/^(الف|الاف|مليون|ملايين)$/.test(before) || tokens[i - 1]?.kind === 'number') return true;
  // What is visited: right after the word, past «إلى», «عدد من» or «بعض».
  let k = i + 1;
  if (inSentenceOf(doc, k, i) && /^(الي|عدد|بعض)$/.test(tokens[k]!.norm)) k += tokens[k]!.norm === 'عدد' && tokens[k + 1]?.norm === 'من' ? 2 : 1;
  // Past the visitors named as the verb's subject (وزار الوفد معالم المدينة).
  for (let n = 0; n < 3 && inSentenceOf(doc, k + 1, i) && (mentionAt[k] || /^ال/.test(tokens[k]!.norm)) && !isOf(SIGHT, doc, k) && !/^(ال)?(موقع|مواقع|مسجد)$/.test(tokens[k]!.norm); n++) k++;
  if (!inSentenceOf(doc, k, i) || tokens[k]!.kind !== 'word') return false;
  if (isOf(SIGHT, doc, k) || isOf(KIN, doc, k)) return true;
  if (/^(ال)?مسجد$/.test(forms(doc, k)[2]!) && inSentenceOf(doc, k + 1, i) && SANCTUARY.test(tokens[k + 1]!.norm)) return true;
  if (/^(ال)?(موقع|مواقع)$/.test(forms(doc, k)[2]!) && !mentionAt[k]) {
    for (let j = k + 1; j <= k + 4 && inSentenceOf(doc, j, i); j++) if (isOf(SITE_KIND, doc, j)) return true;
  }
  return false;
}
