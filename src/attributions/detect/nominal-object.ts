/**
 * A nominal object standing for what was said, after a verb of saying and its written subject,
 * where the subject's phrase does not lead straight to it: a verbal noun with the speaker's
 * pronoun (أكد المهاجم الدولي الكسندر لاكازيت رغبته في البقاء), one past a time word
 * (أعلن رئيس الوزراء بنيامين نتانياهو الأربعاء الموافقة على بناء …) or past a frame phrase
 * (كما أكد مجلس أوروبا مؤخرا دعمه للديمقراطية).
 */
import type { VerbCue } from '../lexicon.js';
import type { Detection } from './context.js';
import {
  bareAt, isComma, isPunct, isQuoteOpen, isRelative, norm, normLemma, opensClause, quantifiedDefinite, roleOf, someoneAt, tok, verbAt,
} from './lookups.js';
import { definiteVerbalNoun, introducerAhead, ownedVerbalNoun, verbalNounShape } from './frame-parts.js';
import { ALIF_ADVERBS, bare, BARE_PREPOSITIONS, CLAUSE_PARTICLES, COLONS, inSet, MONTHS, PREP_PRONOUN, SHORT_VERBAL_NOUNS, TIME_WORDS } from './word-sets.js';
import type { VerbCueState } from './verb-cue-subject.js';
import { ownedMufaala } from './masdar-shapes.js';

/**
 * Verbal nouns that take the speaker's pronoun and that the shapes of ownedVerbalNoun miss
 * (رغبته، استعداده، تمسكه، قلقها، خطبتهما).
 */
const OWNED_NOUNS = new Set(['رغبه', 'استعداد', 'تمسك', 'ترحيب', 'تضامن', 'قلق', 'ثقه', 'امل', 'بقاء', 'موافقه', 'مشاركه', 'مطالبه',
  'استقاله', 'استياء', 'تحفظ', 'تقدير',
  // Events of one's own life that are announced (أعلنا خطبتهما، أعلن زواجه، أعلنت ترشحها).
  'خطبه', 'زواج', 'طلاق', 'ترشح']);
/**
 * Verbs of announcing: any definite or possessed noun past a time word is what they made known
 * (أعلن الحزب، أمس، الجدول الزمني، أعلن المهرجان أمس الأول برنامجه).
 */
const ANNOUNCING = new Set(['اعلن', 'كشف']);
/** How many time words and commas may stand between the subject and the object. */
const TIME_REACH = 5;
/** How far past the subject a frame phrase may run before a possessed verbal noun (في بيان، في اليوم ذاته). */
const FRAME_REACH = 10;
/** Words after which a possessed verbal noun is the frame's, not the object (خلال استقباله، في تصريحه، عقب لقائه). */
const FRAME_HEADS = new Set([...BARE_PREPOSITIONS, 'خلال', 'لدي', 'عقب', 'اثناء', 'بعد', 'قبل', 'اثر', 'امام', 'علي', 'بمناسبه', 'حسب', 'بحسب', 'وفق']);
/** A time word's adjectives (السبت المقبل، أمس الأول): part of the time, no object. */
const TIME_ADJECTIVES = new Set(['الاول', 'المقبل', 'المقبله', 'القادم', 'القادمه', 'الماضي', 'الماضيه', 'الجاري', 'الحالي']);

/** رغبته، انفصالهما، استعدادها: a verbal noun with a possessive pronoun (no ة, no article). */
export function ownedObject(cx: Detection, j: number): boolean {
  if (ownedVerbalNoun(cx, j)) return true;
  const t = tok(cx, j);
  if (!t || t.kind !== 'word' || cx.mentionOf[j]) return false;
  const raw = cx.text.slice(t.start, t.end).replace(/[\u064B-\u0652]/g, '');
  const m = /^(.{2,}?)(ه|ها|هم|هما)$/.exec(t.norm);
  if (!m || !/(ه|ها|هم|هما)$/.test(raw)) return false;
  const stem = (m[1] as string).replace(/ت$/, 'ه');
  return OWNED_NOUNS.has(stem) || ownedMufaala(cx, j);
}

