/**
 * Bodies named by an organisation head word and the words that specify it,
 * where the tagger and the earlier fills (gazetteer, description, party)
 * left every one of those words untagged:
 *
 * - a definite head, specifying adjectives and a complement of purpose:
 *   اللجنة العليا للإغاثة، الهيئة العامة للغذاء والدواء، المؤسسة العامة
 *   لتحلية المياه;
 * - a definite head and two specifying adjectives: المحكمة الجزائية
 *   المتخصصة، التيار المدني المستقل;
 * - an indefinite head, a construct noun and a place: مديرية أمن الجيزة،
 *   محكمة جنايات بنها، مصلحة جوازات إب (the place is part of the name);
 * - a quoted name after a head word whose words the tagger read as a place:
 *   تنظيم "أجناد مصر".
 *
 * A head alone (المحكمة، اللجنة) or with one ordinary adjective (الشركة
 * الكورية) stays a description: the linker resolves it to the body named
 * before, which a name here would prevent. Like the other fills, this runs
 * only in the analysis, never for `ner --conll`.
 */
import { stripClitics } from './affixes.js';
import { categoryBit, type Gazetteer } from './gazetteer.js';
import type { Label } from './labels.js';
import { normaliseString } from '../../text/normalise/normalise.js';

const set = (words: string[]) => new Set(words.map((w) => normaliseString(w)));

/**
 * Definite head words of the gazetteer that do not head a single body's
 * name: plurals (الوزارات، الفصائل), the state's own organs and forces,
 * whose adjectives describe rather than name (الحكومة اليمنية الشرعية,
 * القوات الحكومية), and outlets and teams, which the tagger and the
 * description rules handle.
 */
const NOT_HEAD = set([
  'الوزارات', 'المجالس', 'الهيئات', 'اللجان', 'السلطات', 'البلديات', 'الدوائر', 'الحكومات', 'البرلمانات', 'المنظمات', 'الجيوش',
  'الكتائب', 'الأحزاب', 'الحركات', 'التحالفات', 'الكتل', 'الجماعات', 'الميليشيات', 'المليشيات', 'الفصائل', 'الشركات', 'المجموعات',
  'المؤسسات', 'البنوك', 'المصارف', 'الصناديق', 'المصانع', 'الوكالات', 'الغرف', 'الصناعات', 'الجامعات', 'الكليات', 'المعاهد',
  'المدارس', 'المستشفيات', 'المراكز', 'الصحف', 'القنوات', 'الأندية', 'المنتخبات', 'الفرق', 'الاتحادات', 'النقابات', 'الجمعيات',
  'المحاكم',
  'الحكومة', 'السلطة', 'الرئاسة', 'الشرطة', 'الجيش', 'القوات', 'الحرس', 'الاستخبارات', 'المخابرات', 'الدرك', 'الجندرمة', 'الأسطول',
  'الفرقة', 'الفيلق', 'اللواء', 'الكتيبة', 'الفوج', 'القيادة', 'الميليشيا', 'المقاومة', 'الحراك', 'الفصيل',
  'الصحيفة', 'الجريدة', 'المجلة', 'القناة', 'الإذاعة', 'التلفزيون', 'التلفاز', 'الراديو', 'الشبكة', 'الفريق', 'المنتخب', 'النادي',
  'الكونغرس', 'الكونجرس', 'الكنيست', 'البرلمان', 'الحلف',
]);

/**
 * Definite heads that a pair of adjectives alone names (المحكمة الجزائية
 * المتخصصة); companies need more, and armed groups with a pair of
 * adjectives are described, not named (المنظمة الانفصالية الإرهابية).
 */
const PAIR_HEADS = set([
  'المحكمة', 'اللجنة', 'الهيئة', 'المجلس', 'المديرية', 'المؤسسة', 'الجمعية', 'الرابطة', 'الاتحاد', 'الحزب', 'التيار', 'الجبهة',
  'المركز', 'المعهد', 'النيابة', 'الأكاديمية', 'المفوضية', 'الأمانة', 'الائتلاف', 'التحالف',
]);

