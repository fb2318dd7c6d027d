/**
 * The verb cue: a verb of saying (قال، أكد، نفى …), its negation, its source and its content.
 */
import type { Stance, Token } from '../../core/types.js';
import type { VerbCue } from '../lexicon.js';
import { unspokenConsidered } from './considered-pronoun.js';
import type { Detection } from './context.js';
import { frontedSubject } from './fronted-subject.js';
import { outletStaffAt } from './outlet-staff.js';
import {
  bareAt, closingQuote, isComma, isPunct, isQuoteOpen, isRelative, norm, normLemma, prepOf, roleOf, sentenceEnd, sentenceOf,
  sentenceStart, someoneAt, span, tok, verbAt, verbPronoun,
} from './lookups.js';
import { accusativeParticiple, ownedVerbalNoun } from './frame-parts.js';
import {
  bare, carrierGender, CLAUSE_PARTICLES, COLONS, COPULAS, FRAME_WORDS, FRONTED_SIDE, IMPERSONAL, inSet, MAX_NP, ONE_MAN_TITLES, PASSIVE,
  PRAYER_OBJECTS, PUBLISHING_LEMMAS, QUESTION_WORDS, REFUSAL, REQUIRING, RESUMED_COMPLEMENT, SHORT_WORDS, TALKING_REPORTS, TIME_CONJUNCTIONS,
  titleHeads, URGING,
} from './word-sets.js';
import type { Draft, Frame, Source } from './types.js';
import { subjectEnd, subjectStart, type VerbCueState } from './verb-cue-subject.js';
import { analyseNP } from './noun-phrase.js';
import {
  ammaTopic, carrierSubject, clauseSubject, disagrees, frontedTopic, lastSpeakerDraft, leftSource, mainClauseSubject, nominativePlural,
  objectOwner, obliquePlural, personAfterVerbHere, previousSpeaker, resumptiveAt, sentenceSubject, speakerAt, subjectAfterComplementizer,
  subjectOfSentenceBefore, svoSubject, TIME_CLAUSE_OPENERS, urgerBefore,
} from './subjects.js';
import { contentFrom, firstTokenAt, textOpensAt } from './content.js';
import {
  calledAt, indefiniteReport, introducerAhead, looksLikeObject, prepositionalAt, responsibilityAt, uponDoingAt, verbalNounObject,
} from './frame-parts.js';
import { scanFrame } from './frames.js';
import { emit } from './drafts.js';
import { farContent, speakerWordsEnd } from './far-content.js';
import { circumstantialMasdarAt } from './circumstantial-masdar.js';
import { antecedentSource, contrastSubject, firstPersonAfter, objectNotSubject, relativeSpeakerBefore } from './participle-source.js';
import { objectPastTime, ownedObjectPastFrame } from './nominal-object.js';
import { speakerWrittenPastPronoun } from './interposed.js';
import { pluralAntecedent, pluralSource } from './plural-antecedent.js';
import { pluralClauseSubject } from './plural-participle.js';
import { narratedSubject } from './narrated-subject.js';
import { nobodyBeforeCoordination } from './nobody-coordinated.js';
import { pronounAntecedent } from './pronoun-subject.js';
import { disagreesWithRelative } from './relative-disagreement.js';
import { deniedWhat } from './denied-what.js';
import { participleMasdarObject } from './participle-masdar.js';
import { consideredAt } from './considered-passive.js';
import { placeInsideLastReport } from './reported-words.js';
import { speakerOverReportedSubject } from './reported-body-subject.js';
import { describedObjectFirst } from './described-object.js';
import { speaksOnCondition } from './anonymity-condition.js';
import { speakerAfterQuotedClause } from './quote-first.js';
import { withoutClauseAt } from './without-clause.js';
import { withObjectContent } from './object-verbs.js';
import { viewWithPropositionObject } from './view-object.js';
import { carrierHeadAt } from './carrier-head.js';
import { threatWithoutThreatener } from './threat-subject.js';
import { relativeGapSubject } from './relative-subject.js';
import { withheldObjectFirst } from './withheld-object.js';
import { agreeingSpeaker, participleSpeaker } from './participle-agreement.js';
import { relayingSpeakerGoesOn } from './relaying-speaker.js';
import { agreeingSource } from './without-agreement.js';
import { openingVerbSubject } from './opening-verb-subject.js';
import { announcedNounAfterSubject } from './announced-nouns.js';
import { prayerFor } from './prayer-for.js';
import { reportedPersonSpeaker } from './reported-person-participle.js';
import { governedParticiple } from './governed-participle.js';
import { objectPastComplements } from './complement-chain.js';
import { wordsOfWrittenText, writtenTextObject } from './written-object.js';
import { cameInAt } from './came-in-text.js';
import { bareClauseAt } from './bare-clause.js';
import { governingSubject } from './governing-clause.js';
import { pastFrontedAdverbial } from './fronted-adverbial.js';

/** Singular masculine heads of a relayed speaker (متحدث، مصدر، المسؤول): a feminine verb is not theirs. */
const SINGULAR_MASCULINE_HEADS = titleHeads([...ONE_MAN_TITLES, 'مصدر', 'دبلوماسي']);

/** Object pronouns that resume ما or الذي (وصفته، أكدها). */
const RESUMING_OBJECT = ['ه', 'ها'] as const;

/** مما، وهو ما، وهذا ما، الأمر الذي before c0: the facts just told are the subject of the verb at c0. */
function inferenceBefore(cx: Detection, c0: number): boolean {
  const p = norm(cx, c0 - 1);
  if (p === 'مما') return true;
  if (p === 'ما') return /^[وف]?(هو|هي|هذا|هذه|ذلك)$/.test(norm(cx, c0 - 2));
  return p === 'الذي' && /^[وف]?الامر$/.test(norm(cx, c0 - 2));
}

/**
 * Whether the verb cue [c0, c1) reports nothing whatever follows: the first person
 * imperfect, a relative clause describing its noun, the writer's inference after مما,
 * a prayer, or يدعى "is called".
 */
function reportsNothing(cx: Detection, c0: number, c1: number, cue: VerbCue | undefined): boolean {
  // حول مطالبة البعض بـ…: after a preposition the participle's letters are the verbal noun (governed-participle.ts).
  if (governedParticiple(cx, c0, cue)) return true;
  // وأعتقد أن …: a hamza on the first letter of a verb whose past has none (اعتقد) marks the
  // first person imperfect: the speaker's own words, not a new report.
  const raw = cx.text.slice((tok(cx, c1 - 1) as Token).start, (tok(cx, c1 - 1) as Token).end).replace(/^[وف]/, '');
  if (!cue?.participle && raw.startsWith('أ') && /^(ا|است|انت|افت)/.test(cue?.lemma ?? '') && !/^أ/.test(cue?.lemma ?? '')) return true;
  // لذا آمل أن …: a madda on the first letter of a verb whose past has none is the first person.
  if (!cue?.participle && raw.startsWith('آ') && !/^آ/.test(cue?.lemma ?? '')) return true;
  // المشاريع التي وعدت بها جوبا، التعديلات التي طالب بها X: a relative clause whose ب-complement
  // is a pronoun resuming the noun before it reports no proposition, only describes that noun
  // (a deal «التي كشفت عنها» a company is a disclosure and stays).
  if (!cue?.participle && isRelative(cx, c0 - 1) && RESUMED_COMPLEMENT.test(norm(cx, c1))) return true;
  // …، مما يؤكد أن …، مما يشير إلى …: what the facts before مما show is the writer's inference,
  // unless a speaker is written after the verb (مما أكده الوزير) or the verb's object pronoun
  // resumes ما or الذي, whose subject is then someone else (وهو الأمر الذي وصفته بأنه …).
  if (!cue?.participle && inferenceBefore(cx, c0) && (cx.complementizers.has(norm(cx, c1)) || (cue !== undefined && prepOf(cx, c1, cue.preps)))
    && verbPronoun(cx, c1 - 1, RESUMING_OBJECT, true) === undefined) return true;
  // داعين الله أن، سائلا المولى، ودعا سموه في اتصال هاتفي المولى عز وجل أن: a prayer.
  if (/^(دعا|سال|ابتهل|تضرع)/.test(normLemma(cue))) {
    const se0 = sentenceEnd(cx, c1);
    for (let k = c1; k < Math.min(se0, c1 + 8) && !cx.complementizers.has(norm(cx, k)); k++) if (PRAYER_OBJECTS.has(norm(cx, k))) return true;
    // ودعا لهم بالنصر: praying for someone (prayer-for.ts).
    if (prayerFor(cx, c1)) return true;
  }
  // وتعتبر الجزيرة أول جزيرة …، هذه الخطوة تعتبر استراتيجية خاصة: the passive «is considered» (considered-passive.ts).
  if (consideredAt(cx, c0, c1, cue)) return true;
  // وتعتبره المنصة الرئيسية: a glued object and no speaker after it (considered-pronoun.ts).
  if (unspokenConsidered(cx, c0, c1, cue)) return true;
  // ، تحدثوا شريطة عدم الكشف عن هوياتهم،: describes the speaker of the main verb (anonymity-condition.ts).
  if (speaksOnCondition(cx, c1 - 1)) return true;
  // ويدعى القارئ حمزة في …: "is called"; يدعي (الحوثيون) أن "claims" has its content close after it.
  if (normLemma(cue) === 'ادعي' && /^[وف]?[يت]/.test(norm(cx, c1 - 1))) {
    let k = c1;
    while (k < c1 + 4 && tok(cx, k)?.kind === 'word' && !cx.complementizers.has(norm(cx, k))) k++;
    if (!cx.complementizers.has(norm(cx, k)) && !COLONS.has(norm(cx, k)) && !isQuoteOpen(cx, k)) return true;
  }
  return false;
}

