/**
 * Organisations named by what they are: a head noun that only ever names an
 * institution or an armed body, followed by its definite complement —
 * وزارة الداخلية، مجلس الوزراء، هيئة حقوق الإنسان، قوات الطوارئ، المليشيات
 * الحوثية، الجيش الوطني. News refers to most bodies this way, without a
 * proper name the tagger could learn; ANERcorp, the tagger's training data,
 * leaves many of them untagged, so this runs only in the analysis (like
 * the gazetteer fill-in), never for `ner --conll`.
 */
import { stripClitics } from './affixes.js';
import { categoryBit, type Gazetteer } from './gazetteer.js';
import type { Label } from './labels.js';
import { normaliseString } from '../../text/normalise/normalise.js';

const set = (words: string[]) => new Set(words.map((w) => normaliseString(w)));

/** Heads (indefinite, in construct) that name an institution when a definite noun follows. */
const INSTITUTION_HEADS = set([
  'وزارة', 'وزارتي', 'مجلس', 'هيئة', 'مؤسسة', 'وكالة', 'منظمة', 'نقابة', 'محكمة', 'بلدية', 'أمانة', 'رئاسة',
  'مفوضية', 'سفارة', 'قنصلية', 'جامعة', 'لجنة', 'ديوان', 'مصلحة', 'دائرة', 'مديرية', 'جمعية', 'اتحاد', 'غرفة',
  'إدارة', 'جهاز', 'مكتب', 'هيئات',
]);

/**
 * Heads of armed bodies: قوات الأمن المصرية، ميليشيات الحوثي، كتائب القسام.
 * Generic forces (قوات الأمن، قوات أمنية) are no party of their own: a force
 * is a name only with a nationality or a name-like adjective in it.
 */
const FORCE_HEADS = set(['قوات', 'ميليشيات', 'مليشيات', 'ميليشيا', 'مليشيا', 'كتائب', 'سرايا', 'ألوية', 'لواء', 'فرقة']);

/** Definite armed bodies that a following adjective makes a name of: الجيش الوطني، المليشيات الحوثية. */
const DEFINITE_FORCE_HEADS = set(['الجيش', 'الميليشيات', 'المليشيات', 'الميليشيا', 'المليشيا', 'القوات', 'الشرطة', 'الحرس']);

/** Definite words that never complement a head as its name: times, demonstratives, relatives, quantifiers. */
const NOT_COMPLEMENT = set([
  'الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اليوم', 'الأمس', 'الماضي', 'المقبل', 'الحالي', 'الجاري', 'الأخير', 'الأخيرة',
  'الأول', 'الأولى', 'الثاني', 'الثانية', 'الآن', 'الكل', 'البعض', 'الجديد', 'الجديدة', 'نفسه', 'نفسها', 'ذاته', 'ذاتها',
  'المذكور', 'المذكورة', 'المعنية', 'المعني', 'المختصة', 'المختص', 'المسؤولة', 'المسؤول', 'العام', 'العامة',
  // affiliated, loyal, backed: what follows is another party (ميليشيا المتمردين التابعين لـ…)
  'التابع', 'التابعة', 'التابعين', 'التابعون', 'الموالي', 'الموالية', 'الموالين', 'الموالون', 'المدعوم', 'المدعومة', 'المدعومين',
  'المتحالفة', 'المتحالفين', 'المشتركة', 'المشترك',
]);

/** Adjectives of armed bodies that make a name of a definite head (beside nationality adjectives). */
const FORCE_ADJECTIVES = set(['الوطني', 'الحر', 'الشعبي', 'الحوثية', 'الحوثي', 'الشيعية', 'المسلحة', 'الخاصة', 'الثوري', 'الانفصالية', 'الموالية', 'النظامي', 'الإسرائيلي', 'الإسرائيلية']);

/** Parties whose forces are a party of their own (قوات التحالف، قوات الاحتلال، قوات النظام). */
const FORCE_OWNERS = set(['التحالف', 'الاحتلال', 'النظام', 'المعارضة', 'الشرعية', 'الحوثي', 'الحوثيين']);

const MAX_COMPLEMENT = 3;

