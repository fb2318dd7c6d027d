/**
 * The subject written after a verb cue: where it starts (past an addressee, a blessing, a
 * fronted time phrase) and where it ends (at the content, the object or the frame).
 */
import { predicatePastSubject } from './considered-pronoun.js';
import { eachOfListStart } from './each-of-list.js';
import type { Stance } from '../../core/types.js';
import type { VerbCue } from '../lexicon.js';
import type { Detection } from './context.js';
import {
  aliOpensPersonName, bareAt, closingQuote, dayBeforeYesterdayEnd, isComma, isNameAli, isPunct, isQuoteOpen, isRelative, nameCloses, norm, normLemma,
  opensClause, prepOf, prepPronounAt, roleOf, sentenceOf, servesAt, titleBefore, tok, verbAt, verbPronoun,
} from './lookups.js';
import {
  ADVERBIAL, ALIF_ADVERBS, bare, BARE_PREPOSITIONS, BLESSINGS, BRACKETS, CLAUSE_PARTICLES, COLONS, CONTENT_OPENERS, DATE_HEADS,
  inSet, MAX_NP, MONTHS, PUBLISHING_LEMMAS, REFUSAL, RELATIVE_MA, REPORT_OBJECTS, SHORT_VERBAL_NOUNS, TIME_WORDS,
  TITLE_MARKS, TRUTH_OBJECTS, URGING,
} from './word-sets.js';
import type { MentionRef, Source } from './types.js';
import { definiteObjectAfterVerb, genitiveAt, ownedObjectAfterSubject } from './nominal-object.js';
import { speakerPastPrepPronoun } from './interposed.js';
import { accusedAt } from './accused-object.js';
import { truthObjectAt } from './truth-object.js';
import { bodyOfNamedTitle } from './title-body.js';
import { bodyOfBelonging, bodyOfOffice } from './office-body.js';
import { pastMannerAdverbial } from './sources.js';
import { apposedNameEnd } from './participle-source.js';
import { askedNotToBeNamedAt } from './anonymity-request.js';
import { unnamedSourceBodyEnd } from './unnamed-source-body.js';
import { circumstantialMasdarAt } from './circumstantial-masdar.js';
import { leftSource, nominativePlural, obliquePlural, ownedAfterName, speakerAt, svoSubject } from './subjects.js';
import {
  accusativeObject, calledAt, identityNear, indefiniteReport, introducerAhead, looksLikeObject, nameAfterTitle,
  namedListAt, quoteIsName, responsibilityAt, shortSubjectEnds, uponDoingAt, verbalNounObject, verbalNounShape,
} from './frame-parts.js';
import { strayCauseL } from './cause-object.js';
import { emphaticAfterDefinite } from './same-source.js';
import { withoutClauseAt } from './without-clause.js';
import { announcedNounAfterSubject } from './announced-nouns.js';
import { gluedAddresseeEnd } from './glued-addressee.js';
import { pastTimePronounAdverb } from './time-pronoun-adverb.js';
import { bracketedQuoteClose, plainSaying } from './bracketed-quote.js';
import { urgedMasdar } from './urged-masdar.js';
import { writtenTextObject } from './written-object.js';

/** A feeling with a possessive pronoun (سعادته، ارتياحها، أسفهم): shown, never part of a name. */
const OWNED_FEELING = /^(سعادت|سرور|ارتياح|اسف|فرحت|حزن|استغراب|تفاؤل|استياء|غضب|امتنان|اعتزاز|فخر)(ه|ها|هم|هما)$/;

/** What the steps of one verb cue share, from the cue itself to the end of its subject. */
export interface VerbCueState {
  readonly c0: number;
  readonly c1: number;
  /** The cue's reading; a step may widen it (تحدث عن، قدّر بـ). */
  cue: VerbCue | undefined;
  readonly stance: Stance;
  readonly negated: boolean;
  readonly relativeHint: boolean;
  /** tight: a short frame only; forced: the subject is already known. */
  opts: { tight?: boolean; forced?: Source };
  /** The end of the cue's sentence. */
  readonly se: number;
  /** قدّر with an amount: an estimate whose object is the content. */
  estimate: boolean;
  /** The verb's addressee stands right before the content: the subject is not written. */
  addresseeOnly: boolean;
  /** A blessing after the verb names a speaker who is not written. */
  blessed: boolean;
  /** The demonstrative standing for what was said (صرح بذلك), or -1. */
  saidThat: number;
  /** The subject's noun phrase after the verb: [npStart, npEnd). */
  npStart: number;
  npEnd: number;
  /** Where an object that is the content starts, or -1. */
  objectAt: number;
  /** ناشد X الجميع التعاون: objectAt opens what is urged, past the one urged (urged-masdar.ts). */
  urgedObject?: boolean;
  /**
   * Where the speaker's phrase ends inside the subject's words: at «لدى …» in an envoy's
   * subject, or at the one urged after a verb of urging (حث الوزير الموظفين على).
   */
  speakerEnd: number | undefined;
}

/**
 * Where the subject after the verb starts: the verb may be followed by its addressee, a
 * blessing, a fronted time phrase or an adverb before the speaker is named.
 */