/** The word at k opens no speaker's noun phrase (حديثه، ارتداءها، موجهاً). */
function notSpeakerAt(cx: Detection, k: number): boolean {
  return ownedVerbalNoun(cx, k) || accusativeParticiple(cx, k);
}

/** Whether the verb, as a third person plural, carries its own subject (ذكروا، يطالبون). */
function pluralVerbAt(cx: Detection, cue: VerbCue | undefined, c1: number): boolean {
  // ولاحظوا الفتاة، ويطالبون الحكومة: a verb carrying a plural subject has its object after it.
  const cueWord = norm(cx, c1 - 1);
  // ووصفوها، اتهمونا: before an object pronoun the plural's alif is not written.
  return cue?.participle !== true && ((cueWord.endsWith('وا') && !normLemma(cue).endsWith('وا'))
    || (cue?.addressee === true && /^[وف]?[^يت].{2,}و(ه|ها|هم|هما|هن|نا)$/.test(cueWord))
    || /^[وف]?[يت].{2,}ون$/.test(cueWord));
}

/**
 * تحدث الشيخ … عن أن …: talking about a that-clause, not a topic, tells a proposition, whoever
 * the speaker is. عن أن within the verb's clause (no verb or stop before it).
 */
function talksAboutThatClause(cx: Detection, c1: number, se: number): boolean {
  for (let k = c1; k < se && k - c1 <= MAX_NP + 4; k++) {
    if (norm(cx, k) === 'عن') return cx.complementizers.has(norm(cx, k + 1)) && /^ان/.test(norm(cx, k + 1));
    if ((isPunct(cx, k) && !isComma(cx, k)) || (k > c1 && verbAt(cx, k))) return false;
  }
  return false;
}

/**
 * Settles which reading of the verb applies before its subject is looked for: some forms
 * report nothing (a question, the first person, an appreciation), others take their
 * content as object (an estimate with an amount) or borrow the main clause's subject.
 * Returns false when the verb reports nothing.
 */
function settleCue(cx: Detection, st: VerbCueState): boolean {
  const { c0, c1, negated, se } = st;
  let { cue, opts } = st;
  if (reportsNothing(cx, c0, c1, cue)) return false;
  // اعتبر المسؤولون القرار خطوة …، اشترطت الإدارة التعاقد مع …: the object is the content (object-verbs.ts).
  cue = withObjectContent(cx, c0, c1, cue);
  // رأت اللجنة عدم وجود …: a view whose object is a proposition noun (view-object.ts).
  cue = viewWithPropositionObject(cx, c1, cue);
  // وتحدثت الصحف عن …، الشائعات التي تحدثت عن …: «talked about» reports only with a report or
  // press noun as its subject; a person talking about a topic reports nothing.
  if (cue && !cue.participle && cue.preps.length === 0 && normLemma(cue) === 'تحدث') {
    const h = bareAt(cx, c1);
    const w0 = h.startsWith('ال') ? h.slice(2) : h;
    if (TALKING_REPORTS.test(w0) || carrierGender(norm(cx, c1)) !== undefined || carrierGender(h) !== undefined || inSet(cx.lex.outletNouns, norm(cx, c1))
      || carrierSubject(cx, c0) !== undefined || talksAboutThatClause(cx, c1, se)) cue = { ...cue, preps: ['عن'] };
  }
  // كيف تصف نفسك: a question.
  if (QUESTION_WORDS.has(norm(cx, c0 - 1))) return false;
  // وقدّر المؤشر قيمة التعاملات بنحو 5 مليارات، قدر الأطباء عمره بعشرة أيام: an estimate with a
  // number is a claim whose object is the content; قدّر جهود الشرطة (appreciated) reports nothing.
  let estimate = false;
  // تُقدَّر أبعاده بنحو …: the imperfect is mostly the passive describing a noun before it.
  // مقدرة صافي الفائض بنحو …: the participle of a speaker named before estimates as the verb does.
  if (cue && normLemma(cue) === 'قدر' && (cue.participle || !/^[وف]?[يت]/.test(norm(cx, c1 - 1)))) {
    let k = c1;
    // The number is given with بـ (بنحو 5، بخمسين، بأكثر من، بين عشرة و…).
    const amount = (k: number): boolean => (tok(cx, k)?.kind === 'number'
      || /^(ب|وب)?(نحو|حوالي|قرابه|زهاء|اكثر|اقل|مليون|مليار|الف|ملايين|مليارات|الاف|عشر.*|ثلاث.*|اربع.*|خمس.*|ست.*|سبع.*|ثمان.*|تسع.*)$/.test(norm(cx, k)))
      && (norm(cx, k).startsWith('ب') || norm(cx, k - 1).startsWith('ب'));
    // إعانة الشعير قدرت بحوالى 1.8 مليار: the amount right after the verb, nothing estimated
    // between, is the passive (قُدّرت) describing the noun before it.
    if (!cue.participle && amount(c1)) return false;
    while (k < se && k - c1 <= 24 && !cx.complementizers.has(norm(cx, k)) && !amount(k)
      && !(k > c1 && verbAt(cx, k) && norm(cx, k) !== 'بين') && !(k > c1 + 1 && isPunct(cx, k) && !isComma(cx, k))) k++;
    if (!cx.complementizers.has(norm(cx, k))) {
      if (k >= se || k - c1 > 24 || (k > c1 && verbAt(cx, k) && norm(cx, k) !== 'بين') || (isPunct(cx, k) && !isComma(cx, k))) return false;
      estimate = true;
      cue = { ...cue, objectContent: true };
    }
  }
  // منح النادي مدربه الثقة بعد أن أعلن تمديد عقده: a verb right after a conjunction with a
  // verbal noun after it has the main clause's subject; the noun is what was announced. Not
  // when أن follows that noun closely (بعد أن أظهرت نتائج أولية أن …): the noun is the subject
  // of a verb whose content is the clause.
  if (!opts.forced && cue?.objectContent && !cue.participle && !negated && norm(cx, c0 - 1) === 'ان'
    && TIME_CONJUNCTIONS.has(bareAt(cx, c0 - 2)) && looksLikeObject(cx, c1) && !cx.mentionOf[c1] && !introducerAhead(cx, c1)
    && !inSet(cx.lex.roles, norm(cx, c1)) && !inSet(cx.lex.anonymousHeads, norm(cx, c1)) && !cx.lex.quantifierHeads.has(norm(cx, c1))) {
    const main = sentenceSubject(cx, c0);
    if (main) opts = { ...opts, forced: main };
  }
  st.cue = cue;
  st.opts = opts;
  st.estimate = estimate;
  return true;
}

/** Does the verb at c0 open its clause (sentence start, punctuation, a conjunction, a relative, a particle)? */
function opensClauseAt(cx: Detection, c0: number, cue: VerbCue): boolean {
  return c0 === sentenceStart(cx, c0) || cue.conjoined || isPunct(cx, c0 - 1) || CLAUSE_PARTICLES.has(norm(cx, c0 - 1))
    || isRelative(cx, c0 - 1) || tok(cx, c0 - 1)?.kind !== 'word' || verbAt(cx, c0 - 1) !== undefined || cx.lex.negators.has(norm(cx, c0 - 1))
    || cx.complementizers.has(norm(cx, c0 - 1));
}

