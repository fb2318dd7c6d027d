/**
 * يَعتبر، تَعتبر «considers» and يُعتبر، تُعتبر «is considered» share their unvowelled spelling.
 * The passive describes a thing with a predicate (وتعتبر الجزيرة أول جزيرة اصطناعية، هذه الخطوة
 * تعتبر استراتيجية خاصة، يعتبر الأمر معقدا، ويعتبر المشروع أحد أهم الطموحات، تعتبر بمثابة …);
 * no one speaks. The syntax tells it: a predicate right after the verb, or a subject that is no
 * speaker followed by one, and no أن-clause (يعتبر الوزير أن …، ويعتبر مراقبون أن … stay).
 */
import type { VerbCue } from '../lexicon.js';
import type { Detection } from './context.js';
import { bareAt, isComma, isPunct, isQuoteOpen, norm, normLemma, sentenceEnd, someoneAt, tok, verbAt } from './lookups.js';

/** The forms of اعتبر with no object pronoun (normalised): only these can be the passive. */
const CONSIDER_FORMS = /^[وف]?[يت]عتبر(ون|ان)?$/;
/** Superlatives and ordinals that open a predicate (أكبر، أول، الأولى), normalised, without ال. */
const ELATIVES = new Set(['اكثر', 'اكبر', 'اهم', 'افضل', 'اول', 'اولي', 'اقدم', 'احدث', 'اعلي', 'اقل', 'ابرز', 'اخطر', 'اسوا', 'ارخص',
  'اغلي', 'اسرع', 'اطول', 'اجمل', 'اصغر', 'اقوي', 'اشهر', 'اضخم', 'انجح', 'اعظم', 'اوسع', 'اقرب', 'اصعب', 'اسهل', 'امثل', 'ثاني', 'ثالث']);
/** «one of» and «as» (أحد، إحدى، واحدة من، بمثابة) and the pronoun of a nominal predicate (هو المؤشر). */
const PREDICATE_WORDS = new Set(['احد', 'احدي', 'واحد', 'واحده', 'واحدا', 'بمثابه', 'هو', 'هي', 'هم']);
/** Words in ا that are no predicate: particles and adverbs (هذا، إذا، أيضا، نظراً لـ، سنويا). */
const NOT_ACCUSATIVE = new Set(['هذا', 'ايضا', 'كذا', 'لذا', 'اذا', 'اما', 'انما', 'كما', 'بينما', 'فيما', 'ربما', 'طالما', 'عندما',
  'لما', 'حينما', 'مثلما', 'كلما', 'حاليا', 'سابقا', 'لاحقا', 'حيثما', 'ذا', 'انا', 'نظرا', 'وفقا', 'طبقا', 'تبعا', 'خصوصا', 'عموما',
  'سنويا', 'يوميا', 'شهريا', 'جدا', 'دائما', 'غالبا', 'احيانا', 'كثيرا', 'قليلا', 'مثلا', 'اصلا', 'تقريبا', 'فضلا', 'اساسا', 'حتما',
  'رسميا', 'مجددا', 'مسبقا', 'اخيرا', 'قريبا', 'فعلا', 'اولا', 'ثانيا', 'ثالثا', 'عاما', 'يوما', 'شهرا']);
const DEMONSTRATIVES = new Set(['هذه', 'هذا', 'تلك', 'ذلك', 'هؤلاء', 'هولاء', 'اولئك']);
/** How far after the verb a predicate is looked for. */
const REACH = 16;

/** An indefinite accusative noun or adjective (حدثاً، أمرا، مروريا): tanween, or a final ا on an indefinite word. */
function accusativeAt(cx: Detection, k: number): boolean {
  const t = tok(cx, k);
  if (!t || t.kind !== 'word' || cx.mentionOf[k] !== undefined || tok(cx, k - 1)?.kind === 'number') return false;
  const w = bareAt(cx, k);
  if (NOT_ACCUSATIVE.has(w)) return false;
  if (cx.text.slice(t.start, t.end).includes('\u064B')) return true;
  return w.length >= 4 && w.endsWith('ا') && !w.startsWith('ال') && verbAt(cx, k) === undefined;
}

/** Short words that open no predicate noun (في، كل، بعض، هناك). */
const FUNCTION_WORDS = new Set(['في', 'علي', 'من', 'الي', 'عن', 'مع', 'بين', 'لا', 'لم', 'لن', 'قد', 'كل', 'غير', 'هناك', 'ما', 'اي',
  'ان', 'او', 'ثم', 'حتي', 'عند', 'بعد', 'قبل', 'منذ', 'خلال', 'نفسه', 'نفسها', 'ايضا', 'حاليا', 'كذلك', 'دائما', 'فقط']);