/** برنامجه، قائمتها: a noun with a possessive pronoun (not a preposition's: عنه، فيها). */
function ownedNoun(cx: Detection, j: number): boolean {
  const t = tok(cx, j);
  if (!t || t.kind !== 'word' || t.norm.length < 5 || bare(t.norm).startsWith('ال') || PREP_PRONOUN.test(t.norm)) return false;
  return /(ه|ها|هم|هما)$/.test(cx.text.slice(t.start, t.end).replace(/[\u064B-\u0652]/g, ''));
}

/**
 * The word at k completes a verbal noun in construct before it: a definite noun, a name, a
 * noun with a possessive pronoun (استدعاء سفيرها) or a quantifier over a definite noun
 * (سلامة جميع الوصلات).
 */
export function genitiveAt(cx: Detection, k: number): boolean {
  if (tok(cx, k)?.kind !== 'word') return false;
  const w = norm(cx, k);
  if (bare(w).startsWith('ال') || cx.mentionOf[k]?.first === k) return true;
  if (cx.lex.quantifierHeads.has(w)) return quantifiedDefinite(cx, k);
  // أبحاثه ودراساته: a noun joined by و is a second conjunct, no genitive.
  return ownedNoun(cx, k) && !/^[وف]/.test(w) && !verbAt(cx, k) && !inSet(cx.lex.roles, w);
}

/** The subject's phrase can end before j: a definite word, the end of a name, a closing quote. */
export function subjectEndsBefore(cx: Detection, j: number): boolean {
  const p = norm(cx, j - 1);
  const m = cx.mentionOf[j - 1];
  return bare(p).startsWith('ال') || (m !== undefined && m.last === j) || p === '»' || p === '”';
}

/**
 * After a whole subject, a verbal noun with the speaker's pronoun is the object of a verb that
 * takes its content as object (أكد لاكازيت رغبته، أعلنت ميس بيغي والضفدع كيرميت انفصالهما).
 */
export function ownedObjectAfterSubject(cx: Detection, st: VerbCueState, j: number): boolean {
  const { c0, cue, negated, opts, npStart } = st;
  if (j < npStart || negated || opts.forced || !cue || cue.participle || !(cue.objectContent || cue.stance === 'deny')) return false;
  // اللاعب الذي أكد نيته إكمال عقده، وأعلن حرصه على …: right after a verb that opens its clause
  // the pronoun is the unwritten subject's.
  const before = j === npStart ? opensClauseOrRelative(cx, c0, cue) : subjectEndsBefore(cx, j);
  return before && ownedObject(cx, j) && !inSet(cx.lex.roles, norm(cx, j)) && !introducerAhead(cx, j);
}

/** The verb at c0 opens its clause, or a relative clause (اللاعب الذي أكد نيته). */
function opensClauseOrRelative(cx: Detection, c0: number, cue: VerbCue): boolean {
  return opensClause(cx, c0, cue) || isRelative(cx, c0 - 1);
}

/**
 * Past the subject and a time word (الأربعاء، أمس، اليوم الخميس), with or without commas, the
 * object standing for what was said: a verbal noun (نية بلاده، الموافقة على) or, after a verb of
 * announcing, any definite noun (الجدول الزمني). Returns its token, or -1.
 */