/**
 * Past the subject, before the frame: a report noun after a short frame phrase is the
 * object, and a subject written before the verb (أما X فقال، X، أعلن) is the speaker.
 */
function objectAndTopic(cx: Detection, st: VerbCueState): void {
  const { c0, cue, negated, se, npStart, npEnd } = st;
  let { objectAt, opts } = st;
  // وكانت وسائل الإعلام قد نشرت في وقت سابق، مرارا أنباء عن …: with the subject before the
  // verb, a report noun past a short frame phrase is still the object.
  if (objectAt < 0 && npEnd === npStart && !negated && cue?.participle !== true && cue?.conjoined !== true
    && (cue?.objectContent || PUBLISHING_LEMMAS.has(normLemma(cue))) && FRAME_WORDS.has(norm(cx, npEnd))) {
    for (let k = npEnd + 1; k < se && k - npEnd <= 8; k++) {
      if (verbAt(cx, k) || cx.complementizers.has(norm(cx, k)) || COLONS.has(norm(cx, k)) || isQuoteOpen(cx, k)) break;
      if (indefiniteReport(cx, k)) {
        if (svoSubject(cx, c0) !== undefined) objectAt = k;
        break;
      }
    }
  }
  // أما X، وهو …، فقال: the topic after أما is the subject of the verb with ف.
  // مجلس المحافظة، أعلن، أمس، رفضه …: a subject fronted before the verb and a comma.
  if (!opts.forced && !negated && cue?.participle !== true && !speakerAt(cx, npStart)) {
    const topic = ammaTopic(cx, c0) ?? frontedTopic(cx, c0);
    if (topic) opts = { ...opts, forced: topic };
  }
  st.objectAt = objectAt;
  st.opts = opts;
}

/** The verb is planned, possible or hypothetical, or its subject is nobody: no one speaks. */
function speakerless(cx: Detection, st: VerbCueState): boolean {
  const { c0, npStart, npEnd } = st;
  // من المقرر أن يعلن …، يمكن أن يقول: planned or possible, not said.
  if ((norm(cx, c0 - 1) === 'ان' || norm(cx, c0 - 1) === 'لان') && cx.lex.modalFrames.has(bareAt(cx, c0 - 2))) return true;
  // قد يقول قائل إن …: a hypothetical speaker says nothing.
  if (npEnd > npStart && cx.lex.hypotheticalSpeakers.has(norm(cx, npStart))) return true;
  // لا أحد ينكر أن …، ولا أحد يتهم الآخر: nobody is no speaker (the writer's own voice).
  if (norm(cx, c0 - 1) === 'احد' && /^[وف]?لا$/.test(norm(cx, c0 - 2))) return true;
  return nobodyBeforeCoordination(cx, c0);
}

/**
 * Where the content starts: the frame after the subject (introducer, prepositions, relays),
 * then the constructions without an introducer (an object after a comma, a long title up to
 * أن, ألا after a verb of requiring, a quotation before the verb).
 */
function findContent(cx: Detection, st: VerbCueState): { frame: Frame; quotedBefore: [number, number] | undefined } {
  const { c0, cue, negated, opts, se, addresseeOnly, saidThat, npStart, objectAt, speakerEnd } = st;
  let { npEnd } = st;
  let outletSubject = false;
  for (let k = npStart; k < npEnd; k++) if (isQuoteOpen(cx, k)) outletSubject = true;
  if (npEnd > npStart && (inSet(cx.lex.outletNouns, (norm(cx, npStart))) || inSet(cx.lex.carrierNouns, (norm(cx, npStart))))) outletSubject = true;
  // ناشد X الجميع الالتزام بـ…: what is urged opens at the verbal noun, not at its preposition.
  const frame = st.urgedObject ? { contentStart: objectAt } : scanFrame(cx, npEnd, cue, negated, npStart, outletSubject, opts.tight === true);
  if (frame.contentStart < 0 && objectAt >= 0) frame.contentStart = objectAt;
  // أعلنت مدينة الملك عبدالله الطبية، فتح باب القبول: a comma between the subject and the
  // verbal noun announced.
  if (frame.contentStart < 0 && objectAt < 0 && !negated && cue?.objectContent && cue.participle !== true && npEnd > npStart
    && isComma(cx, npEnd) && (verbalNounObject(cx, npEnd + 1, cue.stance === 'deny', npEnd - 1) || announcedNounAfterSubject(cx, st, npEnd + 1, npEnd - 1))
    && tok(cx, npEnd + 2)?.kind === 'word'
    && !introducerAhead(cx, npEnd + 1)) frame.contentStart = npEnd + 1;
  // أكدت الأمانة العامة لهيئة كبار العلماء، ما للمسجد الأقصى من مكانة: a relative ما after the comma.
  if (frame.contentStart < 0 && objectAt < 0 && !negated && cue?.objectContent && cue.participle !== true && npEnd > npStart) {
    let k = npEnd;
    while (k < se && k - npEnd <= 5 && tok(cx, k)?.kind === 'word' && !verbAt(cx, k) && !cx.complementizers.has(norm(cx, k))) k++;
    if (isComma(cx, k) && norm(cx, k + 1) === 'ما' && tok(cx, k + 2)?.kind === 'word' && !cx.lex.negators.has(norm(cx, k + 2)) && !verbAt(cx, k + 2)) frame.contentStart = k + 1;
  }
  // Past the addressee, short quoted words are what was said, not a name.
  if (frame.contentStart < 0 && addresseeOnly && isQuoteOpen(cx, npStart) && tok(cx, npStart + 1)?.kind === 'word') frame.contentStart = npStart;
  // أوضح الدكتور X رئيس مجلس إدارة الجمعية والمشرف على كرسي …، قال قائد القوة والمسؤول الأمني
  // عن المهرجان العقيد Y إن …: a long title with its own prepositions ends at أن/إن or a colon when it
  // names someone and no verb, comma or clause stands between.
  if (frame.contentStart < 0 && objectAt < 0 && !negated && !opts.forced && cue?.participle !== true && npEnd > npStart
    && speakerEnd === undefined && cue !== undefined && cue.introducers.length === 0 && (c0 === sentenceStart(cx, c0) || cue?.conjoined === true
      || CLAUSE_PARTICLES.has(norm(cx, c0 - 1)) || (norm(cx, c0 - 2) === 'من' && /^(جانب|جهت)(ه|ها|هم)$/.test(norm(cx, c0 - 1))))) {
    let named = false;
    for (let k = npStart; k < se && k - npStart <= 40; k++) {
      const w = norm(cx, k);
      if (cx.mentionOf[k]?.type === 'PER' || (k === npStart && roleOf(cx, w) !== undefined)) named = true;
      if (k >= npEnd && (cx.complementizers.has(w) || COLONS.has(w))) {
        if (named && k > npEnd && tok(cx, k + 1)?.kind === 'word') {
          // وكتب X منشورا على «فيسبوك» إن …: the text written and its medium are no words of the writer's name.
          if (!writtenTextObject(cx, cue, npStart, npEnd)) npEnd = k;
          frame.contentStart = k + 1;
        }
        break;
      }
      if (k >= npEnd && (verbAt(cx, k) || isPunct(cx, k) || cx.lex.negators.has(w) || isRelative(cx, k) || cx.lex.prepositional.get(w)?.some((o) => o.phrase.length === 1) === true || prepositionalAt(cx, k)
        || uponDoingAt(cx, k) || circumstantialMasdarAt(cx, k)
        // وكتب الوزير رسالة جاء فيها أن …: the words of the text written (written-object.ts).
        || cameInAt(cx, k)
        // … من دون أن تعطي تفاصيل: a clause of manner, its أن no content (without-clause.ts).
        || withoutClauseAt(cx, k))) break;
    }
  }
  // واشترطت العمادة في استقبال الطلبات الذي يستمر …، ألا يقل …: after a verb of requiring or
  // asking, ألا before an imperfect verb is أن + لا even past a frame phrase (إلا, spelled the
  // same, follows a negation: لا يكون إلا).
  if (frame.contentStart < 0 && !negated && cue?.participle !== true && REQUIRING.has(normLemma(cue))) {
    for (let k = npEnd; k < se && k - npEnd <= 25; k++) {
      const w = norm(cx, k);
      if (cx.complementizers.has(w) || COLONS.has(w) || isQuoteOpen(cx, k) || cx.lex.negators.has(w)) break;
      if (verbAt(cx, k) && !isRelative(cx, k - 1) && !(k > npEnd && verbAt(cx, k - 1))) break;
      if (w === 'الا' && k > npEnd && (isComma(cx, k - 1) || !isPunct(cx, k - 1)) && tok(cx, k + 1)?.kind === 'word' && /^[يت]/.test(norm(cx, k + 1))
        && !cx.complementizers.has(norm(cx, k + 1))) {
        frame.contentStart = k + 1;
        break;
      }
    }
  }
  if (frame.contentStart < 0 && saidThat >= 0 && npEnd > npStart) frame.contentStart = saidThat;
  // «لن نتراجع»، قال الوزير: a quotation right before the verb and a comma, nothing after.
  let quotedBefore: [number, number] | undefined;
  // The quotation opens its sentence or follows punctuation (not a title after a noun), and
  // the subject after the verb is someone (a name, a role, an anonymous source, an outlet).
  const someone = someoneAt(cx, npStart);
  // After a quoted clause that opens the sentence, the speaker may be anyone (quote-first.ts).
  const clauseSpeakerEnd = frame.contentStart < 0 ? speakerAfterQuotedClause(cx, c0, npStart, npEnd, se) : -1;
  const afterClause = clauseSpeakerEnd >= 0;
  if (frame.contentStart < 0 && !negated && cue?.participle !== true && cue?.conjoined !== true && npEnd > npStart && isComma(cx, c0 - 1)
    && ['»', '”', '"'].includes(norm(cx, c0 - 2))
    && (afterClause || (someone && (npEnd >= se || isPunct(cx, npEnd) || norm(cx, npEnd) === 'ل' || /^لل/.test(norm(cx, npEnd)))))) {
    for (let k = c0 - 3; k >= Math.max(0, c0 - 150); k--) {
      if (!isQuoteOpen(cx, k)) continue;
      if (closingQuote(cx, k, c0) === c0 - 2 && k + 1 < c0 - 2 && (k === sentenceStart(cx, k) || isPunct(cx, k - 1))) quotedBefore = [k + 1, c0 - 2];
      break;
    }
    if (quotedBefore) frame.contentStart = quotedBefore[0];
    if (quotedBefore && afterClause) npEnd = clauseSpeakerEnd;
  }
  // أعلن رئيس الوزراء بنيامين نتانياهو الأربعاء الموافقة على …، أكدت اللجنة في اليوم ذاته
  // مساندتها: the object past a time word or a frame phrase; else an introducer further on.
  st.npEnd = npEnd;
  if (frame.contentStart < 0 && !quotedBefore) {
    let at = objectPastTime(cx, st);
    if (at < 0) at = ownedObjectPastFrame(cx, st);
    if (at < 0) at = farContent(cx, st);
    // وكتب الوزير رسالة جاء فيها أن …: the words the written text carries (written-object.ts).
    if (at < 0) at = wordsOfWrittenText(cx, st);
    // وأضاف النجيفي لا بد من …: words with no introducer at all (bare-clause.ts).
    const bare = at < 0 ? bareClauseAt(cx, st) : undefined;
    if (bare) {
      at = bare.content;
      npEnd = bare.subjectEnd;
      st.npEnd = npEnd;
    }
    // أعلنت كلية X التابعة للمؤسسة العامة … أسماء …: the name runs on past its complements (complement-chain.ts).
    const past = at < 0 ? objectPastComplements(cx, st) : undefined;
    if (past) {
      at = past.object;
      npEnd = past.subjectEnd;
      st.npEnd = npEnd;
    }
    if (at >= 0) frame.contentStart = at;
  }
  if (frame.contentStart >= 0) st.npEnd = speakerWordsEnd(cx, npStart, npEnd);
  return { frame, quotedBefore };
}

