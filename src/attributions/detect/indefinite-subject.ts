/**
 * بيانات تظهر انكماش …، بيان رسمي تضمن نفيا …، مواطن يطالب بـ…، رأي ثالث يقول إن …: an indefinite
 * noun that can speak (a text or a person), with at most two indefinite adjectives, right before
 * a verb of saying is its subject even where the verb describes it (a relative clause without
 * الذي): the text or the person described is who says it. nominal-subject.ts leaves indefinite
 * heads out on purpose (… ثاني عسكري تعلن الإمارات وفاته); here the guards keep that case out:
 * - the verb has no subject of its own after it (a name, a role, a source word there is one);
 * - the verb agrees with the noun in gender (عسكري تعلن does not);
 * - the verb carries no object pronoun and no resumptive phrase after it (بيانا أكدت فيه, the
 *   owner of the statement speaks: subjects.ts objectOwner);
 * - the verb has no conjunction (ويشككون opens a clause of its own);
 * - the noun is no complement after من (بلاغا من مواطن يفيد: the notice speaks).
 */
import type { Token } from '../../core/types.js';
import type { Detection } from './context.js';
import { bareAt, isPunct, lineBreakBefore, norm, someoneAt, tok, verbAt, verbPronoun } from './lookups.js';
import { inSet } from './word-sets.js';
import type { Source } from './types.js';
import { analyseNP } from './noun-phrase.js';
import { resumptiveAt } from './subjects.js';

/** Texts that speak for their authors, besides the carrier nouns and unnamed sources of the lexicon. */
const TEXT_NOUNS = new Set(['بيانات', 'رساله', 'رسائل', 'تغريده', 'تغريدات', 'بحث', 'احصائيه', 'رأي', 'راي', 'اراء', 'دعوات', 'تعليق',
  'تعليقات', 'منشور', 'منشورات', 'لافته', 'لافتات', 'مقاطع', 'كتاب', 'مقاله', 'مقالات', 'دعوه', 'نداء', 'نداءات']);
/** People without a title who speak in the news (مواطن، مقيمة، امرأة). طالب is left out: it is a verb too. */
const PERSON_NOUNS = new Set(['مواطن', 'مواطنه', 'مقيم', 'مقيمه', 'امراه', 'رجل', 'شاب', 'شابه', 'فتاه', 'شخص', 'ابنه', 'سيده',
  'معلم', 'معلمه', 'موظف', 'موظفه', 'طبيب', 'طبيبه', 'مريض', 'مريضه', 'مسافر', 'سائق', 'مغرد', 'مغرده', 'ناشط', 'ناشطه', 'كاتب',
  'كاتبه', 'صحفي', 'صحفيه', 'اكاديمي', 'محام', 'محامي', 'لاعب', 'مشجع', 'زائر', 'عامل', 'عامله', 'تاجر', 'قارئ', 'قارئه', 'متابع',
  'مستخدم', 'مستخدمون', 'مشجعون', 'معارضون', 'مواطنات', 'عائله', 'اسره']);
/** Glued prepositions that may stand on the noun (ببيان رسمي، لمواطن): the phrase is then a genitive, still the speaker. */
const GLUED = /^[بل]/;
/** How many indefinite adjectives may follow the head. */
const MAX_ADJECTIVES = 2;

/** The head word at k, without a glued preposition when the bare word is a speaking noun. */
function speakingNoun(cx: Detection, k: number): string | undefined {
  const t = tok(cx, k);
  if (t?.kind !== 'word' || cx.mentionOf[k]) return undefined;
  const w = bareAt(cx, k);
  // رأي is spelled like the verb رأى: the lists of this module read it as the noun.
  const listed = (x: string): boolean => TEXT_NOUNS.has(x) || PERSON_NOUNS.has(x);
  const speaks = (x: string): boolean => listed(x) || (!verbAt(cx, k) && (inSet(cx.lex.carrierNouns, x) || inSet(cx.lex.anonymousHeads, x)));
  if (!w.startsWith('ال') && speaks(w)) return w;
  if (GLUED.test(w) && !w.startsWith('ال') && speaks(w.slice(1))) return w.slice(1);
  return undefined;
}