/** Adjectives that specify a body without being relational: العليا، العامة، المتخصصة. */
const NAMING_ADJECTIVES = set([
  'العليا', 'الأعلى', 'العامة', 'العام', 'المتخصصة', 'المتخصص', 'الدائمة', 'الدائم', 'المستقلة', 'المستقل', 'المتحدة', 'الموحدة',
  'الموحد', 'الكبرى',
]);

/** Definite words that look relational but describe, point or tell time: الحالية، الثانية، المعنية. */
const NOT_ADJECTIVE = set([
  'الحالي', 'الحالية', 'الثاني', 'الثانية', 'الماضي', 'الماضية', 'المعني', 'المعنية', 'التالي', 'التالية', 'الذي', 'التي',
  'الرسمي', 'الرسمية', 'الحكومي', 'الحكومية', 'المحلي', 'المحلية', 'الأساسي', 'الأساسية', 'الرئيسي', 'الرئيسية', 'النهائي',
  'النهائية', 'الأولي', 'الأولية', 'الفعلي', 'الفعلية', 'الجنوبي', 'الجنوبية', 'الشمالي', 'الشمالية', 'الشرقي', 'الشرقية',
  'الغربي', 'الغربية',
  // a team's staff and the electric current (الجهاز الفني للفريق، التيار الكهربائي)
  'الفني', 'الفنية', 'الطبي', 'الطبية', 'الإداري', 'الكهربائي', 'الكهربائية',
  // the sponsor, the website: a role or the noun before the body (الشركة الراعية، موقع المديرية … الإلكتروني)
  'الراعي', 'الراعية', 'الإلكتروني', 'الإلكترونية',
  // what a group is called by its enemies describes it (المنظمة الانفصالية الإرهابية)
  'الإرهابي', 'الإرهابية', 'الانفصالي', 'الانفصالية', 'المتطرف', 'المتطرفة', 'المسلح', 'المسلحة', 'الإجرامي', 'الإجرامية',
]);

/** لل words after a body that open no complement of purpose: للمرة الأولى، للعام الثاني. */
const NOT_PURPOSE = set(['للمرة', 'للعام', 'للسنة', 'لليوم', 'للشهر', 'للأسبوع', 'للحظة', 'للغاية', 'للتو', 'للذين', 'للذي', 'للتي', 'للحصول']);

/** Indefinite heads that a construct noun and a place name (مديرية أمن الجيزة). */
const CONSTRUCT_PLACE_HEADS = set([
  'محكمة', 'مديرية', 'مصلحة', 'هيئة', 'مجلس', 'جامعة', 'غرفة', 'بلدية', 'نيابة', 'شرطة', 'وزارة', 'أمانة', 'نقابة', 'لجنة',
]);

/** Words that cannot be the construct noun between a head and a place: particles, adjectives, quantifiers. */
const NOT_CONSTRUCT = set([
  'في', 'من', 'على', 'إلى', 'عن', 'مع', 'بين', 'عند', 'لدى', 'منذ', 'حتى', 'بعد', 'قبل', 'كل', 'بعض', 'أي', 'غير', 'هذا', 'هذه',
  'ذلك', 'تلك', 'أمس', 'جديد', 'جديدة', 'خاص', 'خاصة', 'عام', 'عامة', 'واحد', 'واحدة', 'كبير', 'كبيرة', 'دولة', 'مدينة', 'محافظة',
]);

/** Heads before a quoted name (تنظيم "أجناد مصر"). */
const QUOTED_HEADS = set(['تنظيم', 'جماعة', 'حركة', 'جبهة', 'كتائب', 'لواء', 'ميليشيا', 'مليشيا', 'حزب', 'تيار', 'ائتلاف', 'تحالف']);
const QUOTE_PAIRS = new Map([['"', '"'], ['«', '»'], ['“', '”']]);