/**
 * Records the verb's written subject for the participles that follow it, even when the verb
 * itself reports nothing here.
 */
function rememberSubject(cx: Detection, st: VerbCueState, frame: Frame): void {
  const { c0, cue, npStart, npEnd, speakerEnd } = st;
  const pluralVerb = pluralVerbAt(cx, cue, st.c1);
  // A verb whose subject is written but which reports nothing here (انتقد X البرنامج، قائلا …)
  // still names the subject of the participles that follow it.
  // وعبر المهنا عن رضاه …، موضحا: with و and its frame word after the subject, عبر is the verb.
  // وقد عبر والد الشهيد عن شكره …، لافتا: after قد too.
  // من جانبه تحدث X، أحد …، فأكد: after a fronted «on his part» the verb opens its clause.
  const side = /^(جانب|جهت|ناحيت)(ه|ها|هم|هما)$/.test(norm(cx, c0 - 1)) && FRONTED_SIDE.test(norm(cx, c0 - 2));
  const plainVerb = !cue?.ambiguous || ((cue.conjoined || CLAUSE_PARTICLES.has(norm(cx, c0 - 1)) || side) && cue.frameWords.includes(norm(cx, npEnd)));
  // لن يكون تابعا لحزب، سيكون تابعا: a form in ا right after a copula is its accusative predicate, no verb.
  if (COPULAS.has(norm(cx, c0 - 1).replace(/^[وف]?س?/, '')) && norm(cx, c0).endsWith('ا')) return;
  if (frame.contentStart < 0 && npEnd > npStart && cue?.participle !== true && plainVerb && !isRelative(cx, c0 - 1)) {
    // Only a verb that opens its clause has its subject after it (دندن انتقد البرنامج: the
    // noun after the verb is the object).
    const before = norm(cx, c0 - 1);
    const opens = c0 === sentenceStart(cx, c0) || isComma(cx, c0 - 1) || cue?.conjoined === true || CLAUSE_PARTICLES.has(before) || side;
    if (opens && objectNotSubject(cx, cue, npStart, npEnd)) return;
    const s = opens && !pluralVerb ? analyseNP(cx, npStart, speakerEnd ?? npEnd)
      : leftSource(cx, c0) ?? (TIME_CLAUSE_OPENERS.test(before) ? mainClauseSubject(cx, c0) : undefined);
    cx.lastSubject = s && !notSpeakerAt(cx, npStart) ? { source: s, at: c0 } : undefined;
  }
}

/** Verbs of plain saying, whose object is what was said (تقول عكس ذلك، ذكر هذا الرقم). */
const PLAIN_SAYING = new Set(['قال', 'ذكر']);

/**
 * The object of the verb can stand for what was said: a verb that takes its content as object,
 * of denying, or of plain saying; not one of criticising, condemning or seeing (استنكر هذه الأعمال).
 */
function objectCanBeSaid(cue: VerbCue | undefined): boolean {
  return cue !== undefined && (cue.objectContent || cue.stance === 'deny' || PLAIN_SAYING.has(normLemma(cue)));
}

/**
 * The content of a verb without an introducer: what follows the verb is its object (after
 * a pronoun subject, a demonstrative, a carrier subject, a participle). Returns undefined
 * when no content was found; `participleObjectAt` is where a participle's object starts, when it is what
 * was said.
 */
function contentFallbacks(cx: Detection, st: VerbCueState, frame: Frame): { participleObjectAt: number | undefined } | undefined {
  const { c0, c1, cue, negated, opts, npStart, npEnd } = st;
  // لكنها لم تعلن اسم المنظمة: the subject is the pronoun before; what follows is the object.
  if (opts.forced && frame.contentStart < 0 && npEnd > npStart) frame.contentStart = npStart;
  // No content introducer, but an object opened by a demonstrative (نفت الوزارة هذه الأنباء);
  // only for a verb whose object can stand for what was said (انتقد الوزير هذا القرار criticises).
  if (frame.contentStart < 0 && npEnd > npStart && cx.lex.demonstratives.has(norm(cx, npEnd)) && objectCanBeSaid(cue)) frame.contentStart = npEnd;
  const svoEarly = !negated && !cue?.conjoined && !cue?.participle && cue?.objectContent === true && npEnd > npStart
    && frame.contentStart < 0 && svoSubject(cx, c0) !== undefined;
  // تقارير طبية تؤكد تدهور حالتها، اللقطات التي تزعم سقوط …: after a carrier subject the
  // phrase after the verb is what was said.
  const carrierEarly = !negated && !cue?.conjoined && !cue?.participle && npEnd > npStart && frame.contentStart < 0
    && !svoEarly && carrierSubject(cx, c0) !== undefined;
  if (carrierEarly) frame.contentStart = npStart;
  // مؤكدا الحرص على … (after a comma); not the adjective in إصابة مؤكدة بـ….
  // محملا الحكومة مسؤولية سقوط …: a definite first object, then the indefinite second one.
  // نافية ما تم تداوله: a denied relative ما clause is the object too.
  // مؤكداً في الوقت ذاته وجود …: past a fronted adverbial (fronted-adverbial.ts).
  const o = cue?.participle === true ? pastFrontedAdverbial(cx, c1) : c1;
  const participleObject = (cue?.participle === true && cue.objectContent && frame.contentStart < 0
    && (looksLikeObject(cx, o) || (norm(cx, o).length === 3 && tok(cx, o)?.kind === 'word' && !SHORT_WORDS.has(norm(cx, o)) && !verbAt(cx, o))
      || (norm(cx, o).startsWith('ال') && tok(cx, o)?.kind === 'word' && !verbAt(cx, o) && !cx.lex.npStops.has(norm(cx, o))
        && looksLikeObject(cx, o + 1) && !cx.mentionOf[o + 1] && !/^[بلكف]/.test(norm(cx, o + 1)) && tok(cx, o + 2)?.kind === 'word'))
    && isComma(cx, c0 - 1))
    || (frame.contentStart < 0 && deniedWhat(cx, c0, c1, cue))
    || (frame.contentStart < 0 && participleMasdarObject(cx, c0, c1, cue, o));
  if ((frame.contentStart < 0 && !svoEarly && !participleObject) || frame.contentStart >= cx.tokenCount) return undefined;
  return { participleObjectAt: participleObject ? o : undefined };
}