/**
 * Definite heads of bodies named by adjectives and a complement with ل:
 * الهيئة الإسلامية العالمية للمحامين، المنظمة العربية لحقوق الإنسان.
 */
const DEFINITE_INSTITUTION_HEADS = set([
  'الهيئة', 'المنظمة', 'الجمعية', 'الرابطة', 'اللجنة', 'المجلس', 'الاتحاد', 'المركز', 'المرصد', 'الحركة', 'الجبهة', 'الشبكة', 'المؤسسة',
]);

/** Diplomatic missions: القنصلية الإندونيسية، السفارة الأمريكية — the mission of the state of the nisba. */
const MISSION_HEADS = set(['القنصلية', 'السفارة', 'القنصلية العامة']);

/** Heads of movements, a name only with a complement of purpose (حركة النضال العربي لتحرير الأحواز). */
const MOVEMENT_HEADS = set(['حركة', 'جبهة']);

/** Words that cannot open a construct complement: particles, numbers' words, pronouns. */
const CONSTRUCT_NOT = set(['في', 'من', 'على', 'إلى', 'عن', 'مع', 'بين', 'عند', 'لدى', 'منذ', 'حتى', 'بعد', 'قبل', 'كل', 'بعض', 'أي', 'غير',
  'هذا', 'هذه', 'ذلك', 'تلك', 'أمس', 'اليوم', 'جديد', 'جديدة', 'خاص', 'خاصة', 'عام', 'عامة', 'واحد', 'واحدة', 'كبير', 'كبيرة']);

/** Heads that are as often a verbal noun (إدارة الأزمة: managing the crisis): only with a definite complement. */
const CONSTRUCT_HEADS_NOT = set(['إدارة', 'جهاز', 'رئاسة', 'أمانة']);

/** A definite word that can continue a name: ال… or وال… (coordinated), not a time or a pronoun. */
function definite(n: string): boolean {
  const w = n.startsWith('وال') ? n.slice(1) : n;
  return w.startsWith('ال') && w.length >= 4 && !NOT_COMPLEMENT.has(w);
}

/** A word that continues a complement: a coordinated definite noun or a relational adjective (المائية، الوطني). */
function continues(n: string): boolean {
  return definite(n) && (n.startsWith('وال') || /(ي|يه|يين|يون)$/.test(n));
}

/** A relational adjective continuing a definite name: الإسلامية، العالمية، العربي. */
function relational(n: string): boolean {
  return n.startsWith('ال') && n.length >= 5 && /(ي|يه|يين|يون)$/.test(n) && !NOT_COMPLEMENT.has(n);
}

/**
 * The end (exclusive) of a complement of purpose or of members at k: للمحامين،
 * لحقوق الإنسان، لتحرير الأحواز; undefined when there is none. The last
 * word may be a place the tagger marked (الأحواز).
 */
function purposeEnd(norms: readonly string[], tags: readonly Label[], k: number): number | undefined {
  const w = norms[k];
  if (w === undefined || tags[k] !== 'O') return undefined;
  if (w.startsWith('لل') && w.length >= 5) return k + 1;
  if (!w.startsWith('ل') || w.length < 4 || !/^\p{L}+$/u.test(w)) return undefined;
  const next = norms[k + 1];
  if (next === undefined || !next.startsWith('ال') || next.length < 4 || NOT_COMPLEMENT.has(next)) return undefined;
  const tag = tags[k + 1] as Label;
  if (tag !== 'O' && !(tag === 'B-LOC' && tags[k + 2] !== 'I-LOC')) return undefined;
  return k + 2;
}

/**
 * Bodies named by a definite head and adjectives (الهيئة الإسلامية العالمية
 * للمحامين), missions named by a nisba (القنصلية الإندونيسية) and movements
 * named with a complement of purpose (حركة النضال العربي لتحرير الأحواز):
 * the end (exclusive) of the name starting at i, or undefined.
 */