export function objectPastTime(cx: Detection, st: VerbCueState): number {
  const { c0, cue, negated, opts, se, npStart, npEnd, objectAt } = st;
  if (!cue || negated || opts.forced || cue.participle || !cue.objectContent || npEnd <= npStart || objectAt >= 0) return -1;
  // The subject itself ends like a subject (وزير الخارجية، محمد خوداكرامي), not inside a clause.
  if (!subjectEndsBefore(cx, npEnd) || !opensClauseOrRelative(cx, c0, cue)) return -1;
  // المبعوث الأممي يعلن استئناف حوار الصخيرات الإثنين: a verbal noun after the verb is its
  // object already, no subject.
  const someone = cx.mentionOf[npStart] !== undefined || roleOf(cx, norm(cx, npStart)) !== undefined || inSet(cx.lex.anonymousHeads, norm(cx, npStart));
  if (!someone && (verbalNounShape(cx, npStart) || ownedObject(cx, npStart))) return -1;
  let k = npEnd;
  let times = 0;
  while (k < se && k - npEnd < TIME_REACH && (isComma(cx, k) || TIME_WORDS.has(norm(cx, k)) || TIME_ADJECTIVES.has(norm(cx, k)) || MONTHS.has(norm(cx, k)) || tok(cx, k)?.kind === 'number')) {
    if (TIME_WORDS.has(norm(cx, k))) times++;
    k++;
  }
  // وقال الوزير، أمس: …: a colon, a quotation or أن after the time belongs to the frame.
  if (times === 0 || k >= se || tok(cx, k)?.kind !== 'word' || isQuoteOpen(cx, k) || COLONS.has(norm(cx, k)) || cx.complementizers.has(norm(cx, k))) return -1;
  if (tok(cx, k + 1) === undefined || introducerAhead(cx, k)) return -1;
  const w = norm(cx, k);
  if (cx.mentionOf[k] || roleOf(cx, w) !== undefined || cx.lex.rankTitles.has(w) || inSet(cx.lex.anonymousHeads, w) || verbAt(cx, k)
    || cx.lex.npStops.has(w) || cx.lex.demonstratives.has(w)) return -1;
  const deny = cue.stance === 'deny';
  const definite = bare(w).startsWith('ال') && w.length > 4;
  const object = verbalNounShape(cx, k, deny) || ownedObject(cx, k) || definiteVerbalNoun(cx, k) || (definite && /^الم.ا..ه$/.test(w))
    || ((definite || ownedNoun(cx, k)) && ANNOUNCING.has(normLemma(cue)));
  return object && c0 < k ? k : -1;
}

/**
 * وأعلن الموافقة على …، وأعلن كذلك البدء في …: with the subject unwritten, a definite verbal noun
 * of the shape المفاعلة or a short one, followed by its own preposition, right after a verb of
 * announcing is its object. Other shapes stay subjects (كشف التحقيق، أعلن الاجتماع), and so
 * does a noun before عن, the verb's own preposition (أعلنت المنظمة عن).
 */
export function definiteObjectAfterVerb(cx: Detection, st: VerbCueState, j: number): boolean {
  const { c0, cue, negated, opts, npStart } = st;
  if (j !== npStart || negated || opts.forced || !cue || cue.participle || !ANNOUNCING.has(normLemma(cue)) || !opensClause(cx, c0, cue)) return false;
  const w = norm(cx, j);
  if (tok(cx, j)?.kind !== 'word' || cx.mentionOf[j] || someoneAt(cx, j) || !/^(علي|من|في|ب|الي)$/.test(norm(cx, j + 1))) return false;
  // وأعلنت المحافظة على لسان متحدثها أن …: with أن close ahead the noun is the subject (a
  // quotation after the preposition is the object's: الموافقة على «التخطيط»).
  return (/^الم.ا..ه$/.test(w) || (w.startsWith('ال') && SHORT_VERBAL_NOUNS.has(w.slice(2)))) && !thatAhead(cx, j);
}

/** أن or a colon within a few words after j, before a verb or a comma. */
function thatAhead(cx: Detection, j: number): boolean {
  for (let k = j + 1; k < Math.min(cx.tokenCount, j + 6); k++) {
    const w = norm(cx, k);
    if (cx.complementizers.has(w) || COLONS.has(w)) return true;
    if (verbAt(cx, k) || isComma(cx, k) || isPunct(cx, k) && !isQuoteOpen(cx, k) && w !== '»' && w !== '”' && w !== '"') return false;
  }
  return false;
}

/**
 * أعلن النادي … في مدينة X بالقصيم الانتهاء من …: past a phrase of place, a definite verbal noun
 * with its preposition is what a verb of announcing made known. The word before it must close
 * a phrase (a definite word or a name): after an indefinite noun it is a genitive (في مؤتمر
 * الاستثمار في …).
 */