/** An indefinite noun (مبادئ، مقربة، نقلة): no article, no name, no particle, no quantifier (كثير، عدد). */
function indefiniteAt(cx: Detection, k: number): boolean {
  const t = tok(cx, k);
  const w = bareAt(cx, k);
  return t?.kind === 'word' && w.length >= 3 && !w.startsWith('ال') && cx.mentionOf[k] === undefined && !FUNCTION_WORDS.has(w)
    && !DEMONSTRATIVES.has(w) && !cx.lex.quantifierHeads.has(w) && verbAt(cx, k) === undefined;
}

/** An elative, with or without ال (أكثر، الأولى). */
function elativeAt(cx: Detection, k: number): boolean {
  const w = bareAt(cx, k);
  return ELATIVES.has(w.startsWith('ال') ? w.slice(2) : w);
}

/**
 * The predicate opening at k: «strong» (an accusative, بمثابة, هو) tells the passive even with
 * an أن-clause later (يعتبر الأمر معقدا … أن تسير); «weak» (أحد، أكبر، من أهم) also opens a
 * subject (يعتبر أحد الخبراء أن …، يعتبر أكثر المحللين أن …), so it needs no أن-clause at all.
 */
function predicateAt(cx: Detection, k: number): 'strong' | 'weak' | undefined {
  const w = bareAt(cx, k);
  if (w === 'بمثابه' || w === 'هو' || w === 'هي' || w === 'هم' || accusativeAt(cx, k)) return 'strong';
  if (PREDICATE_WORDS.has(w) || elativeAt(cx, k)) return 'weak';
  // من أهم، من بين، من الأدوات: «among».
  if (w === 'من' && (elativeAt(cx, k + 1) || norm(cx, k + 1) === 'بين' || norm(cx, k + 1).startsWith('ال'))) return 'weak';
  return undefined;
}

/** The first word at or after k, past quotation marks. */
function pastQuotes(cx: Detection, k: number): number {
  while (isQuoteOpen(cx, k) !== undefined || /^[»”"']$/.test(norm(cx, k))) k++;
  return k;
}

/** Whether the word at k may head a speaker: a name, a role, an outlet, a human plural (النصراويون). */
function speakerLike(cx: Detection, k: number): boolean {
  if (DEMONSTRATIVES.has(bareAt(cx, k))) k++;
  // تعتبر الدكتورة مروة …: a title before a person's name.
  return someoneAt(cx, k) || cx.mentionOf[k + 1]?.type === 'PER' || /(ون|يين)$/.test(bareAt(cx, k));
}

/** A predicate opens right after the verb at c1 (اعتُبر الأكثر دموية، اعتبر أحد أهم …): the passive. */
export function predicateRightAfter(cx: Detection, c1: number): boolean {
  return predicateAt(cx, pastQuotes(cx, c1)) !== undefined;
}

/** Whether the verb cue [c0, c1) of `cue` is the passive يُعتبر «is considered» (see the file's comment). */
export function consideredAt(cx: Detection, c0: number, c1: number, cue: VerbCue | undefined): boolean {
  if (!cue || cue.participle || normLemma(cue) !== 'اعتبر' || !CONSIDER_FORMS.test(norm(cx, c1 - 1))) return false;
  const se = sentenceEnd(cx, c1);
  const first = pastQuotes(cx, c1);
  // Where the verb's clause ends, and whether an أن-clause is in it (a comma may set off an aside).
  let end = first;
  let that = false;
  while (end < se && end - c1 <= REACH && !(isPunct(cx, end) && !isComma(cx, end) && !/^[«»“”"']$/.test(norm(cx, end)))) {
    if (cx.complementizers.has(norm(cx, end))) {
      that = true;
      break;
    }
    end++;
  }
  const opened = predicateAt(cx, first);
  if (opened === 'strong' || (opened === 'weak' && !that)) return true;
  // التي تعتبر مبادئ توجيهية، شبكة تعتبر مقربة من …: an indefinite noun right after the verb,
  // no speaker and no أن-clause after it, is the predicate (مراقبون، مصادر are speakers).
  if (!that && indefiniteAt(cx, first) && !speakerLike(cx, first)) return true;
  // يعتبرون الاتفاق أكبر خطأ: a plural verb carries its subject, the noun after it is the object.
  if (/(ون|ان)$/.test(norm(cx, c1 - 1))) return false;
  // الوزير يعتبر الاتفاق أكبر إنجاز: after a speaker the noun is the object.
  if (someoneAt(cx, c0 - 1) || speakerLike(cx, first)) return false;
  for (let k = first + 1; k < end; k++) {
    const p = predicateAt(cx, k);
    if (p === 'strong' || (p === 'weak' && !that)) return true;
  }
  return false;
}