function namedBodyEnd(norms: readonly string[], tags: readonly Label[], i: number, isNisba: (w: string) => boolean): number | undefined {
  const n = norms[i] as string;
  const base = stripClitics(n).base;
  const free = (k: number) => k < norms.length && tags[k] === 'O';
  if (MISSION_HEADS.has(base) && free(i + 1) && isNisba(norms[i + 1] as string)) return i + 2;
  if (DEFINITE_INSTITUTION_HEADS.has(base)) {
    let k = i + 1;
    while (k < norms.length && k - i <= 3 && free(k) && relational(norms[k] as string)) k++;
    if (k === i + 1) return undefined;
    return purposeEnd(norms, tags, k);
  }
  if (MOVEMENT_HEADS.has(n) || MOVEMENT_HEADS.has(base)) {
    if (!free(i + 1) || !definite(norms[i + 1] as string) || (norms[i + 1] as string).startsWith('وال')) return undefined;
    let k = i + 2;
    while (k < norms.length && k - i <= 3 && free(k) && relational(norms[k] as string)) k++;
    return purposeEnd(norms, tags, k);
  }
  return undefined;
}

/**
 * Adds ORG spans for institutions and armed bodies named by a head and its
 * definite complement, where every token of the span is untagged. `norms`
 * are the sentence's words as the normaliser writes them (the caller's, so
 * a sentence is normalised once).
 */
export function descriptionFill(norms: readonly string[], tags: readonly Label[], gaz: Gazetteer): Label[] {
  const out = tags.slice();
  const nisba = categoryBit('nisba');
  const title = categoryBit('title');
  const is = (w: string, bit: number) => ((gaz.words.get(w) ?? 0) & bit) !== 0;
  for (let i = 0; i + 1 < norms.length; i++) {
    if (out[i] !== 'O' || out[i + 1] !== 'O') continue;
    const named = namedBodyEnd(norms, out, i, (w) => is(w, nisba));
    if (named !== undefined && !norms.slice(i + 1, named).some((w) => is(w, title))) {
      out[i] = 'B-ORG';
      for (let j = i + 1; j < named; j++) out[j] = 'I-ORG';
      i = named - 1;
      continue;
    }
    const n = norms[i] as string;
    const base = stripClitics(n).base;
    const isHead = (heads: ReadonlySet<string>) => heads.has(n) || heads.has(base);
    const force = isHead(FORCE_HEADS);
    const institution = !force && isHead(INSTITUTION_HEADS);
    const definiteForce = !force && !institution && isHead(DEFINITE_FORCE_HEADS);
    if (!force && !institution && !definiteForce) continue;
    // رئيس مجلس الوزراء خالد بحاح: the body is part of a person's title
    if (i > 0 && (is(norms[i - 1] as string, title) || is(stripClitics(norms[i - 1] as string).base, title))) continue;
    let end: number;
    if (definiteForce) {
      const adj = norms[i + 1] as string;
      if (!FORCE_ADJECTIVES.has(adj) && !is(adj, nisba)) continue;
      end = i + 2;
    } else {
      const first = norms[i + 1] as string;
      if (definite(first) && !first.startsWith('وال')) end = i + 2;
      // هيئة حقوق الإنسان، نقابة سائقي المترو: a construct noun, then the definite one
      else if (institution && !CONSTRUCT_NOT.has(first) && first.length >= 3 && /^\p{L}+$/u.test(first) && !CONSTRUCT_HEADS_NOT.has(base)
        && i + 2 < norms.length && out[i + 2] === 'O' && definite(norms[i + 2] as string) && !(norms[i + 2] as string).startsWith('وال')) end = i + 3;
      else continue;
      // وزارة الموارد المائية والري، قوات الأمن المصرية: further coordinated nouns and adjectives;
      // a nationality closes the name (… المصرية القبض: the object of the verb)
      while (end < norms.length && end - i - 1 < MAX_COMPLEMENT && out[end] === 'O' && continues(norms[end] as string)) {
        end++;
        if (is(norms[end - 1] as string, nisba)) break;
      }
      if (force && !norms.slice(i + 1, end).some((w) => FORCE_ADJECTIVES.has(w) || FORCE_OWNERS.has(w) || is(w, nisba))) continue;
    }
    // جامعة الملك سعود، مكتب الرئيس: a title in the complement belongs to a name the tagger reads
    if (norms.slice(i + 1, end).some((w) => is(w, title))) continue;
    out[i] = 'B-ORG';
    for (let j = i + 1; j < end; j++) out[j] = 'I-ORG';
    i = end - 1;
  }
  return out;
}