export function subjectStart(cx: Detection, st: VerbCueState): void {
  const { c0, c1, cue, negated, se } = st;
  let { opts } = st;
  // The subject after the verb (VSO), past an addressee written first (أكد لـ«عكاظ» وزير التعليم).
  let j = c1;
  const a0 = norm(cx, j);
  /** The verb's addressee stands right before the content: the subject is not written. */
  let addresseeOnly = false;
  // أبلغ «عكاظ» مدير عام فرع المصلحة …: a quoted outlet addressed before the subject.
  if (cue?.addressee && cue.participle !== true && isQuoteOpen(cx, c1)) {
    const cq = closingQuote(cx, c1, se);
    const k = cq + 1;
    if (cq > c1 + 1 && cq - c1 <= 4 && (cx.mentionOf[k]?.first === k || inSet(cx.lex.roles, norm(cx, k)) || inSet(cx.lex.anonymousHeads, norm(cx, k)))) j = k;
  }
  // قال عليه السلام "…"، يقول صلى الله عليه وسلم: …: the blessing names a speaker who is not written.
  let blessed = false;
  for (const b of BLESSINGS) {
    if (!opts.forced && cue?.participle !== true && b.every((w, k) => norm(cx, c1 + k) === w)
      && (isQuoteOpen(cx, c1 + b.length) || COLONS.has(norm(cx, c1 + b.length)) || cx.complementizers.has(norm(cx, c1 + b.length))
        || (plainSaying(cue, negated) && bracketedQuoteClose(cx, c1 + b.length) >= 0))) {
      j = c1 + b.length;
      addresseeOnly = true;
      blessed = true;
      break;
    }
  }
  if (a0 === 'ل' || (a0.startsWith('ل') && !a0.startsWith('ال') && cx.lex.outletNouns.has(a0.slice(1)))) {
    const q = a0 === 'ل' ? j + 1 : j;
    const c = isQuoteOpen(cx, q) ? closingQuote(cx, q, se) : -1;
    if (c > q) j = c + 1;
    else if (cx.mentionOf[j + 1] && a0 === 'ل') j = (cx.mentionOf[j + 1] as MentionRef).last;
    else if (a0 !== 'ل') {
      // وأضاف لموقع النادي على الإنترنت "…": the outlet addressed, its name, then the words.
      let k = j + 1;
      const cq = isQuoteOpen(cx, k) ? closingQuote(cx, k, se) : -1;
      if (cq > k) k = cq + 1;
      else if (cx.mentionOf[k]?.first === k) k = (cx.mentionOf[k] as MentionRef).last;
      else if (tok(cx, k)?.kind === 'word' && norm(cx, k).startsWith('ال') && !verbAt(cx, k) && !cx.complementizers.has(norm(cx, k))) k++;
      for (let m = k; m <= k + 2 && tok(cx, m)?.kind === 'word'; m++) {
        if (norm(cx, m) === 'علي' && /^ال(انترنت|انترنيت|شبكه)$/.test(norm(cx, m + 1))) {
          k = m + 2;
          break;
        }
      }
      if (/^ال(الكتروني|رسمي)$/.test(norm(cx, k))) k++;
      if (isQuoteOpen(cx, k) || COLONS.has(norm(cx, k)) || cx.complementizers.has(norm(cx, k))) {
        j = k;
        addresseeOnly = true;
      }
    }
    if (isComma(cx, j)) j++;
  } else if (a0.length > 4 && a0.startsWith('لل') && tok(cx, j)?.kind === 'word' && !cx.mentionOf[j] && !/^للمر(ه|ات)$/.test(a0)
    && cue?.participle !== true && (cx.mentionOf[j + 1]?.first === j + 1 || inSet(cx.lex.roles, norm(cx, j + 1)) || inSet(cx.lex.anonymousHeads, norm(cx, j + 1))
      || inSet(cx.lex.outletNouns, norm(cx, j + 1)))) {
    // وأكد للصحفيين وزير الخارجية أن …: an addressee with the preposition glued to it, before the speaker.
    j++;
  } else if (a0.length > 4 && a0.startsWith('لل') && tok(cx, j)?.kind === 'word' && !cx.mentionOf[j] && !/^للمر(ه|ات)$/.test(a0)
    && cue?.participle !== true && cue?.objectContent && !negated && !opts.forced && tok(cx, c0 - 1)?.kind === 'word'
    && sentenceOf(cx, c0 - 1) === sentenceOf(cx, c0) && !CLAUSE_PARTICLES.has(norm(cx, c0 - 1)) && !verbAt(cx, c0 - 1)) {
    // أحول العينين كشف للأمن السيناريو …: with a noun before the verb and an addressee after it,
    // the noun is the subject and what follows the addressee is the object.
    const left = leftSource(cx, c0);
    if (left && looksLikeObject(cx, j + 1) || (left && norm(cx, j + 1).startsWith('ال') && !cx.mentionOf[j + 1] && !inSet(cx.lex.roles, norm(cx, j + 1))
      && !inSet(cx.lex.anonymousHeads, norm(cx, j + 1)))) opts = { ...opts, forced: left };
    j++;
  }
  // وقال للصحفيين إن …: an addressee glued to ل right before the content; no subject written.
  if (j === c1 && cue?.participle !== true && !opts.forced) {
    const k = gluedAddresseeEnd(cx, j, se);
    if (k > j) {
      j = k;
      addresseeOnly = true;
    }
  }
  // قالت، عصر أول من أمس الخميس، وزارة الخارجية …: a fronted time phrase between commas.
  if (isComma(cx, j)) {
    let k = j + 1;
    while (k < se && k - j <= 8 && !isComma(cx, k) && (ADVERBIAL.has(norm(cx, k)) || tok(cx, k)?.kind === 'number')) k++;
    if (isComma(cx, k) && k > j + 1) j = k + 1;
  }
  // وقال أمس وزير الخارجية …، واتهمت أمس إيران …: a time word before a subject that names someone.
  if (TIME_WORDS.has(norm(cx, j))) {
    let k = j;
    while (k < se && k - j < 3 && TIME_WORDS.has(norm(cx, k))) k++;
    const w = norm(cx, k);
    if (cx.mentionOf[k]?.first === k || inSet(cx.lex.roles, w) || inSet(cx.lex.anonymousHeads, w) || inSet(cx.lex.outletNouns, w)) j = k;
  }
  // وقال حينها الوزير …: a time adverb with a pronoun before the subject (time-pronoun-adverb.ts).
  j = pastTimePronounAdverb(cx, j);
  // أكد سابقا على …، وأكد كذلك وزير الخارجية أن …: an adverb is not the subject.
  while (j < se && (ALIF_ADVERBS.has(norm(cx, j)) || ALIF_ADVERBS.has(bareAt(cx, j)) || norm(cx, j) === 'كذلك') && j - c1 < 2) j++;
  // أكد بشكل قاطع الفريق الدولي أن …، قال بصورة واضحة إن …: an adverbial of manner is not the subject.
  if (j === c1 && cue?.participle !== true) j = pastMannerAdverbial(cx, j);
  // ما أفادت به مصادر أمنية أن …: the resumptive pronoun after a relative ما is not the subject.
  if (j === c1 && RELATIVE_MA.has(norm(cx, c0 - 1)) && /^(ب|عن|الي|علي|ل)(ه|ها)$/.test(norm(cx, j))) j++;
  // قال له الرجل إن، أكدت فيه المعلومات الرسمية أن: past a preposition with a pronoun, the speaker.
  if (j === c1 && cue?.participle !== true) j = speakerPastPrepPronoun(cx, j, cue?.preps ?? []);
  // صرح بذلك مدير المستشفى …، أكد ذلك مسؤول …: the demonstrative is what was said (the clause
  // before); the speaker follows it.
  // أوضح ذلك العميد …، أوضح ذلك منسق اللجنة … علي عسيري، وقال: with no content ahead of the
  // phrase after ذلك, ذلك is no demonstrative adjective of it but what was said.
  let saidThat = -1;
  // أوضح ذلك اليوم مدير عام …: a time word between the demonstrative and the speaker.
  const bareThat = norm(cx, j) === 'ذلك' && tok(cx, j + 1)?.kind === 'word';
  let after = j + 1;
  while (bareThat && after < se && after - j <= 2 && TIME_WORDS.has(norm(cx, after))) after++;
  const said = bareThat && !introducedBefore(cx, after, se, cue?.preps ?? []) && (speakerAt(cx, after) || personSoon(cx, after, se));
  if (j === c1 && cue?.participle !== true && !negated
    && ((/^ب(ذلك|هذا)$/.test(norm(cx, j)) && speakerAt(cx, j + 1)) || (bareThat && !norm(cx, j + 1).startsWith('ال') && speakerAt(cx, j + 1)) || said)) {
    saidThat = j;
    j = said ? after : j + 1;
  }
  // وقال كل من المدير والمشرف إن …: "both … and …": the speakers are the list after كل من
  // (كل من حضر, "everyone who attended", keeps كل: a verb, not a noun phrase, follows من).
  const listStart = j === c1 ? eachOfListStart(cx, j) : -1;
  if (listStart > j) j = listStart;
  st.opts = opts;
  st.addresseeOnly = addresseeOnly;
  st.blessed = blessed;
  st.saidThat = saidThat;
  st.npStart = j;
}