const MAX_ADJECTIVES = 3;
const MAX_NAME = 8;

/** «General» after a title (مدير عام). */
const GENERAL = set(['عام', 'العام']);

const ORGHEAD = categoryBit('orghead');
const TITLE = categoryBit('title');

/**
 * A definite relational adjective (الجزائية، الوطني) or a naming one
 * (العليا); not a plural of persons (اليمنيين), which is a noun of its own.
 */
function adjective(n: string): boolean {
  if (NAMING_ADJECTIVES.has(n)) return true;
  return n.startsWith('ال') && n.length >= 5 && /(ي|يه)$/.test(n) && !NOT_ADJECTIVE.has(n);
}

/** A definite noun that can close a complement: not a time or a relative word. */
function definiteNoun(n: string): boolean {
  return n.startsWith('ال') && n.length >= 4 && !NOT_ADJECTIVE.has(n) && !NAMING_ADJECTIVES.has(n) && /^\p{L}+$/u.test(n);
}

const letters = (n: string) => /^\p{L}+$/u.test(n);

/**
 * The end (exclusive) of a complement of purpose at k with what continues
 * it: للإغاثة، لحقوق الإنسان، للغذاء والدواء، للانتخابات البلدية.
 * Undefined when there is none.
 */
function purposeEnd(norms: readonly string[], free: (k: number) => boolean, k: number, gaz: Gazetteer): number | undefined {
  const w = norms[k];
  if (w === undefined || !free(k) || !letters(w) || NOT_PURPOSE.has(w)) return undefined;
  // الأمانة العامة للاتحاد، المجلس العام للمنظمة: a body of a body named before, a description
  if (((gaz.words.get(stripClitics(w).base) ?? 0) & ORGHEAD) !== 0) return undefined;
  let end: number;
  if (w.startsWith('لل') && w.length >= 5) end = k + 1;
  else if (w.startsWith('ل') && w.length >= 4 && free(k + 1) && definiteNoun(norms[k + 1] ?? '')) end = k + 2;
  else return undefined;
  // coordinated definite nouns (والدواء) and relational adjectives (البلدية، المدرسية); an
  // indefinite word after و is as often the next clause or another body (ويستمر، ومحافظة الطائف)
  while (end < norms.length && free(end)) {
    const n = norms[end] as string;
    if (adjective(n) || (n.startsWith('وال') && definiteNoun(n.slice(1)))) end++;
    else break;
  }
  return end;
}

/** The definite head of a body at i, without its proclitics, or undefined. */
function definiteHead(norm: string, gaz: Gazetteer): string | undefined {
  const base = stripClitics(norm).base;
  // للجنة is ل + اللجنة: the article's lam merged with the noun's
  const bare = /^[وف]/.test(norm) && norm.length >= 5 ? norm.slice(1) : norm;
  const merged = bare.startsWith('لل') ? 'ال' + bare.slice(1) : undefined;
  for (const h of [base, merged]) {
    if (h === undefined || !h.startsWith('ال') || NOT_HEAD.has(h)) continue;
    if (((gaz.words.get(h) ?? 0) & ORGHEAD) !== 0) return h;
  }
  return undefined;
}

/** The end of a body named by a definite head and adjectives at i (see the file comment), or undefined. */
function definiteBodyEnd(norms: readonly string[], free: (k: number) => boolean, i: number, gaz: Gazetteer): number | undefined {
  const head = definiteHead(norms[i] as string, gaz);
  if (head === undefined) return undefined;
  let k = i + 1;
  while (k - i <= MAX_ADJECTIVES && free(k) && adjective(norms[k] as string)) k++;
  const adjectives = k - i - 1;
  if (adjectives === 0) return undefined;
  const purpose = purposeEnd(norms, free, k, gaz);
  if (purpose !== undefined) return Math.min(purpose, i + MAX_NAME);
  // two adjectives, the first relational: المحكمة الجزائية المتخصصة (not العليا الجديدة)
  if (adjectives >= 2 && PAIR_HEADS.has(head) && !NAMING_ADJECTIVES.has(norms[i + 1] as string)) return k;
  return undefined;
}