/**
 * Verbs and contents that look like a report but are not one: بين "between", an unnamed
 * source, claiming responsibility, unveiling a product, recognising a state, a passive.
 */
function notAReport(cx: Detection, st: VerbCueState, frame: Frame): boolean {
  const { c0, c1, cue, se, npStart, npEnd } = st;
  // بين is mostly "between": only a subject noun phrase right before أن makes it a cue.
  // وبيّن المفرج أن …: the shadda writes the verb, not "between".
  const shadda = cx.text.slice((tok(cx, c1 - 1) as Token).start, (tok(cx, c1 - 1) as Token).end).includes('\u0651');
  if (cue?.ambiguous && !shadda) {
    const titleHead = bareAt(cx, npStart).replace(/^ال/, '');
    const headKnown = npEnd > npStart && (inSet(cx.lex.roles, norm(cx, npStart)) || inSet(cx.lex.anonymousHeads, norm(cx, npStart))
      || (cx.lex.roles.has(titleHead) && cx.mentionOf[npEnd - 1]?.type === 'PER')
      || cx.mentionOf[npStart] !== undefined
      // تظهر آخر البيانات أن …: a text that carries information, with its أن clause (carrier-head.ts).
      || (npEnd > npStart && carrierHeadAt(cx, npStart) && cx.complementizers.has(norm(cx, frame.contentStart - 1))));
    const rightAfter = frame.contentStart === npEnd + 1 || frame.contentStart === npEnd + 2;
    // بين حفتر وشويغو: "between X and Y".
    let pair = false;
    for (let k = npStart + 1; k < npEnd; k++) if (norm(cx, k).charCodeAt(0) === 0x648 && cx.mentionOf[k]) pair = true;
    // قطع الفريق مسافة 3000 كلم … مثل «…»: a long subject with a number is no speaker.
    // وبين رئيس بلدية محافظة العارضة إبراهيم بن ظافر كريري أن …: a title that leads to a name
    // right before أن may be long.
    let titledName = false;
    for (let k = npStart + 1; k < npEnd; k++) if (cx.mentionOf[k]?.type === 'PER') titledName = true;
    let long = npEnd - npStart > 6 && !(titledName && rightAfter && (inSet(cx.lex.roles, norm(cx, npStart)) || cx.lex.roles.has(titleHead)));
    for (let k = npStart; k < npEnd; k++) if (tok(cx, k)?.kind === 'number') long = true;
    // عبر عن قلقه من أن …: after a verbal noun of saying, من is part of the frame.
    const loose = frame.loose === true && frame.saying === undefined;
    // وبين المفرج أن …: with و, a short subject right before أن (وبين الطرفين is "and between").
    const shortConjoined = cue.conjoined && rightAfter && npEnd > npStart && npEnd - npStart <= 2 && bareAt(cx, c0).length > 0
      && !cx.lex.quantifierHeads.has(norm(cx, npStart)) && tok(cx, npStart)?.kind === 'word' && !/(ين|ان)$/.test(norm(cx, npEnd - 1));
    // سهولة المفاوضات بين الفريق السعودي ونظيره تكمن في أن …: after a noun inside a clause, بين is "between".
    const opensClause = opensClauseAt(cx, c0, cue);
    // وبين منظم البرنامج عبدالله معدي أن، وفي نهاية الجولة بين الصقيه أن …: a person's name right
    // before أن, with no second party joined by و, is the subject; "between" needs two.
    // (The tagger may leave a last family name out of the name: عبدالله معدي.) A comma may
    // close the name before أن (وبين منظم البرنامج عبدالله معدي، أن …).
    const thatAt = isComma(cx, npEnd) ? npEnd + 1 : npEnd;
    const nameBeforeThat = rightAfter && npEnd > npStart && npEnd - npStart <= 6 && cx.complementizers.has(norm(cx, thatAt))
      && [npEnd - 1, npEnd - 2].some((k) => k >= npStart && cx.mentionOf[k]?.type === 'PER');
    if (nameBeforeThat && !loose && !pair) return false;
    if (loose || pair || long || !opensClause || !(headKnown || (npEnd === npStart && rightAfter) || shortConjoined)) return true;
  }
  // أو وصف الدواء بطريقة …، من الصعب وصف البيت بكلمات، استهجن وصف المقدم للأطفال بـ…: the bare
  // form of وصف inside a clause is the verbal noun; it describes (وصفها بالكارثية) as a verb
  // that opens its clause or follows a name (فينغر وصف …), or with its بأن clause.
  if (normLemma(cue) === 'وصف' && cue && !cue.participle && norm(cx, c1 - 1) === 'وصف' && !opensClauseAt(cx, c0, cue) && !cx.mentionOf[c0 - 1]
    && !cx.complementizers.has(norm(cx, frame.contentStart - 1))) return true;
  // لم يكشف عن هويته: "unnamed", not something said.
  const cw = norm(cx, frame.contentStart);
  if (cx.lex.identityWords.has(cw) || (cw === 'عن' && cx.lex.identityWords.has(norm(cx, frame.contentStart + 1)))) return true;
  // وأعلن التنظيم مسؤوليته عن الهجوم: claiming responsibility is an act, not a report (GUIDELINE.md).
  if (responsibilityAt(cx, frame.contentStart)) return true;
  // ولم تعلن أي جهة على الفور مسؤوليتها عن …: the same act with its subject and a time phrase
  // taken for content.
  if (!cx.complementizers.has(norm(cx, frame.contentStart - 1)) && !isQuoteOpen(cx, frame.contentStart) && !COLONS.has(norm(cx, frame.contentStart - 1))) {
    for (let k = frame.contentStart + 1; k < Math.min(se, frame.contentStart + 6) && tok(cx, k)?.kind === 'word' && !verbAt(cx, k); k++) {
      if (responsibilityAt(cx, k)) return true;
    }
  }
  // كشفت سامسونج عن حاسوب لوحي جديد: unveiling a product is an act, not a report.
  const unveiled = cw === 'عن' ? norm(cx, frame.contentStart + 1) : cw;
  if (/^(كشف|اعلن|ازاح)$/.test(normLemma(cue)) && !cx.complementizers.has(norm(cx, frame.contentStart - 1))
    && /^(ال)?(حاسوب|حاسب|هاتف|جوال|جهاز|اجهز|سياره|طراز|نسخ|منتج|تطبيق|ساعه|كاميرا|شاشه|لوح)/.test(bare(unveiled))) return true;
  // اعترفت السويد بدولة فلسطين: recognising a state or a government is an act, not a confession.
  if (normLemma(cue) === 'اعترف' && /^ب(ال)?(دول|حكوم|شرعي|استقلال|سياد|جمهوري|كيان|اسرائيل)/.test(cw)) return true;
  // أُبلغوا بوجود شحنة، أُخبر بأن: a verb of informing with neither subject nor addressee
  // before what was told is passive; the one informed is not a speaker.
  if (cue?.addressee && npEnd === npStart && frame.contentStart === c1 && !/(ه|ها|هم|هما|ني|نا|كم)$/.test(norm(cx, c1 - 1))
    && prepOf(cx, c1, cue.preps)) return true;
  // نُسبت لشاعر آخر، بل نسبت لمصدر …: a phrase glued to ل right after نسب is whom the words are
  // credited to, never the verb's subject (ونسبت الصحيفة إلى مسؤول قوله … keeps its subject).
  if (normLemma(cue) === 'نسب' && npEnd > npStart && npStart === c1 && /^ل[^ا]/.test(norm(cx, c1))) return true;
  // قيل، يقال: impersonal passives have no speaker.
  if (PASSIVE.has(norm(cx, c1 - 1))) return true;
  // وتهدد هذه الإصابة بعدم مشاركته: «endangers», no one threatens (threat-subject.ts).
  if (threatWithoutThreatener(cx, st, frame.contentStart)) return true;
  return false;
}