/** Whether a content introducer (أن, a colon, a quotation, the verb's preposition) comes from k before a comma, a verb or the sentence end. */
function introducedBefore(cx: Detection, k: number, se: number, preps: string[]): boolean {
  for (let m = k; m < se && m - k <= 20; m++) {
    const w = norm(cx, m);
    if (cx.complementizers.has(w) || COLONS.has(w) || isQuoteOpen(cx, m) || (preps.length > 0 && prepOf(cx, m, preps))) return true;
    if (isComma(cx, m) || (m > k && verbAt(cx, m))) return false;
  }
  return false;
}

/** Whether a person's name opens within a title's length from k, before a comma or a verb. */
function personSoon(cx: Detection, k: number, se: number): boolean {
  for (let m = k; m < se && m - k <= 10; m++) {
    if (cx.mentionOf[m]?.type === 'PER' && cx.mentionOf[m]?.first === m) return true;
    if (isComma(cx, m) || isPunct(cx, m) || (m > k && verbAt(cx, m))) return false;
  }
  return false;
}

/**
 * After a verb of urging, does the word at j open the one urged, the subject npStart..j-1
 * being whole? Past a name, a definite noun or an indefinite one in construct (قادة العالم);
 * past a short definite subject (المدير، الحكومة السعودية), a definite sound plural in the
 * oblique (الموظفين), a definite word that cannot describe a feminine subject (الكلية
 * الطلاب), or a noun in construct. The phrase must reach the verb's preposition, أن or لـ within
 * a few words with no name or title on the way (a title in apposition leads to a name:
 * نائب الرئيس زعيم الحرب السابق الجنرال X).
 */
function urgedAt(cx: Detection, cue: VerbCue | undefined, npStart: number, j: number, se: number): boolean {
  const w = norm(cx, j);
  if (j <= npStart || tok(cx, j)?.kind !== 'word' || verbAt(cx, j) || cx.complementizers.has(w) || cx.lex.npStops.has(w) || cx.lex.demonstratives.has(w)
    || TIME_WORDS.has(w) || ADVERBIAL.has(w) || roleOf(cx, w) !== undefined || cx.lex.rankTitles.has(w) || TITLE_MARKS.has(w)
    || cx.lex.anonymousHeads.has(w) || cx.lex.prepositional.has(w) || cx.lex.sayingNouns.has(w) || (/^[وفبلك]/.test(w) && !w.startsWith('ال'))
    || cx.mentionOf[j]?.type === 'PER' || (cx.mentionOf[j] !== undefined && cx.mentionOf[j]?.first !== j)) return false;
  let reached = false;
  for (let k = j + 1; k < se && k - j <= 6; k++) {
    const v = norm(cx, k);
    if (cx.complementizers.has(v) || (cue !== undefined && prepOf(cx, k, cue.preps)) || (/^ل/.test(v) && !v.startsWith('ال'))) {
      reached = true;
      break;
    }
    if (cx.mentionOf[k]?.type === 'PER' || roleOf(cx, v) !== undefined || cx.lex.rankTitles.has(v) || verbAt(cx, k) || isPunct(cx, k)) return false;
  }
  if (!reached) return false;
  const definite = w.startsWith('ال');
  const construct = !definite && w.length >= 3 && looksLikeObject(cx, j) && tok(cx, j + 1)?.kind === 'word' && norm(cx, j + 1).startsWith('ال')
    && !cx.mentionOf[j + 1] && !cx.lex.quantifierHeads.has(w);
  const m = cx.mentionOf[j - 1];
  if (m?.type === 'PER' && m.last === j) return definite || construct || cx.mentionOf[j]?.first === j;
  if (!shortSubjectEnds(cx, npStart, j) || cx.mentionOf[j]) return false;
  const p = bareAt(cx, j - 1);
  const notFeminine = definite && w.length >= 5 && !/(ه|ا|ي|اء|ات)$/.test(bare(w)) && p.startsWith('ال') && p.endsWith('ه');
  return (definite && obliquePlural(cx, j) && !obliquePlural(cx, j - 1)) || notFeminine || construct;
}

/**
 * نفى مصدر مسؤول ما …: an unnamed source (a head such as مصدر، مسؤول) and its indefinite
 * adjectives fill the words npStart..j-1, so a word after them is no genitive of theirs.
 */
