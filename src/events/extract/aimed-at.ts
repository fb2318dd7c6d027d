/**
 * «فعاليات تستهدف جميع الفئات»، «برنامج يستهدف الخريجين»، «مشاريع تستهدف الوصول إلى …»، «المؤشر قد
 * يستهدف مستويات 8870»: استهدف is «aims at, is meant for» when what it aims at is a goal (a verbal
 * noun of building or reaching, a figure, a level) or an audience (a class of people, the
 * graduates, the students), or when its subject is a programme, a plan or an event held for the
 * public. Nobody is struck. What a party or an act of force strikes, a person, a site, a state's
 * security or unity (العمل يستهدف وحدة بلادنا، محاولات تستهدف أمنها), stays an attack.
 */
import { type Doc, inSentenceOf } from './context.js';
import { isBoundary, RELATIVES } from './lexicon-sets.js';

/** Goals a plan aims at, bare (verbal nouns of building, reaching, spreading, treating). */
const GOAL = /^(وصول|بناء|توسع|توسيع|نشر|معالجه|اماطه|اشراف|تحقيق|رفع|خفض|زياده|تطوير|تحسين|توفير|تعزيز|تنميه|تاهيل|توعيه|تثقيف|استقطاب|جذب|تشجيع|تمكين|ايصال|انشاء|اعداد|ترسيخ|انجاز|استكمال|تغطيه|استيعاب|توظيف|تقليل|تقليص|ضبط|تنويع|رفد|اكتشاف|صقل|تهيئه|ترفيه|ابراز|التعريف|تعريف|الحد|مستقبل|مستقبلا)$/;
/** An audience, bare: classes of people a service or an event is meant for. */
const AUDIENCE = /^(فئه|فئات|شرائح|شريحه|خريجين|خريجي|خريجات|طلاب|طالبات|طلبه|متدربين|متدربات|باحثين|باحثات|مستثمرين|سياح|زوار|عملاء|مستهلكين|مبتدئين|متقدمين|موهوبين|موهوبات|متميزين|متميزات|مهتمين|صفقات|اسواق|صناعات|شركات|مشتركين|قطاعات)$/;
/** A level or a share aimed at. */
const LEVEL = /^(مستوي|مستويات|نسبه|حصه|معدل|معدلات)$/;
/** Subjects that can only aim: programmes, plans, events and services, bare. */
const PROGRAMME = /^(برنامج|برامج|فعاليه|فعاليات|نشاط|انشطه|مشروع|مشاريع|مشروعات|خطه|خطط|استراتيجيه|رؤيه|مبادره|مبادرات|دوره|دورات|ورشه|ورش|معرض|معارض|مهرجان|مهرجانات|مسابقه|مسابقات|جائزه|حزمه|مهمه|رساله|خدمه|خدمات|منتج|منتجات|صندوق|منحه|منح|مؤشر|موازنه|ميزانيه|لجنه)$/;
/** Words that may stand between the verb and what it aims at (بشكل رئيسي، على الأرجح، أساسا). */
const ADVERB = /^(بشكل|بصوره|رئيسي|اساسا|اساسي|خاص|بالدرجه|الاولي|اولا|علي|الارجح|ايضا|كذلك|بالاساس)$/;
/** «جميع/كافة/كل» before an audience word. */
const ALL = /^(جميع|كافه|كل|مختلف|عدد|عددا|بعض)$/;

/** The word at k as written and without its clitics (a first ب may be a root letter: برامج). */
function isOf(re: RegExp, doc: Doc, k: number): boolean {
  const w = doc.tokens[k]!.norm;
  return [w, w.replace(/^(و|ف)(?=...)/, ''), w.replace(/^(و|ف)?(ال)(?=..)/, ''), doc.bare[k]!].some((f) => re.test(f));
}

/** A goal, a level or a figure aimed at. */
function goalWord(doc: Doc, k: number): boolean {
  const t = doc.tokens[k]!;
  if (t.kind === 'number' || /^[0-9٠-٩]/.test(t.norm)) return true;
  return isOf(GOAL, doc, k) || isOf(LEVEL, doc, k);
}

/** A goal or an audience aimed at. */
const aimedWord = (doc: Doc, k: number) => goalWord(doc, k) || isOf(AUDIENCE, doc, k);

/** Whether an act of force is told just before i in its sentence (الهجوم الذي استهدف الطلاب): its target is struck. */
function afterAttack(doc: Doc, i: number): boolean {
  // Stage 1 runs in order: the candidates before i are known, `candAt` not yet.
  return doc.cands.some((c) => c.tok < i && i - c.tok <= 12 && inSentenceOf(doc, c.tok, i) && (c.type === 'ASSAULT' || c.type === 'COERCE'));
}

/** Whether the verb of targeting at i aims at a goal or an audience, or is said of a programme. */
export function aimedAt(doc: Doc, i: number): boolean {
  const { tokens, bare, mentionAt } = doc;
  if (afterAttack(doc, i)) return false;
  // What it aims at, right after it or past adverbs, «جميع» or a programme as its subject (ويستهدف المعرض الخريجين).
  // Past another subject (وتستهدف الحملة الصيفية تثقيف الأطفال) only a goal or a figure counts: a doer may strike people.
  let subject = 0;
  for (let k = i + 1; k <= i + 6 && inSentenceOf(doc, k, i); k++) {
    const t = tokens[k]!;
    if (isBoundary(t)) break;
    if (subject === 0 ? aimedWord(doc, k) : goalWord(doc, k)) return true;
    if (subject === 0 && isOf(PROGRAMME, doc, k)) return true;
    if (ADVERB.test(t.norm) || ALL.test(bare[k]!)) continue;
    if (subject < 2 && /^ال/.test(t.norm) && !mentionAt[k]) {
      subject++;
      continue;
    }
    break;
  }
  // A programme before it: the head of its relative clause or its subject, past adjectives or a name.
  for (let k = i - 1; k >= i - 5 && inSentenceOf(doc, k, i); k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word' && !/^["«»“”]$/.test(t.norm)) break;
    if (isOf(PROGRAMME, doc, k)) return true;
    if (RELATIVES.has(t.norm) || /^(قد|لا|سوف)$/.test(t.norm) || mentionAt[k] || /^ال/.test(t.norm) || /^["«»“”]$/.test(t.norm)) continue;
    break;
  }
  return false;
}