/** The end of a body named by an indefinite head, a construct noun and a place at i, or undefined. */
function placeBodyEnd(norms: readonly string[], tags: readonly Label[], i: number): number | undefined {
  const n = norms[i] as string;
  if (!CONSTRUCT_PLACE_HEADS.has(n) && !CONSTRUCT_PLACE_HEADS.has(stripClitics(n).base)) return undefined;
  const noun = norms[i + 1];
  if (noun === undefined || tags[i + 1] !== 'O' || noun.startsWith('ال') || noun.length < 3 || !letters(noun)) return undefined;
  // بلدية بمدينة أبها: a preposition and a place, not a construct
  if (NOT_CONSTRUCT.has(noun) || NOT_CONSTRUCT.has(stripClitics(noun).base)) return undefined;
  if (tags[i + 2] !== 'B-LOC') return undefined;
  // a place of one or two words, then the name ends
  const end = tags[i + 3] === 'I-LOC' ? i + 4 : i + 3;
  return tags[end] === 'I-LOC' ? undefined : end;
}

/** The span (start, end exclusive) of a quoted name after a head whose words the tagger read partly as a place. */
function quotedPlaceName(words: readonly string[], norms: readonly string[], tags: readonly Label[], i: number): [number, number] | undefined {
  const n = norms[i] as string;
  if (!QUOTED_HEADS.has(n) && !QUOTED_HEADS.has(stripClitics(n).base)) return undefined;
  const close = QUOTE_PAIRS.get(words[i + 1] as string);
  if (close === undefined) return undefined;
  let k = i + 2;
  while (k < words.length && k - i - 2 < 4 && words[k] !== close) k++;
  if (words[k] !== close || k - i - 2 < 2) return undefined;
  const inner = tags.slice(i + 2, k);
  if (inner[0] !== 'O' || !inner.every((t) => t === 'O' || t === 'B-LOC' || t === 'I-LOC') || !inner.some((t) => t !== 'O')) return undefined;
  if (!words.slice(i + 2, k).every((w) => /^\p{L}+$/u.test(w))) return undefined;
  return [i + 2, k];
}

function mark(out: Label[], start: number, end: number): void {
  out[start] = 'B-ORG';
  for (let j = start + 1; j < end; j++) out[j] = 'I-ORG';
}

/**
 * Adds the ORG spans described in the file comment to a sentence's tags.
 * `norms` are the sentence's normalised words.
 */
export function bodyNameFill(words: readonly string[], norms: readonly string[], tags: readonly Label[], gaz: Gazetteer): Label[] {
  const out = tags.slice();
  const free = (k: number) => k < norms.length && out[k] === 'O';
  const isTitle = (k: number) => k >= 0 && ((gaz.words.get(stripClitics(norms[k] as string).base) ?? 0) & TITLE) !== 0;
  // رئيس مجلس …، مدير عام الإدارة العامة …: the body is part of a person's title, which the tagger reads with the person
  const titled = (k: number) => isTitle(k - 1) || (GENERAL.has(norms[k - 1] ?? '') && isTitle(k - 2));
  for (let i = 0; i + 1 < norms.length; i++) {
    if (out[i] !== 'O') continue;
    const quoted = quotedPlaceName(words, norms, out, i);
    if (quoted) {
      mark(out, quoted[0], quoted[1]);
      i = quoted[1];
      continue;
    }
    if (titled(i)) continue;
    const end = definiteBodyEnd(norms, free, i, gaz) ?? placeBodyEnd(norms, out, i);
    if (end === undefined) continue;
    if (norms.slice(i + 1, end).some((w) => ((gaz.words.get(w) ?? 0) & TITLE) !== 0)) continue;
    mark(out, i, end);
    i = end - 1;
  }
  return out;
}