function unnamedSourceBefore(cx: Detection, npStart: number, j: number): boolean {
  if (j - npStart > 3 || !inSet(cx.lex.anonymousHeads, norm(cx, npStart))) return false;
  for (let k = npStart; k < j; k++) if (tok(cx, k)?.kind !== 'word' || cx.mentionOf[k] || norm(cx, k).startsWith('ال') || verbAt(cx, k)) return false;
  return true;
}

/**
 * المتحدث الرسمي للهلال الأحمر بالباحة عماد الزهراني، المتحدث الرسمي في هيئة الهلال الأحمر خالد
 * السهلي: after a spokesman's title, لل or في at j opens the body he speaks for when his name (or
 * his rank before it) closes the phrase, so it stays in the subject. Without a name ahead
 * (قال المتحدث للصحفيين إن، قال المتحدث في مؤتمر صحفي إن) it is the addressee or the occasion.
 */
function bodyBeforeSpokesmanName(cx: Detection, npStart: number, j: number, se: number): boolean {
  const w = norm(cx, j);
  if (j <= npStart || roleOf(cx, norm(cx, npStart)) !== 'spokesman') return false;
  const body = w.length > 4 && w.startsWith('لل') && !/^للمر(ه|ات)$/.test(w);
  const within = w === 'في' && (cx.mentionOf[j + 1]?.type === 'ORG' || /^(body|ministry)$/.test(roleOf(cx, norm(cx, j + 1)) ?? ''));
  return (body || within) && nameCloses(cx, j + 1, se);
}

/**
 * Where the subject's noun phrase ends: at a content introducer, a punctuation mark, a
 * verb, or an object that is itself the content (objectAt).
 */