/** Common adjectives of a speaker or a text that are no relative adjectives in ي (دراسة جديدة، رأي ثالث). */
const ADJECTIVES = new Set(['جديد', 'جديده', 'حديث', 'حديثه', 'ثالث', 'ثالثه', 'ثان', 'ثانيه', 'اخر', 'اخري', 'اخير', 'اخيره', 'سابق', 'سابقه', 'واحد', 'واحده',
  'كبير', 'كبيره', 'صغير', 'صغيره', 'مجهول', 'مجهوله', 'عاجل', 'مسن', 'مسنه', 'غاضب', 'غاضبه', 'مشترك', 'مشتركه']);

/**
 * An indefinite adjective at k: a relative adjective (رسمي، عربي، أمريكية) or a listed one
 * (جديدة، ثالث); a noun in construct (جهات تمويل) is none, its phrase names no speaker.
 */
function indefiniteAdjective(cx: Detection, k: number): boolean {
  const w = norm(cx, k);
  return tok(cx, k)?.kind === 'word' && !w.startsWith('ال') && !cx.mentionOf[k] && !verbAt(cx, k) && w.length >= 3
    && (ADJECTIVES.has(w) || /..(ي|يه|يون|يين)$/.test(w)) && speakingNoun(cx, k) === undefined;
}

/** The gender the head shows: a singular in ة or a plural in ات (or a broken plural of texts) takes a feminine verb. */
function headGender(head: string): 'm' | 'f' | undefined {
  if (/(ه|ات)$/.test(head)) return 'f';
  if (PERSON_NOUNS.has(head) && !/(ون|ين)$/.test(head)) return 'm';
  return undefined;
}

/** The indefinite speaking noun phrase right before the verb at c0, or undefined. */
export function indefiniteSubject(cx: Detection, c0: number): Source | undefined {
  const v = verbAt(cx, c0);
  if (!v || v.participle || v.conjoined) return undefined;
  if ((tok(cx, c0)?.segments ?? []).some((g) => g.role === 'proclitic' && /^[وف]$/.test(g.form))) return undefined;
  if (verbPronoun(cx, c0, ['ه', 'ها', 'هم', 'هما'], true) !== undefined || resumptiveAt(cx, c0 + 1)) return undefined;
  // … عسكري تعلن الإمارات وفاته: the verb's own subject follows it.
  if (someoneAt(cx, c0 + 1) && !isPunct(cx, c0 + 1)) return undefined;
  let h = c0 - 1;
  let head: string | undefined;
  for (let n = 0; h >= 0 && n <= MAX_ADJECTIVES; n++, h--) {
    if (lineBreakBefore(cx, h + 1)) return undefined;
    head = speakingNoun(cx, h);
    if (head !== undefined || !indefiniteAdjective(cx, h)) break;
  }
  // بلاغا من مواطن يفيد: the person after من is where a notice came from; the notice speaks (notice-subject.ts).
  if (head === undefined || norm(cx, h - 1) === 'من') return undefined;
  const g = headGender(head);
  if (g !== undefined && v.gender !== undefined && g !== v.gender) return undefined;
  const np = analyseNP(cx, h, c0);
  // An indefinite noun names no one: the source is unnamed.
  const source = np && np.entity === undefined ? { ...np, kind: 'anonymous' as const } : np;
  // ببيان رسمي، لمواطن: the glued preposition is not part of the source.
  if (source?.start === (tok(cx, h) as Token).start && source.entity === undefined && head !== bareAt(cx, h)) source.start += 1;
  // والمواطن، فمصدر: a conjunction is not part of it either.
  if (source?.start === (tok(cx, h) as Token).start && source.entity === undefined && /^[وف]/.test(norm(cx, h)) && !/^[وف]/.test(head)) source.start += 1;
  return source;
}