function announcedPastPlace(cx: Detection, cue: VerbCue, k: number): boolean {
  if (!ANNOUNCING.has(normLemma(cue)) || !definiteVerbalNoun(cx, k) || !/^(علي|من|في|ب|الي)$/.test(norm(cx, k + 1))) return false;
  const before = norm(cx, k - 1);
  return !FRAME_HEADS.has(before) && (/^(ال|بال|لل)/.test(bare(before)) || cx.mentionOf[k - 1]?.last === k) && !thatAhead(cx, k);
}

/** Nouns of kin that speak for a person or a family (عائلة الضحية، أسرة فلان، والد الطفل). */
const KIN_HEADS = new Set(['عائله', 'اسره', 'اهل', 'ذوو', 'ذوي', 'والد', 'والده', 'شقيق', 'شقيقه', 'اقارب', 'ابناء']);

/** عائلة الضحية، أسرة X: a noun of kin in construct with a definite noun or a name names people who speak. */
function kinOf(cx: Detection, k: number): boolean {
  const w = norm(cx, k);
  // Not bare(): والد begins with a letter that is no conjunction.
  if (!(KIN_HEADS.has(w) || (/^[وف]/.test(w) && KIN_HEADS.has(w.slice(1)))) || tok(cx, k + 1)?.kind !== 'word') return false;
  return bareAt(cx, k + 1).startsWith('ال') || cx.mentionOf[k + 1]?.first === k + 1;
}

/** أيضا، كذلك، مجددا: an adverb between the subject's frame and the object. */
function frameAdverb(w: string): boolean {
  return ALIF_ADVERBS.has(w) || ALIF_ADVERBS.has(bare(w)) || w === 'كذلك';
}

/**
 * Past the subject and a frame phrase (في بيان، في اليوم ذاته، عبر حسابه), a verbal noun with the
 * speaker's pronoun is the object (أكدت اللجنة التنفيذية في اليوم ذاته مساندتها …); one right
 * after a preposition or خلال belongs to the frame (في تصريحه، خلال استقباله). Returns its token, or -1.
 */
export function ownedObjectPastFrame(cx: Detection, st: VerbCueState): number {
  const { cue, negated, opts, se, npStart, npEnd, objectAt } = st;
  if (!cue || negated || opts.forced || cue.participle || !cue.objectContent || npEnd <= npStart || objectAt >= 0) return -1;
  // تعلن رأيها النهائي قبل …، النظارات توضح العالم …: the verb opens its clause and its subject
  // is someone or a definite noun.
  const someone = someoneAt(cx, npStart) || (bareAt(cx, npStart).startsWith('ال') && !definiteVerbalNoun(cx, npStart)) || kinOf(cx, npStart);
  if (!someone || !opensClauseOrRelative(cx, st.c0, cue)) return -1;
  for (let k = npEnd; k < se && k - npEnd <= FRAME_REACH; k++) {
    const w = norm(cx, k);
    // أكدت العائلة في القرية أيضا وفاته: an adverb inside the frame opens no new clause.
    if (frameAdverb(w)) continue;
    if (cx.complementizers.has(w) || COLONS.has(w) || isQuoteOpen(cx, k) || verbAt(cx, k) || cx.lex.negators.has(w) || isRelative(cx, k)
      || CLAUSE_PARTICLES.has(w) || (tok(cx, k)?.kind !== 'word' && !isComma(cx, k) && tok(cx, k)?.kind !== 'number' && w !== ')' && w !== '(')) return -1;
    if (k > npEnd && ownedObject(cx, k) && !FRAME_HEADS.has(norm(cx, k - 1)) && !inSet(cx.lex.roles, w) && tok(cx, k + 1) !== undefined
      && !introducerAhead(cx, k)) return k;
    if (k > npEnd && announcedPastPlace(cx, cue, k)) return k;
  }
  return -1;
}