export function subjectEnd(cx: Detection, st: VerbCueState): void {
  const { c0, cue, negated, opts, se, estimate, addresseeOnly, npStart } = st;
  let j = npStart;
  let objectAt = -1;
  /** Where the speaker's phrase ends (an envoy's «لدى …», the one urged). */
  let speakerEnd: number | undefined;
  // Asked once, not at every word of the subject.
  const urging = !negated && !opts.forced && URGING.has(normLemma(cue));
  // A participle (مشيرا، داعيا) has no subject after it: what follows is its object or content.
  while (cue?.participle !== true && !addresseeOnly && j < se && j - npStart < MAX_NP) {
    const w = norm(cx, j);
    // أكد المصدر نفسه على …: the emphatic word is the subject's own, no object (same-source.ts).
    if (j > npStart && emphaticAfterDefinite(cx, j)) {
      j++;
      continue;
    }
    // وحث عمدة المدينة X قادة العالم على …، حث المدير الموظفين على …: the one urged follows a
    // whole subject; the speaker's phrase ends there, the frame goes on past it.
    if (speakerEnd === undefined && urging && urgedAt(cx, cue, npStart, j, se)) speakerEnd = j;
    // اعتبرتها المنظمة جرائم حرب: the predicate past the subject (considered-pronoun.ts).
    if (predicatePastSubject(cx, st.c1, cue, npStart, j)) {
      objectAt = j;
      break;
    }
    // ولم يؤكد البنتاغون صحة التقارير: the truth of a report is the object (truth-object.ts).
    if (!opts.forced && truthObjectAt(cx, cue, npStart, j)) {
      objectAt = j;
      break;
    }
    // اتهمت المعارضة السلطات بـ…: the accused, the object, ends the subject (accused-object.ts).
    if (!negated && !opts.forced && accusedAt(cx, cue, c0, npStart, j, se)) {
      objectAt = j;
      break;
    }
    // وكتب الوزير رسالة جاء فيها …: the text written is the object, no word of the writer's name (written-object.ts).
    if (writtenTextObject(cx, cue, npStart, j)) break;
    // الأمين العام بان كي مون: a name that begins like بأن.
    const nameHere = cx.mentionOf[j]?.first === j && cx.mentionOf[j]?.type === 'PER';
    // وقال الأمين العام ، بان كي مون ، إنه: the name in apposition stays in the subject.
    const apposed = apposedNameEnd(cx, npStart, j);
    if (apposed > j) {
      j = apposed;
      break;
    }
    // … من دون أن تعطي تفاصيل: a clause of manner ends the subject (without-clause.ts).
    if (j > npStart && withoutClauseAt(cx, j)) break;
    if ((cx.complementizers.has(w) && !nameHere) || COLONS.has(w) || isComma(cx, j) || cx.lex.sayingNouns.has(w)) break;
    // ووجه المدير باتخاذ …، كما وجه باتخاذ …: the word that must open the content ends the
    // subject (right after the verb, none is written), even one that begins like a noun (بات).
    if (cue !== undefined && cue.introducers.includes(w)) break;
    if (j > npStart && cue?.needsSaying && cx.lex.sayingMasdars.has(w)) break;
    // أبدى العليان سعادته الغامرة: past the subject, a feeling with its pronoun is the object.
    if (j > npStart && OWNED_FEELING.test(w)) break;
    // سفارة خادم الحرمين الشريفين لدى سلطنة عمان: the country an envoy is accredited to is part of
    // the subject; an indefinite noun with a definite one after it is then the object
    // (أوضحت سفارة … لدى سلطنة عمان ملابسات الحادثة).
    if (j > npStart && w === 'لدي' && /^(ال)?(سفير|سفاره|مندوب|ممثل|بعثه|قنصل)/.test(bareAt(cx, npStart))) {
      speakerEnd = j;
      const m = cx.mentionOf[j + 1];
      let k = m && m.first === j + 1 ? m.last : j + 2;
      if (m === undefined && /^(سلطنه|مملكه|دوله|جمهوريه|اماره|الامم|منظمه)$/.test(norm(cx, j + 1))) k = j + 3;
      // سفير المملكة لدى مصر أحمد قطان: the envoy's name after the country is the speaker.
      const name = cx.mentionOf[k];
      if (name && name.first === k && name.type === 'PER') {
        speakerEnd = undefined;
        j = name.last;
        continue;
      }
      if (cue?.objectContent && !negated && k < se && looksLikeObject(cx, k) && norm(cx, k + 1).startsWith('ال') && !cx.mentionOf[k]
        && !roleOf(cx, norm(cx, k)) && !cx.lex.rankTitles.has(norm(cx, k))) {
        objectAt = k;
        j = k;
        break;
      }
      j = k;
      continue;
    }
    // وأكد بيان صادر عن مكتب الوزيرة أن …: where the statement came from is part of the subject.
    if (j > npStart && /^(ال)?صادر(ه)?$/.test(w) && norm(cx, j + 1) === 'عن') {
      j += 2;
      continue;
    }
    // قال الله تعالى (…): a quotation in brackets ends the subject (bracketed-quote.ts).
    if (j > npStart && plainSaying(cue, negated) && bracketedQuoteClose(cx, j) >= 0) break;
    // هيئة الإذاعة البريطانية (بي.بي.سي) عن …: a name or an acronym in brackets stays in the subject.
    if (j > npStart && w === '(') {
      let k = j + 1;
      while (k < se && k - j <= 8 && norm(cx, k) !== ')' && !cx.complementizers.has(norm(cx, k)) && !COLONS.has(norm(cx, k)) && !isComma(cx, k)) k++;
      if (norm(cx, k) === ')' && k > j + 1) {
        j = k + 1;
        continue;
      }
    }
    // النائب اللبناني -عن القوات اللبنانية فادي كرم: …، مدير الشركة – وهو خبير – إن: an aside
    // opened by a dash stays in the subject, up to its closing dash, up to a colon, or up to أن
    // when it holds the speaker's name.
    if (j > npStart && (w === '-' || w === '–')) {
      let k = j + 1;
      let named = false;
      while (k < se && k - j <= 10 && !isComma(cx, k) && !verbAt(cx, k) && !cx.complementizers.has(norm(cx, k)) && !COLONS.has(norm(cx, k)) && norm(cx, k) !== w) {
        if (cx.mentionOf[k]?.type === 'PER') named = true;
        k++;
      }
      if (norm(cx, k) === w && k > j + 1) {
        j = k + 1;
        continue;
      }
      if (k > j + 1 && (COLONS.has(norm(cx, k)) || (named && cx.complementizers.has(norm(cx, k))))) {
        j = k;
        break;
      }
    }
    // … المتحدث باسم شركة أفالون الموكل لها إدارة أعمال …: a participle with its pronoun
    // and complement stays in a long title.
    const attached = prepPronounAt(cx, j) && j > npStart + 2 && /^الم/.test(norm(cx, j - 1)) && !roleOf(cx, norm(cx, j - 1))
      && tok(cx, j + 1)?.kind === 'word' && !cx.complementizers.has(norm(cx, j + 1)) && !verbAt(cx, j + 1) && !cx.lex.npStops.has(norm(cx, j + 1))
      && !TIME_WORDS.has(norm(cx, j + 1));
    // نفى الوزير ما تردد عن …، أكدت الوزارة ما نشرته الصحيفة: a relative ما after the subject
    // is what was denied or confirmed.
    if (w === 'ما' && j > npStart && (cue?.objectContent || cue?.stance === 'deny') && !negated && tok(cx, j + 1)?.kind === 'word'
      && (bareAt(cx, j - 1).startsWith('ال') || cx.mentionOf[j - 1]?.last === j || unnamedSourceBefore(cx, npStart, j))
      && !cx.lex.negators.has(norm(cx, j + 1)) && !cx.complementizers.has(norm(cx, j + 1))) {
      objectAt = j;
      break;
    }
    // وقال مسؤول في الأمم المتحدة إن …: the body an unnamed source belongs to (unnamed-source-body.ts).
    const bodyEnd = unnamedSourceBodyEnd(cx, cue, npStart, j);
    if (bodyEnd > j) {
      j = bodyEnd;
      continue;
    }
    // لاعب وسط: a midfielder, not "in the middle of".
    // الأمين العام للأمم المتحدة أنطونيو غوتيريش: the body of a named office (title-body.ts).
    // الأمين العام للأمم المتحدة: the body of an office, unnamed holder (office-body.ts).
    if (bodyBeforeSpokesmanName(cx, npStart, j, se) || bodyOfNamedTitle(cx, npStart, j, se) || bodyOfOffice(cx, npStart, j) || bodyOfBelonging(cx, npStart, j)) {
      j++;
      continue;
    }
    if (!attached && (cx.lex.npStops.has(w) || cx.lex.demonstratives.has(w)) && j > npStart && !isNameAli(cx, j) && !(w === 'وسط' && /^لاعب/.test(norm(cx, j - 1)))) break;
    if (prepPronounAt(cx, j) && !attached) break;
    // وحث المعلمون الوزارة على …: a definite noun after a nominative sound plural (not its
    // adjective, which ends in ون too) is the object.
    if (j > npStart && w.startsWith('ال') && !w.endsWith('ون') && nominativePlural(cx, j - 1) && !cx.mentionOf[j - 1]) {
      if ((cue?.objectContent || cue?.stance === 'deny') && !negated) objectAt = j;
      break;
    }
    // توقعت الأرصاد طقسا معتدلا: the accusative object ends the subject.
    if (j > npStart && cue?.objectContent && !negated && accusativeObject(cx, j)) break;
    // أوضحت وزارة الداخلية السعودية هوية الانتحاري: an indefinite noun right after a named
    // subject is the object.
    const head = cx.mentionOf[npStart];
    if (j > npStart && cue?.objectContent && !negated && head && head.first === npStart && head.type !== 'PER' && j === head.last
      && looksLikeObject(cx, j) && !roleOf(cx, w) && !cx.lex.rankTitles.has(w) && !/^[بلكف]/.test(w) && !cx.lex.anonymousHeads.has(w)
      && !cx.lex.quantifierHeads.has(w) && !isQuoteOpen(cx, j) && tok(cx, j + 1)?.kind === 'word' && norm(cx, j + 1).startsWith('ال')) {
      objectAt = j;
      break;
    }
    // انتقد نادي أولمبيك مارسيليا مدربه السابق X: what the name owns is the object (after a
    // verb whose object is its content, أعلن X رفضه, the rules below take it as the content).
    if (j > npStart && !(cue?.objectContent && !negated) && ownedAfterName(cx, j)) break;
    // وكشف المدير تفاصيل الخطة، أكدت الصحف الألمانية سير المفاوضات، أعلن بلاتر نيته …: after a
    // short definite subject or a name, an indefinite noun in construct is the object.
    if (j > npStart && j - npStart <= 3 && cue?.objectContent && !negated && !opts.forced && shortSubjectEnds(cx, npStart, j)
      && (looksLikeObject(cx, j) || SHORT_VERBAL_NOUNS.has(w)) && !cx.mentionOf[j] && !roleOf(cx, w) && !cx.lex.rankTitles.has(w) && !/^[بلكف]/.test(w) && !cx.lex.anonymousHeads.has(w)
      && !cx.lex.quantifierHeads.has(w) && !isQuoteOpen(cx, j) && !TITLE_MARKS.has(w) && tok(cx, j + 1)?.kind === 'word'
      && (norm(cx, j + 1).startsWith('ال') || /(ه|ها|هم)$/.test(w) || (!verbAt(cx, j + 1) && !cx.lex.npStops.has(norm(cx, j + 1))
        && !BARE_PREPOSITIONS.has(norm(cx, j + 1)) && tok(cx, j + 2)?.kind === 'word' && norm(cx, j + 2).startsWith('ال')))
      && !cx.complementizers.has(norm(cx, j + 1)) && !introducerAhead(cx, j)) {
      objectAt = j;
      break;
    }
    // نفت الوزارة الأنباء المتداولة عن …: a report is what was denied or confirmed.
    if (j > npStart && (cue?.objectContent || cue?.stance === 'deny') && !negated && REPORT_OBJECTS.has(bare(w))
      && !cx.lex.quantifierHeads.has(norm(cx, j - 1)) && (bareAt(cx, j - 1).startsWith('ال') || cx.mentionOf[j - 1]?.last === j)) {
      objectAt = j;
      break;
    }
    // قدّر المؤشر قيمة التعاملات، قدرت الشرطة الخسائر بـ…: what is estimated ends the subject.
    if (estimate && j > npStart && tok(cx, j)?.kind === 'word' && !cx.mentionOf[j]
      && (/^(ال)?(قيم|عدد|اعداد|حجم|نسب|خسائر|تكلف|كلف|عمر|سن|مساح|طول|وزن|ثرو|ميزاني|اجمالي|متوسط|معدل|كمي)/.test(bare(w))
        || (!bare(w).startsWith('ال') && looksLikeObject(cx, j) && (bareAt(cx, j - 1).startsWith('ال') || cx.mentionOf[j - 1]?.last === j)))) {
      objectAt = j;
      break;
    }
    // نشرت الوزارة تقارير مفصلة، نشرت وسائل الإعلام أنباء عن …: an indefinite report after a
    // definite subject is the object, never part of the subject; what a medium publishes is
    // the content. With the subject before the verb (وكانت X قد نشرت أنباء) it follows the verb.
    if (indefiniteReport(cx, j) && !cx.lex.quantifierHeads.has(norm(cx, j - 1))
      && (j > npStart ? bareAt(cx, j - 1).startsWith('ال') || cx.mentionOf[j - 1]?.last === j
        : !negated && cue?.conjoined !== true && svoSubject(cx, c0) !== undefined)) {
      if (!negated && (cue?.objectContent || PUBLISHING_LEMMAS.has(normLemma(cue)))) objectAt = j;
      break;
    }
    // أعلنت وزارة الصحة تسجيل 30 حالة، أعلن X رئيس الهيئة إصابتها: a verbal noun right after a
    // definite word cannot be its complement or adjective; it is the object.
    if (j > npStart && (cue?.objectContent || cue?.stance === 'deny') && !negated && verbalNounObject(cx, j, cue?.stance === 'deny') && !nameAfterTitle(cx, npStart, j)) {
      objectAt = j;
      break;
    }
    // أكد المهاجم الدولي الكسندر لاكازيت رغبته في …: a verbal noun with the speaker's pronoun, too.
    // وأعلن كذلك الموافقة على …: with no subject written, a definite verbal noun and its preposition.
    // أعلن الاتحاد نقل المباراة: a listed verbal noun, even one spelled like a verb (announced-nouns.ts).
    if (ownedObjectAfterSubject(cx, st, j) || definiteObjectAfterVerb(cx, st, j) || announcedNounAfterSubject(cx, st, j)) {
      objectAt = j;
      break;
    }
    // وقدر عدد المتدربين بـ…: with the subject not written, what is estimated follows the verb
    // (قدر عدد من الخبراء … is a subject).
    if (j === npStart && estimate && !negated && !opts.forced && cue !== undefined && opensClause(cx, c0, cue) && tok(cx, j)?.kind === 'word' && !cx.mentionOf[j] && norm(cx, j + 1) !== 'من'
      && /^(ال)?(قيم|عدد|اعداد|حجم|نسب|خسائر|تكلف|كلف|مساح|طول|وزن|ثرو|ميزاني|اجمالي|متوسط|معدل|كمي)/.test(bare(w))) {
      objectAt = j;
      break;
    }
    // وعلل اختيار تركيا بـ…، كما أكدت تصميم الدولة على …: a verbal noun in construct right after
    // a verb that opens its clause and takes an object is that object, with no content
    // introducer close ahead (كشف تحقيق الصحيفة أن … has its subject there); the subject is
    // not written. After a relative or a noun (التي قدرت قيمتها) the verb describes.
    if (j === npStart && !negated && !opts.forced && cue !== undefined && (cue.objectContent || cue.frameWords.length > 0) && opensClause(cx, c0, cue)
      && verbalNounShape(cx, j, cue.stance === 'deny') && !inSet(cx.lex.carrierNouns, w) && !inSet(cx.lex.outletNouns, w)
      && !inSet(cx.lex.roles, `ال${w}`) && !cx.lex.rankTitles.has(`ال${w}`)
      // وأوضحت صحة الأحساء …: the health affairs of a place, named by it, speak.
      && !(TRUTH_OBJECTS.has(w) && /^(GPE|LOC)$/.test(cx.mentionOf[j + 1]?.type ?? ''))
      && genitiveAt(cx, j + 1) && !introducerAhead(cx, j)) {
      objectAt = j;
      break;
    }
    // وأكد كل من الفارس مقبل السويدي وفيصل الوزران أن …: "each of" opens a list of names.
    if (j === npStart && /^و?كل$/.test(w) && norm(cx, j + 1) === 'من' && namedListAt(cx, j + 2)) {
      j += 2;
      continue;
    }
    // وقال علي الأحمدي إن …: the name علي is spelled like the preposition, a stop word.
    if (j === npStart && ((cx.lex.npStops.has(w) && !aliOpensPersonName(cx, j)) || cx.lex.interrogatives.has(w) || w === 'حتي')) break;
    // فيما نفت الادعاءات بأن …: a report right after the verb is what was denied; the subject is not written.
    if (j === npStart && cue?.stance === 'deny' && !negated && /^(الادعاءات|المزاعم|الشائعات|الاشاعات|الاتهامات|الانباء)$/.test(bare(w))
      && tok(cx, j + 1)?.kind === 'word') {
      objectAt = j;
      break;
    }
    // ولفت التقرير النظر إلى …، وعلل الوزير القرار بـ…: a word of the verb's frame ends the subject.
    if (j > npStart && cue !== undefined && cue.frameWords.includes(w) && !cx.mentionOf[j]) break;
    // وقال الوزير بعد أن تفقد الموقع إن …: a clause of time ends the subject.
    if (j > npStart && /^(بعد|قبل|عقب)$/.test(w) && norm(cx, j + 1) === 'ان') break;
    // وصفها بـ«…»، نفى يوم الاثنين تقريرا: a preposition or a date right after the verb opens no subject.
    if (j === npStart && ((BARE_PREPOSITIONS.has(w) && !isNameAli(cx, j)) || (DATE_HEADS.has(w) && !cx.mentionOf[j]) || MONTHS.has(w))) break;
    // المتحدث الأمني بوزارة الداخلية، الناطق الإعلامي بشرطة منطقة مكة: where he serves, not content.
    if (j > npStart && w.startsWith('ب') && !cx.complementizers.has(w) && servesAt(cx, w)) {
      j++;
      continue;
    }
    // ووصف باداود الابتعاث بأنه …، واتهم بوليفيا …: a verb whose ب complement follows its object
    // (وصفها بالكارثية) has, without an object pronoun, its subject right after it, even one
    // beginning with ب; only بال or a bare بـ can be the complement there.
    const objectBefore = j === npStart && !isNameAli(cx, j) && /^(وصف|اتهم)$/.test(normLemma(cue)) && verbPronoun(cx, npStart - 1, OBJECT_PRONOUNS) === undefined
      && !/^ب(ال|ـ)?$/.test(w) && !w.startsWith('بال') && !cx.complementizers.has(w);
    if (cue && cue.preps.length > 0 && prepOf(cx, j, cue.preps) && !objectBefore && !aliOpensPersonName(cx, j) && !strayCauseL(cx, j, cue) && (j > npStart || w.length <= 3 || /^ب(ال|ت|ا)/.test(w)
      || (w.startsWith('ب') && !cx.mentionOf[j] && !inSet(cx.lex.roles, w) && !inSet(cx.lex.anonymousHeads, w)))) break;
    // قال خبير أميركي يتابع أموال إيران في الخارج، إن …: an imperfect verb after an indefinite
    // subject describes it (a relative clause without a pronoun) when the content follows a comma.
    if (j > npStart && verbAt(cx, j) && /^[يت]/.test(w) && !norm(cx, npStart).startsWith('ال') && !cx.mentionOf[npStart]
      && (inSet(cx.lex.roles, norm(cx, npStart)) || inSet(cx.lex.anonymousHeads, norm(cx, npStart)))) {
      let k = j + 1;
      while (k < se && k - j <= 12 && tok(cx, k)?.kind === 'word' && !verbAt(cx, k) && !cx.complementizers.has(norm(cx, k))) k++;
      if (isComma(cx, k) && cx.complementizers.has(norm(cx, k + 1)) && k > j + 1) {
        j = k;
        break;
      }
    }
    if (j > npStart && calledAt(cx, j)) {
      j++;
      continue;
    }
    // … بسيناء ووجه بحري أن …: a form of a verb that reports only with its own introducer, without it,
    // is a word of the name.
    const vj = verbAt(cx, j);
    const inName = vj !== undefined && j > npStart && vj.introducers.length > 0 && vj.introducers.every((x) => !x.includes(' ') && x !== ':' && x !== 'ان')
      && !vj.introducers.includes(norm(cx, j + 1));
    if ((vj && !inName) || cx.lex.negators.has(w) || isRelative(cx, j) || REFUSAL.has(w)) break;
    // وقال مسؤول بالشرطة رفض الإفصاح عن هويته إن …: the refusal describes the subject; it ends it.
    if (j > npStart && cx.lex.noneVerbs.has(w) && identityNear(cx, j)) break;
    // وقال مصدر دبلوماسي فضل عدم ذكر اسمه إن …: so does asking not to be named (anonymity-request.ts).
    if (j > npStart && askedNotToBeNamedAt(cx, j)) break;
    if (j > npStart && responsibilityAt(cx, j)) break;
    // ويأمل X بحسب الصحيفة أن …: a relay after the subject belongs to the frame.
    if (j > npStart && cx.lex.prepositional.has(w) && !isNameAli(cx, j)) break;
    // وعزا ذلك إلى …: a demonstrative right after a verb taking an object is that object.
    if (j === npStart && cue?.addressee && cx.lex.demonstratives.has(w)) break;
    if (j > npStart && w === 'الا' && tok(cx, j + 1)?.kind === 'word' && /^[يت]/.test(norm(cx, j + 1))) break;
    // … ضيف بوليتيكا اليوم الخميس 2 مارس: a time word ends the subject (صحيفة اليوم is a name).
    if (j > npStart && TIME_WORDS.has(w) && !inSet(cx.lex.outletNouns, norm(cx, j - 1)) && !isQuoteOpen(cx, j - 1)) break;
    // قالت الوزارة أول من أمس إن …: "the day before yesterday" ends it too (أول is no time word alone).
    if (j > npStart && dayBeforeYesterdayEnd(cx, j) >= 0) break;
    // وقال المدرب عند سؤاله عن …: "upon his being asked" ends it too.
    if (j > npStart && uponDoingAt(cx, j)) break;
    // وقال المتحدث ردا على سؤال …: a circumstantial verbal noun ends it too.
    if (j > npStart && circumstantialMasdarAt(cx, j)) break;
    // وأكد الوزير ضرورة …: what is urged ends the subject.
    if (j > npStart && CONTENT_OPENERS.has(w) && cue !== undefined && (cue.objectContent || cue.preps.length > 0)) break;
    if (cx.lex.seenVerbs.has(w) && j > npStart) break;
    // د. منصور، السيد/ يوسف: the mark after a title stays in the subject.
    if (j > npStart && TITLE_MARKS.has(w) && titleBefore(cx, j) && tok(cx, j + 1)?.kind === 'word') {
      j++;
      continue;
    }
    // Closing quotes and other punctuation end the subject («…» تقول، …).
    if (isPunct(cx, j) && !isQuoteOpen(cx, j) && !BRACKETS.has(w)) break;
    // A conjoined verb opens a new clause (… وأعادني لقناعة …); وزير/وكالة are nouns.
    if (j > npStart && w.length > 3 && w.charCodeAt(0) === 0x648 && !w.startsWith('وال') && !cx.mentionOf[j]
      && !cx.lex.roles.has(w) && !cx.lex.outletNouns.has(w) && !cx.lex.anonymousHeads.has(w) && !cx.lex.roles.has(w.slice(1))
      && (/^وي/.test(w) || /^وا.{3,}(ني|نا|ه|ها|هم)$/.test(w))) break;
    if (j === npStart && w.startsWith('بال')) break;
    if (isQuoteOpen(cx, j)) {
      const c = closingQuote(cx, j, se + 50);
      // وكالة أنباء الصين الجديدة "شينخوا" الرسمية: a short quoted name inside an outlet's name.
      const outletName = j > npStart && c > j && c - j <= 3 && inSet(cx.lex.outletNouns, norm(cx, npStart))
        && (isComma(cx, c + 1) || (tok(cx, c + 1)?.kind === 'word' && norm(cx, c + 1).startsWith('ال') && !cx.complementizers.has(norm(cx, c + 1))));
      if (!quoteIsName(cx, j, c) && !outletName) break;
      j = c + 1;
      continue;
    }
    // لـ + name: the addressee, not part of the subject (قال لـ"عربي21"); قال المدرب لكل اللاعبين.
    if (j > npStart && (w === 'ل' || w === 'لكل' || w === 'لجميع')) break;
    // رئيس اللجنة المنظمة للمهرجان د. أحمد …: a complement followed by the name stays.
    const nameNext = cx.lex.rankTitles.has(norm(cx, j + 1)) || (cx.mentionOf[j + 1]?.type === 'PER' && cx.mentionOf[j + 1]?.first === j + 1)
      || (norm(cx, j + 1).length === 1 && TITLE_MARKS.has(norm(cx, j + 2)));
    // أعلنت اللجنة العامة للانتخابات البلدية اكتمال …: a complement with لل and its adjectives
    // stays in the subject when a verbal noun, the object, follows it.
    let complementEnd = j + 1;
    while (complementEnd < se && complementEnd - j <= 3 && bareAt(cx, complementEnd).startsWith('ال')) complementEnd++;
    const objectAfter = j > npStart && cue?.objectContent === true && !negated && w.length > 4 && tok(cx, j)?.kind === 'word'
      && (verbalNounObject(cx, complementEnd, cue.stance === 'deny', complementEnd - 1) || announcedNounAfterSubject(cx, st, complementEnd))
      && tok(cx, complementEnd + 1)?.kind === 'word';
    // كشف عبدالعزيز X الرئيس التنفيذي للمهرجان أبرز ملامح …، أكد X قائد فريق النصر صعوبة …: past a
    // name and a title after it ending in a definite word, an indefinite noun in construct is the object.
    let named = false;
    let titled = false;
    for (let k = npStart; k < j; k++) {
      if (cx.mentionOf[k]?.type === 'PER') named = true;
      else if (named && roleOf(cx, norm(cx, k)) !== undefined) titled = true;
    }
    const o = complementEnd;
    const nounAfter = j > npStart && cue?.objectContent === true && !negated && titled && (bareAt(cx, o - 1).startsWith('ال') || norm(cx, o - 1).startsWith('لل'))
      && looksLikeObject(cx, o) && !cx.mentionOf[o] && !roleOf(cx, norm(cx, o)) && !cx.lex.rankTitles.has(norm(cx, o)) && !/^[بلكف]/.test(norm(cx, o))
      && !cx.lex.anonymousHeads.has(norm(cx, o)) && !cx.lex.quantifierHeads.has(norm(cx, o)) && tok(cx, o + 1)?.kind === 'word' && !verbAt(cx, o + 1)
      && !cx.lex.npStops.has(norm(cx, o + 1)) && !BARE_PREPOSITIONS.has(norm(cx, o + 1)) && !cx.complementizers.has(norm(cx, o + 1)) && !introducerAhead(cx, o);
    if (nounAfter) {
      objectAt = o;
      j = o;
      break;
    }
    if (j > npStart && w.startsWith('لل') && !inSet(cx.lex.carrierNouns, (norm(cx, npStart))) && !nameNext && !objectAfter) break;
    if (j > npStart && w.startsWith('ل') && !w.startsWith('ال') && !inSet(cx.lex.carrierNouns, (norm(cx, npStart)))
      && cx.lex.outletNouns.has(w.slice(1))) break;
    j++;
  }
  // ناشدت الوزارة المواطنين التعاون: the one urged, then what is urged (urged-masdar.ts).
  const urged = objectAt < 0 ? urgedMasdar(cx, st) : undefined;
  if (urged && (speakerEnd === undefined || speakerEnd === urged.speakerEnd)) {
    speakerEnd = urged.speakerEnd;
    objectAt = urged.contentStart;
    j = urged.contentStart;
    st.urgedObject = true;
  }
  st.npEnd = j;
  st.objectAt = objectAt;
  st.speakerEnd = speakerEnd;
}

/** Object pronouns a verb may carry (وصفها، اتهمهم، أبلغني). */
const OBJECT_PRONOUNS = ['ه', 'ها', 'هم', 'هما', 'هن', 'نا', 'ني'];