/** Whether the last speaker spoke with the same verb earlier in the sentence of the token at i. */
function sameVerbEarlierInSentence(cx: Detection, i: number, cue: VerbCue): boolean {
  const last = lastSpeakerDraft(cx);
  if (last === undefined) return false;
  const at = firstTokenAt(cx, last.cue.start);
  return sentenceOf(cx, at) === sentenceOf(cx, i) && verbAt(cx, at)?.lemma === cue.lemma;
}

/**
 * The source written with the verb: before it (SVO), forced, or the noun phrase after it,
 * unless that phrase is the verb's object (objectFirst). Returns undefined when the verb
 * reports nothing.
 */
function writtenSource(cx: Detection, st: VerbCueState, frame: Frame, participleObjectAt: number | undefined): { source: Source | undefined; objectFirst: boolean } | undefined {
  const { c0, c1, cue, negated, opts, blessed, npStart, npEnd, speakerEnd } = st;
  const pluralVerb = pluralVerbAt(cx, cue, c1);
  // أن المركز دعا الأطباء إلى …، إلا أن الوزارة نفت الأمر: the subject stands before the
  // verb, right after أن/إن; the noun phrase after the verb is its object.
  // من جانبه قال X: the fronted «on his part» opens the clause; the subject follows the verb.
  const sideBefore = norm(cx, c0 - 2) === 'من' && /^(جانب|جهت|ناحيت)(ه|ها|هم|هما)$/.test(norm(cx, c0 - 1));
  // مقطع يقول فيه أحد المشاركين: the speaker written past the pronoun leaves none before the verb.
  const svo = !negated && !cue?.conjoined && !cue?.participle && !sideBefore && !speakerWrittenPastPronoun(cx, c1, npStart) ? svoSubject(cx, c0) : undefined;
  // بأن الاتفاق لا يشير إلى …: an agreement or a plan "indicates" nothing as a speaker.
  if (!opts.forced && !cue?.textSubject) {
    const pre = svo ?? (negated ? subjectAfterComplementizer(cx, c0) : undefined);
    if (pre?.start !== undefined && pre.entity === undefined && cx.lex.nonSourceNouns.has(bare(norm(cx, firstTokenAt(cx, pre.start))))) return undefined;
  }
  if (svo && frame.contentStart < 0 && cue?.objectContent && npEnd > npStart) frame.contentStart = npStart;
  // مؤكدا الحرص على …: a participle's object is what was said.
  if (participleObjectAt !== undefined) frame.contentStart = participleObjectAt;
  // رافضا ذكر اسمه، عدم الكشف عن هويته: a verbal noun, and no statement.
  if (cx.lex.identityWords.has(norm(cx, npStart)) || REFUSAL.has(bareAt(cx, c0 - 1))) return undefined;
  if (!opts.forced && !svo && npEnd > npStart && firstPersonAfter(cx, c1, npStart)) return undefined;
  let source = opts.forced ?? svo ?? (blessed ? { kind: 'named' } : npEnd > npStart ? analyseNP(cx, npStart, speakerEnd ?? npEnd) : undefined);
  // شركات الطيران التي تتهم الناقلات المنافسة: nothing resumes the antecedent, so it is the subject (relative-subject.ts).
  const gap = !opts.forced && !svo && npEnd > npStart ? relativeGapSubject(cx, c0, c1, npStart, cue) : undefined;
  if (gap) {
    if (frame.contentStart < 0 && cue?.objectContent) frame.contentStart = npStart;
    return { source: gap, objectFirst: false };
  }
  // حيث وجه بتقديم الخدمات: an instruction without its giver written names no one reliably
  // (the one who gave it is often a genitive before it, not the last speaker).
  // ووجه رئيس الهيئة بفتح تحقيق، كما وجه باتخاذ …: one who gave an instruction earlier in the
  // same sentence goes on giving them (after another verb, مبينا أن هناك متابعة من المدير، حيث
  // وجه …, the giver is still often the genitive).
  if (!source && cue?.subjectWritten && !sameVerbEarlierInSentence(cx, c0, cue)) return undefined;
  // نُقل عن الوزير قوله: a passive relay names the speaker after عن.
  if (!source && cue?.chain && npEnd === npStart && frame.inner && norm(cx, c1) === 'عن') {
    source = frame.inner.source;
    if (frame.inner.cue.start !== (tok(cx, c1) as Token).start) frame.passiveSaying = frame.inner.cue;
    delete frame.inner;
  }
  // وعلمت مراسلة الأناضول أن …: the outlet's correspondent is an unnamed source, not its voice (outlet-staff.ts).
  if (source && cue?.outlet && !outletStaffAt(cx, npStart)) source = { ...source, kind: 'outlet' };
  // The word before a participle is not its subject (… جنوب السودان داعيا الطرفين).
  // وطالبت اللاعب بضرورة …، كما حث مديرية الكهرباء على …: a noun that does not agree with
  // the verb is its object; the subject is not written.
  let objectFirst = false;
  // ووجه حديثه للحضور قائلا، ووصف ارتداءها بأنه …، قال موجهاً كلامه: a verbal noun with the
  // pronoun of the unwritten subject, or an accusative participle, right after the verb is no speaker.
  if (source && !opts.forced && !svo && npEnd > npStart && !cue?.objectContent && notSpeakerAt(cx, npStart)) {
    source = undefined;
    objectFirst = true;
  }
  if (source && !opts.forced && !svo && npEnd > npStart && pluralVerb) {
    source = undefined;
    objectFirst = true;
  }
  // ووصف الاتفاق أمام مجلس الشورى بأنه …: a noun that names no one (الاتفاق، القرار) is the
  // object; the speaker is the one before.
  if (source && !opts.forced && !svo && npEnd > npStart && source.entity === undefined && !cue?.textSubject && cx.lex.nonSourceNouns.has(bareAt(cx, npStart))) {
    source = undefined;
    objectFirst = true;
  }
  // ووصف الإرهابيين ومن يدعمهم بالجهلة، واتهم المسؤولين بالتقصير: after a verb that takes an
  // object, a sound plural in the accusative (ين) is that object; the speaker is the one before.
  if (source && !opts.forced && !svo && npEnd > npStart && cue?.addressee && !cue.participle && source.entity === undefined
    && !cx.mentionOf[npStart] && obliquePlural(cx, npStart)) {
    source = undefined;
    objectFirst = true;
  }
  // ودعت العلماء إلى …، حض المليشيات على …: after a verb of urging, people who are no
  // institution, office or named entity are the ones urged; the speaker is the one before.
  if (source && !opts.forced && !svo && npEnd > npStart && npEnd - npStart <= 8 && URGING.has(normLemma(cue))
    && source.entity === undefined && !cx.mentionOf[npStart] && !roleOf(cx, norm(cx, npStart)) && !cx.lex.carrierNouns.has(bareAt(cx, npStart).slice(2))
    && !inSet(cx.lex.outletNouns, norm(cx, npStart)) && !/^ال(مصادر|مصدر|مسؤول|مسئول)/.test(bareAt(cx, npStart)) && !cx.lex.quantifierHeads.has(norm(cx, npStart)) && bareAt(cx, npStart).startsWith('ال')
    && (cue?.conjoined || norm(cx, c0 - 1) === 'انه' || norm(cx, c0 - 1) === 'انها')
    // ويطالب المزارعون بـ…: a sound plural in the nominative is the subject; ويدعو الخبراء إلى …
    // with no speaker before it to be the subject: the noun is.
    && !nominativePlural(cx, npStart) && (obliquePlural(cx, npStart) || urgerBefore(cx, c0))) {
    source = undefined;
    objectFirst = true;
  }
  // ووصف داركود بأنه …: one short phrase before بـ is the thing described (described-object.ts).
  if (source && !opts.forced && !svo && npEnd > npStart && describedObjectFirst(cx, cue, c1, npStart)) {
    source = undefined;
    objectFirst = true;
  }
  // ولم تعلن مدة عقده: a noun of information right after a negated verb of withholding is its object (withheld-object.ts).
  if (source && !opts.forced && !svo && npEnd > npStart && withheldObjectFirst(cx, cue, negated, npStart)) {
    source = undefined;
    objectFirst = true;
    if (frame.contentStart < 0) frame.contentStart = npStart;
  }
  // وقال مسئولة بوزارة الصحة تدعى نارونج …: a title written with ت before her name is still the speaker.
  let namedInside = false;
  for (let k = npStart + 1; k < npEnd; k++) if (calledAt(cx, k) || (cx.mentionOf[k]?.type === 'PER' && roleOf(cx, norm(cx, npStart).replace(/ه$/, '')) !== undefined)) namedInside = true;
  if (source && !opts.forced && !svo && npEnd > npStart && cue?.gender !== undefined && disagrees(cx, cue.gender, npStart, URGING.has(normLemma(cue))) && !namedInside) {
    source = undefined;
    objectFirst = true;
  }
  return { source, objectFirst };
}

/**
 * A source not written with the verb: the owner of a relative clause's object, the noun
 * before the verb, the sentence's subject, or the last speaker when the verb agrees with it.
 */
function unwrittenSource(cx: Detection, st: VerbCueState, written: Source | undefined, objectFirst: boolean): Source | undefined {
  const { c0, c1, cue, npStart, npEnd } = st;
  const pluralVerb = pluralVerbAt(cx, cue, c1);
  const cueWord = norm(cx, c1 - 1);
  let source = written;
  // يُرجَّح أن، ويُتوقع أن: an impersonal passive has no speaker.
  if (!source && npEnd === npStart && IMPERSONAL.has(bareAt(cx, c1 - 1))) return undefined;
  // أصدرت الوزارة بيانا أكدت فيه …، عقد الوزير مؤتمرا أعلن خلاله …: a verb with the resumptive
  // pronoun of a relative clause on the object before it has the sentence's subject.
  if (!source && !cue?.participle && !cue?.conjoined && npEnd === npStart && resumptiveAt(cx, c1)) source = objectOwner(cx, c0);
  // محمد الدوسري، مدير عام الشركة، أكد أن …: a subject fronted at the clause start (fronted-subject.ts).
  if (!source && !cue?.participle && !cue?.conjoined && !st.negated && (npEnd === npStart || objectFirst)) source = frontedSubject(cx, c0, cue?.gender);
  // A verb with a conjunction (والقصيم ويتوقع، أما أولاده فيقول) has no subject right before it.
  if (!source && !cue?.participle && !cue?.conjoined && !disagreesWithRelative(cx, c0, cue)) source = leftSource(cx, c0);
  if (!source && npEnd === npStart && disagreesWithRelative(cx, c0, cue)) source = sentenceSubject(cx, c0);
  if (!source && !cue?.participle && !cue?.conjoined && npEnd === npStart && !objectFirst) source = antecedentSource(cx, c0, cue);
  const conjoined = cue?.conjoined === true || cue?.participle === true;
  // A participle's subject is the subject of its sentence: the last speaker if it spoke in
  // this sentence, else the noun phrase after the sentence's first verb (طالب أوباما … داعيا).
  // Only a candidate that agrees with the participle (participle-agreement.ts).
  const fits = (s: Source | undefined): Source | undefined => (s && participleSpeaker(cx, cue, c1 - 1, s) ? s : undefined);
  if (!source && cue?.participle) source = fits(relativeSpeakerBefore(cx, c0)) ?? fits(contrastSubject(cx, c0));
  if (!source && cue?.participle) {
    const last = lastSpeakerDraft(cx);
    const lastHere = last !== undefined && sentenceOf(cx, firstTokenAt(cx, last.cue.start)) === sentenceOf(cx, c0);
    const subjectHere = cx.lastSubject !== undefined && sentenceOf(cx, cx.lastSubject.at) === sentenceOf(cx, c0)
      && (!lastHere || (last !== undefined && (tok(cx, cx.lastSubject.at) as Token).start > last.cue.start));
    if (subjectHere && cx.lastSubject && !placeInsideLastReport(cx, cx.lastSubject.source, cx.lastSubject.at, c0)) {
      source = speakerOverReportedSubject(cx, cx.lastSubject.source, cx.lastSubject.at, c0, c1 - 1) ?? fits({ ...cx.lastSubject.source });
    }
    // سخرت الصحافة …، مشيرة: the subject of the clause the participle hangs on (governing-clause.ts).
    if (!source && !lastHere) source = governingSubject(cx, c0);
    if (!source && !lastHere) source = fits(sentenceSubject(cx, c0)) ?? fits(openingVerbSubject(cx, c0)) ?? fits(personAfterVerbHere(cx, c0));
    // تنشط الفرق …، مؤكدين أن …: a plural participle on a clause whose verb reports nothing.
    if (!source) source = pluralClauseSubject(cx, c0);
  }
  // … ونشر هيرتا صورة … وقال إن: a subjectless verb inside a sentence shares its subject.
  // منح النادي مدربه الثقة بعد أن أعلن تمديد عقده: after a conjunction the subject is the
  // main clause's.
  if (!source && !cue?.participle && npEnd === npStart && (norm(cx, c0 - 1) === 'ان' || norm(cx, c0 - 1) === 'ما')
    && TIME_CONJUNCTIONS.has(bareAt(cx, c0 - 2))) source = sentenceSubject(cx, c0);
  // أحسن الوزير حينما نفى …: after a conjunction of time written as one word, the same; else the
  // one named earlier in the sentence.
  if (!source && !cue?.participle && (npEnd === npStart || objectFirst) && TIME_CLAUSE_OPENERS.test(norm(cx, c0 - 1))) source = mainClauseSubject(cx, c0);
  // زار الوزير المعرض …. وقال: the subject of a verb that reports nothing, with no report between (narrated-subject.ts).
  if (!source && (npEnd === npStart || objectFirst)) source = narratedSubject(cx, c0, cue);
  if (!source && (conjoined || npEnd === npStart || objectFirst) && !cue?.participle) source = clauseSubject(cx, c0);
  if (!source && npEnd === npStart && !cue?.participle && c0 === sentenceStart(cx, c0)) source = subjectOfSentenceBefore(cx, c0, cue?.gender);
  if (!source && (conjoined || npEnd === npStart || objectFirst)) {
    // ذكرت الصحيفة أن المدرب X تحدث …، مؤكدا: the person after أن (reported-person-participle.ts).
    source = (cue?.participle ? reportedPersonSpeaker(cx, c1 - 1, lastSpeakerDraft(cx)) : undefined) ?? previousSpeaker(cx, c0);
    // A participle goes on only with a last speaker who agrees with it, else with an earlier one.
    if (cue?.participle && !(source && participleSpeaker(cx, cue, c1 - 1, source))) source = agreeingSpeaker(cx, cue, c1 - 1);
    // … أنه تم وضع لافتات في الأماكن العامة تشير إلى …: an imperfect verb whose gender is not
    // the last speaker's (as his own verb shows it) has another subject, left unwritten.
    const last = lastSpeakerDraft(cx);
    const lastGender = last ? verbAt(cx, firstTokenAt(cx, last.cue.start))?.gender : undefined;
    if (source && !cue?.participle && cue?.gender !== undefined && /^[يت]/.test(norm(cx, c1 - 1)) && lastGender !== undefined
      && lastGender !== cue.gender) source = undefined;
    // وقالت القوات …، وأضاف أن …: a past verb whose gender is not the last speaker's (as the
    // speaker's own verb, before the subject, shows it) has another subject. A feminine verb
    // after a title alone may still be the same speaker (قال المتحدث …، ودعت …: a spokeswoman
    // under the masculine title); after a named person it is not.
    if (source && last && !cue?.participle && cue?.gender !== undefined && lastGender !== undefined && lastGender !== cue.gender
      && !/^[يت]/.test(norm(cx, c1 - 1)) && last.source.start !== undefined && last.source.start > last.cue.start
      && (cue.gender === 'm' || cx.mentionOf[firstTokenAt(cx, last.source.start)]?.type === 'PER')) source = undefined;
    // وذكروا أن …، مؤكدين أن …: a verb or participle with a plural subject does not go on with a
    // last speaker who is one person or one body (قال الوزير محمد …، كشفت الوزارة).
    const pluralCue = pluralVerb || (cue?.participle === true && /^[وف]?م.{3,}ين$/.test(cueWord) && !normLemma(cue).endsWith('ين'));
    if (source && last && pluralCue && source.start !== undefined && source.start === last.source.start) {
      const a = firstTokenAt(cx, source.start);
      const h = bareAt(cx, a);
      const m = cx.mentionOf[a];
      const single = (m?.type === 'PER' && !/\sو/.test(cx.text.slice(source.start, source.end ?? source.start)))
        || SINGULAR_MASCULINE_HEADS.test(h) || (h.length >= 4 && h.endsWith('ه') && !/ات$/.test(h));
      if (tok(cx, a)?.kind === 'word' && single) source = undefined;
    }
    // وذكرت شينخوا نقلا عن متحدث …، وأضافت أن …: when the last speaker was relayed by another and
    // the verb agrees with the relaying verb but not with the relayed speaker's noun, the relaying
    // speaker goes on.
    const outer = last?.viaKey !== undefined ? cx.drafts.find((d) => d.key === last.viaKey) : undefined;
    const outerWord = outer ? norm(cx, firstTokenAt(cx, outer.cue.start)) : '';
    const outerGender = outer ? verbAt(cx, firstTokenAt(cx, outer.cue.start))?.gender
      ?? (/^[وف]?ت/.test(outerWord) || /[^و]ت$/.test(outerWord) ? 'f' : /^[وف]?ي/.test(outerWord) ? 'm' : undefined) : undefined;
    if (source && last && outer && outer.source.start !== undefined && last.source.start !== undefined && cue?.gender !== undefined
      && outerGender === cue.gender && !cue.participle) {
      const a = firstTokenAt(cx, last.source.start);
      const h = bareAt(cx, a);
      // A broken plural (مصادر، خبراء) takes a feminine verb as well; only a singular head tells:
      // a masculine person noun against a feminine verb, a feminine noun against a masculine one.
      const other = cue.gender === 'f' ? SINGULAR_MASCULINE_HEADS.test(h)
        : h.endsWith('ه') && !cx.lex.mascNounsInH.has(h) && cx.mentionOf[a]?.type !== 'PER';
      if (tok(cx, a)?.kind === 'word' && other) source = { ...outer.source };
    }
    if (source) source = relayingSpeakerGoesOn(cx, cue, c1, last, source) ?? source;
    // رفضت إدارة القادسية … للاعب نايف هزازي … إذ ترى: a verb that disagrees with the one
    // carried over goes with an earlier subject of its sentence that agrees (without-agreement.ts).
    if (source && !cue?.participle && cue?.gender !== undefined) {
      source = agreeingSource(cx, c1 - 1, cue.gender, source, last && source.start === last.source.start ? last : undefined);
    }
  }
  // وأضافوا، حيث طالبوا: a plural verb with no subject written has the plural noun phrase before
  // it (بعض المواطنين، المجتمعون), when there is one, rather than a single speaker or body.
  // كما يقولون: «as they say», a saying, has no one to name.
  const asTheySay = norm(cx, c0 - 1) === 'كما' && /^[يت]/.test(cueWord);
  if (!written && pluralVerb && !asTheySay && (npEnd === npStart || objectFirst) && (!source || !pluralSource(cx, source))) {
    source = pluralAntecedent(cx, c0) ?? source;
  }
  // وأضاف: إن …، وأشار إلى أن … opening the text: the speaker was named before the excerpt;
  // the report stands, its source unwritten.
  // يقولون إن …، وقال "…" opening the text: the same.
  if (!source && npEnd === npStart && cx.drafts.length === 0 && (/^[وف]/.test(norm(cx, c0)) || /^[يت]/.test(norm(cx, c0))) && !cue?.participle && textOpensAt(cx, c0)
    && (COLONS.has(norm(cx, c1)) || cx.complementizers.has(norm(cx, c1)) || isQuoteOpen(cx, c1)
      || (cue !== undefined && (prepOf(cx, c1, cue.preps) || cue.frameWords.includes(norm(cx, c1)))))) {
    source = { kind: 'named' };
  }
  return source;
}

/**
 * Emits the attribution with its content, its outer relay or inner source and the asides,
 * marks the tokens it used and returns the last one.
 */
function emitReport(cx: Detection, st: VerbCueState, frame: Frame, quotedBefore: [number, number] | undefined, source: Source): number {
  const { c0, c1, cue, stance, relativeHint, blessed, saidThat, npEnd } = st;
  const relative = relativeHint || isRelative(cx, c0 - 1);
  const [cs, ce] = quotedBefore ?? (frame.contentStart === saidThat ? [saidThat, saidThat + 1] : contentFrom(cx, frame.contentStart, relative));
  const content = span(cx, cs, ce);
  let viaKey: number | undefined;
  if (frame.outer) {
    const outer = emit(cx, { cue: frame.outer.cue, source: frame.outer.source, content, stance: 'assert' }, false);
    viaKey = outer.key;
  }
  if (cx.pendingRelay && cx.pendingRelay.at === c0 && viaKey === undefined) {
    const relay = cx.drafts.find((d) => d.key === cx.pendingRelay?.key);
    if (relay) {
      relay.content = content;
      viaKey = relay.key;
    }
  }
  cx.pendingRelay = undefined;
  // جدد رئيس الوزراء تحذيره من أن …: the verbal noun is the cue and gives the stance.
  const cueSpan = frame.passiveSaying ?? (cue?.needsSaying && frame.saying ? span(cx, frame.saying.at, frame.saying.at + 1) : span(cx, c0, c1));
  const cueStance = cue?.needsSaying && frame.saying && stance !== 'none' ? frame.saying.stance : stance;
  // The Prophet or God quoted after a blessing is no speaker of the subjectless verbs that follow.
  const main = emit(cx, { cue: cueSpan, source, content, stance: cueStance, ...(viaKey !== undefined && { viaKey }) }, !blessed);
  let innerDraft: Draft | undefined;
  if (frame.inner) {
    innerDraft = emit(cx, { cue: frame.inner.cue, source: frame.inner.source, content, stance, viaKey: main.key });
    main.stance = 'assert';
  }
  // The source named right before the aside withholds its name: the relayed one when the
  // aside follows it (نقلا عن مصادر، رفضت الكشف عن هويتها،), else the verb's own.
  for (const a of frame.asides ?? []) {
    const who = innerDraft && innerDraft.cue.start < a.cue.start ? innerDraft.source : source;
    emit(cx, { cue: a.cue, source: { ...who }, content: a.content, stance: 'none' }, false);
  }
  if (quotedBefore || frame.contentStart === saidThat) return npEnd - 1;
  for (let k = c0; k < frame.contentStart; k++) cx.consumed[k] = 1;
  return frame.contentStart - 1;
}

/**
 * Handles a verb cue whose cue tokens are [c0, c1); returns the last token used. The steps
 * run in order on one shared state: the cue's reading, its subject, its content, the checks
 * that it reports something, its source, the attribution. Any step may find no report
 * (c1 - 1 is returned).
 */
export function verbCue(cx: Detection, c0: number, c1: number, cue: VerbCue | undefined, stance: Stance, negated: boolean, relativeHint: boolean,
  opts: { tight?: boolean; forced?: Source } = {}): number {
  const st: VerbCueState = {
    c0, c1, cue, stance, negated, relativeHint, opts, se: sentenceEnd(cx, c1 - 1),
    estimate: false, addresseeOnly: false, blessed: false, saidThat: -1, npStart: c1, npEnd: c1, objectAt: -1, speakerEnd: undefined,
  };
  if (!settleCue(cx, st)) return c1 - 1;
  subjectStart(cx, st);
  subjectEnd(cx, st);
  objectAndTopic(cx, st);
  if (speakerless(cx, st)) return c1 - 1;
  const { frame, quotedBefore } = findContent(cx, st);
  rememberSubject(cx, st, frame);
  const found = contentFallbacks(cx, st, frame);
  if (!found || notAReport(cx, st, frame)) return c1 - 1;
  const written = writtenSource(cx, st, frame, found.participleObjectAt);
  if (!written) return c1 - 1;
  const source = unwrittenSource(cx, st, written.source, written.objectFirst);
  if (!source) return c1 - 1;
  return emitReport(cx, st, frame, quotedBefore, pronounAntecedent(cx, c0, source));
}
