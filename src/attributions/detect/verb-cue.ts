/**
 * The verb cue: a verb of saying (قال، أكد، نفى …), its negation, its source and its content.
 */
import type { Stance, Token } from '../../core/types.js';
import type { VerbCue } from '../lexicon.js';
import type { Detection } from './context.js';
import {
  closingQuote, isComma, isNameAli, isPunct, isQuoteOpen, isRelative, norm, normLemma, prepOf, roleOf, sentenceEnd,
  sentenceOf, sentenceStart, servesAt, span, titleBefore, tok, verbAt,
} from './lookups.js';
import { accusativeParticiple, ownedVerbalNoun } from './frame-parts.js';
import {
  ADVERBIAL, ALIF_ADVERBS, bare, BARE_PREPOSITIONS, BLESSINGS, BRACKETS, carrierGender, CLAUSE_PARTICLES, COLONS,
  CONTENT_OPENERS, DATE_HEADS, FRAME_WORDS, FRONTED_SIDE, IMPERSONAL, inSet, MAX_NP, MONTHS, PASSIVE, PRAYER_OBJECTS, PREP_PRONOUN,
  PUBLISHING_LEMMAS, QUESTION_WORDS, REFUSAL, RELATIVE_MA, REPORT_OBJECTS, REQUIRING, RESUMED_COMPLEMENT,
  SHORT_VERBAL_NOUNS, SHORT_WORDS, TALKING_REPORTS, TIME_CONJUNCTIONS, TIME_WORDS, TITLE_MARKS, URGING,
} from './word-sets.js';
import type { Draft, MentionRef, Source } from './types.js';
import { analyseNP } from './noun-phrase.js';
import {
  ammaTopic, carrierSubject, clauseSubject, disagrees, frontedTopic, lastSpeakerDraft, leftSource, nominativePlural,
  objectOwner, obliquePlural, personAfterVerbHere, previousSpeaker, resumptiveAt, sentenceSubject, speakerAt, subjectAfterComplementizer,
  svoSubject, urgerBefore,
} from './subjects.js';
import { contentFrom, firstTokenAt, textOpensAt } from './content.js';
import {
  accusativeObject, calledAt, identityNear, indefiniteReport, introducerAhead, looksLikeObject, nameAfterTitle,
  namedListAt, prepositionalAt, quoteIsName, responsibilityAt, shortSubjectEnds, verbalNounObject,
} from './frame-parts.js';
import { scanFrame } from './frames.js';
import { emit } from './drafts.js';

/** مما، وهو ما، وهذا ما، الأمر الذي before c0: the facts just told are the subject of the verb at c0. */
/** Singular masculine heads of a relayed speaker (متحدث، مصدر، المسؤول): a feminine verb is not theirs. */
const SINGULAR_MASCULINE_HEADS = /^(ال)?(متحدث|ناطق|مسؤول|مسئول|مصدر|مستشار|مدير|رئيس|وزير|عضو|نائب|مندوب|سفير|خبير|محلل|مراقب|دبلوماسي|قائد|ضابط)$/;

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
  // unless a speaker is written after the verb (مما أكده الوزير).
  if (!cue?.participle && inferenceBefore(cx, c0) && (cx.complementizers.has(norm(cx, c1)) || (cue !== undefined && prepOf(cx, c1, cue.preps)))) return true;
  // داعين الله أن، سائلا المولى، ودعا سموه في اتصال هاتفي المولى عز وجل أن: a prayer.
  if (/^(دعا|سال|ابتهل|تضرع)/.test(normLemma(cue))) {
    const se0 = sentenceEnd(cx, c1);
    for (let k = c1; k < Math.min(se0, c1 + 8) && !cx.complementizers.has(norm(cx, k)); k++) if (PRAYER_OBJECTS.has(norm(cx, k))) return true;
  }
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

/** Handles a verb cue whose cue tokens are [c0, c1); returns the last token used. */
export function verbCue(cx: Detection, c0: number, c1: number, cue: VerbCue | undefined, stance: Stance, negated: boolean, relativeHint: boolean,
  opts: { tight?: boolean; forced?: Source } = {}): number {
  const se = sentenceEnd(cx, c1 - 1);
  if (reportsNothing(cx, c0, c1, cue)) return c1 - 1;
  // وتحدثت الصحف عن …، الشائعات التي تحدثت عن …: «talked about» reports only with a report or
  // press noun as its subject; a person talking about a topic reports nothing.
  if (cue && !cue.participle && cue.preps.length === 0 && normLemma(cue) === 'تحدث') {
    const h = bare(norm(cx, c1));
    const w0 = h.startsWith('ال') ? h.slice(2) : h;
    if (TALKING_REPORTS.test(w0) || carrierGender(norm(cx, c1)) !== undefined || carrierGender(h) !== undefined || inSet(cx.lex.outletNouns, norm(cx, c1))
      || carrierSubject(cx, c0) !== undefined) cue = { ...cue, preps: ['عن'] };
  }
  // كيف تصف نفسك: a question.
  if (QUESTION_WORDS.has(norm(cx, c0 - 1))) return c1 - 1;
  // وقدّر المؤشر قيمة التعاملات بنحو 5 مليارات، قدر الأطباء عمره بعشرة أيام: an estimate with a
  // number is a claim whose object is the content; قدّر جهود الشرطة (appreciated) reports nothing.
  let estimate = false;
  // تُقدَّر أبعاده بنحو …: the imperfect is mostly the passive describing a noun before it.
  if (cue && !cue.participle && normLemma(cue) === 'قدر' && !/^[وف]?[يت]/.test(norm(cx, c1 - 1))) {
    let k = c1;
    // The number is given with بـ (بنحو 5، بخمسين، بين عشرة و…).
    const amount = (k: number): boolean => (tok(cx, k)?.kind === 'number'
      || /^(ب|وب)?(نحو|حوالي|قرابه|مليون|مليار|الف|ملايين|مليارات|الاف|عشر.*|ثلاث.*|اربع.*|خمس.*|ست.*|سبع.*|ثمان.*|تسع.*)$/.test(norm(cx, k)))
      && (norm(cx, k).startsWith('ب') || norm(cx, k - 1).startsWith('ب'));
    while (k < se && k - c1 <= 24 && !cx.complementizers.has(norm(cx, k)) && !amount(k)
      && !(k > c1 && verbAt(cx, k) && norm(cx, k) !== 'بين') && !(k > c1 + 1 && isPunct(cx, k) && !isComma(cx, k))) k++;
    if (!cx.complementizers.has(norm(cx, k))) {
      if (k >= se || k - c1 > 24 || (k > c1 && verbAt(cx, k) && norm(cx, k) !== 'بين') || (isPunct(cx, k) && !isComma(cx, k))) return c1 - 1;
      estimate = true;
      cue = { ...cue, objectContent: true };
    }
  }
  // منح النادي مدربه الثقة بعد أن أعلن تمديد عقده: a verb right after a conjunction with a
  // verbal noun after it has the main clause's subject; the noun is what was announced.
  if (!opts.forced && cue?.objectContent && !cue.participle && !negated && norm(cx, c0 - 1) === 'ان'
    && TIME_CONJUNCTIONS.has(bare(norm(cx, c0 - 2))) && looksLikeObject(cx, c1) && !cx.mentionOf[c1]
    && !inSet(cx.lex.roles, norm(cx, c1)) && !inSet(cx.lex.anonymousHeads, norm(cx, c1)) && !cx.lex.quantifierHeads.has(norm(cx, c1))) {
    const main = sentenceSubject(cx, c0);
    if (main) opts = { ...opts, forced: main };
  }
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
      && (isQuoteOpen(cx, c1 + b.length) || COLONS.has(norm(cx, c1 + b.length)) || cx.complementizers.has(norm(cx, c1 + b.length)))) {
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
  // أكد سابقا على …: an adverb is not the subject.
  while (j < se && (ALIF_ADVERBS.has(norm(cx, j)) || ALIF_ADVERBS.has(bare(norm(cx, j)))) && j - c1 < 2) j++;
  // ما أفادت به مصادر أمنية أن …: the resumptive pronoun after a relative ما is not the subject.
  if (j === c1 && RELATIVE_MA.has(norm(cx, c0 - 1)) && /^(ب|عن|الي|علي|ل)(ه|ها)$/.test(norm(cx, j))) j++;
  // صرح بذلك مدير المستشفى …، أكد ذلك مسؤول …: the demonstrative is what was said (the clause
  // before); the speaker follows it.
  let saidThat = -1;
  if (j === c1 && cue?.participle !== true && !negated && (/^ب(ذلك|هذا)$/.test(norm(cx, j)) || (norm(cx, j) === 'ذلك' && !norm(cx, j + 1).startsWith('ال')))
    && speakerAt(cx, j + 1)) {
    saidThat = j;
    j++;
  }
  const npStart = j;
  let objectAt = -1;
  /** Where «لدى …» starts in an envoy's subject: the speaker's phrase ends there. */
  let envoyAt: number | undefined;
  // A participle (مشيرا، داعيا) has no subject after it: what follows is its object or content.
  while (cue?.participle !== true && !addresseeOnly && j < se && j - npStart < MAX_NP) {
    const w = norm(cx, j);
    // الأمين العام بان كي مون: a name that begins like بأن.
    const nameHere = cx.mentionOf[j]?.first === j && cx.mentionOf[j]?.type === 'PER';
    if ((cx.complementizers.has(w) && !nameHere) || COLONS.has(w) || isComma(cx, j) || cx.lex.sayingNouns.has(w)) break;
    if (j > npStart && cue?.needsSaying && cx.lex.sayingMasdars.has(w)) break;
    // سفارة خادم الحرمين الشريفين لدى سلطنة عمان: the country an envoy is accredited to is part of
    // the subject; an indefinite noun with a definite one after it is then the object
    // (أوضحت سفارة … لدى سلطنة عمان ملابسات الحادثة).
    if (j > npStart && w === 'لدي' && /^(ال)?(سفير|سفاره|مندوب|ممثل|بعثه|قنصل)/.test(bare(norm(cx, npStart)))) {
      envoyAt = j;
      const m = cx.mentionOf[j + 1];
      let k = m && m.first === j + 1 ? m.last : j + 2;
      if (m === undefined && /^(سلطنه|مملكه|دوله|جمهوريه|اماره|الامم|منظمه)$/.test(norm(cx, j + 1))) k = j + 3;
      // سفير المملكة لدى مصر أحمد قطان: the envoy's name after the country is the speaker.
      const name = cx.mentionOf[k];
      if (name && name.first === k && name.type === 'PER') {
        envoyAt = undefined;
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
    const attached = PREP_PRONOUN.test(w) && j > npStart + 2 && /^الم/.test(norm(cx, j - 1)) && !roleOf(cx, norm(cx, j - 1))
      && tok(cx, j + 1)?.kind === 'word' && !cx.complementizers.has(norm(cx, j + 1)) && !verbAt(cx, j + 1) && !cx.lex.npStops.has(norm(cx, j + 1))
      && !TIME_WORDS.has(norm(cx, j + 1));
    // نفى الوزير ما تردد عن …، أكدت الوزارة ما نشرته الصحيفة: a relative ما after the subject
    // is what was denied or confirmed.
    if (w === 'ما' && j > npStart && (cue?.objectContent || cue?.stance === 'deny') && !negated && tok(cx, j + 1)?.kind === 'word'
      && (bare(norm(cx, j - 1)).startsWith('ال') || cx.mentionOf[j - 1]?.last === j) && !cx.lex.negators.has(norm(cx, j + 1))) {
      objectAt = j;
      break;
    }
    // لاعب وسط: a midfielder, not "in the middle of".
    if (!attached && (cx.lex.npStops.has(w) || cx.lex.demonstratives.has(w)) && j > npStart && !isNameAli(cx, j) && !(w === 'وسط' && /^لاعب/.test(norm(cx, j - 1)))) break;
    if (PREP_PRONOUN.test(w) && !attached) break;
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
      && !cx.lex.quantifierHeads.has(norm(cx, j - 1)) && (bare(norm(cx, j - 1)).startsWith('ال') || cx.mentionOf[j - 1]?.last === j)) {
      objectAt = j;
      break;
    }
    // قدّر المؤشر قيمة التعاملات، قدرت الشرطة الخسائر بـ…: what is estimated ends the subject.
    if (estimate && j > npStart && tok(cx, j)?.kind === 'word' && !cx.mentionOf[j]
      && (/^(ال)?(قيم|عدد|اعداد|حجم|نسب|خسائر|تكلف|كلف|عمر|سن|مساح|طول|وزن|ثرو|ميزاني|اجمالي|متوسط|معدل|كمي)/.test(bare(w))
        || (!bare(w).startsWith('ال') && looksLikeObject(cx, j) && (bare(norm(cx, j - 1)).startsWith('ال') || cx.mentionOf[j - 1]?.last === j)))) {
      objectAt = j;
      break;
    }
    // نشرت الوزارة تقارير مفصلة، نشرت وسائل الإعلام أنباء عن …: an indefinite report after a
    // definite subject is the object, never part of the subject; what a medium publishes is
    // the content. With the subject before the verb (وكانت X قد نشرت أنباء) it follows the verb.
    if (indefiniteReport(cx, j) && !cx.lex.quantifierHeads.has(norm(cx, j - 1))
      && (j > npStart ? bare(norm(cx, j - 1)).startsWith('ال') || cx.mentionOf[j - 1]?.last === j
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
    // وأكد كل من الفارس مقبل السويدي وفيصل الوزران أن …: "each of" opens a list of names.
    if (j === npStart && /^و?كل$/.test(w) && norm(cx, j + 1) === 'من' && namedListAt(cx, j + 2)) {
      j += 2;
      continue;
    }
    if (j === npStart && (cx.lex.npStops.has(w) || cx.lex.interrogatives.has(w) || w === 'حتي')) break;
    // فيما نفت الادعاءات بأن …: a report right after the verb is what was denied; the subject is not written.
    if (j === npStart && cue?.stance === 'deny' && !negated && /^(الادعاءات|المزاعم|الشائعات|الاشاعات|الاتهامات|الانباء)$/.test(bare(w))
      && tok(cx, j + 1)?.kind === 'word') {
      objectAt = j;
      break;
    }
    // وقال الوزير بعد أن تفقد الموقع إن …: a clause of time ends the subject.
    if (j > npStart && /^(بعد|قبل|عقب)$/.test(w) && norm(cx, j + 1) === 'ان') break;
    // وصفها بـ«…»، نفى يوم الاثنين تقريرا: a preposition or a date right after the verb opens no subject.
    if (j === npStart && ((BARE_PREPOSITIONS.has(w) && !isNameAli(cx, j)) || (DATE_HEADS.has(w) && !cx.mentionOf[j]) || MONTHS.has(w))) break;
    // المتحدث الأمني بوزارة الداخلية، الناطق الإعلامي بشرطة منطقة مكة: where he serves, not content.
    if (j > npStart && w.startsWith('ب') && !cx.complementizers.has(w) && servesAt(cx, w)) {
      j++;
      continue;
    }
    if (cue && cue.preps.length > 0 && prepOf(cx, j, cue.preps) && (j > npStart || w.length <= 3 || /^ب(ال|ت|ا)/.test(w)
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
    if (j > npStart && responsibilityAt(cx, j)) break;
    // ويأمل X بحسب الصحيفة أن …: a relay after the subject belongs to the frame.
    if (j > npStart && cx.lex.prepositional.has(w) && !isNameAli(cx, j)) break;
    // وعزا ذلك إلى …: a demonstrative right after a verb taking an object is that object.
    if (j === npStart && cue?.addressee && cx.lex.demonstratives.has(w)) break;
    if (j > npStart && w === 'الا' && tok(cx, j + 1)?.kind === 'word' && /^[يت]/.test(norm(cx, j + 1))) break;
    // … ضيف بوليتيكا اليوم الخميس 2 مارس: a time word ends the subject (صحيفة اليوم is a name).
    if (j > npStart && TIME_WORDS.has(w) && !inSet(cx.lex.outletNouns, norm(cx, j - 1)) && !isQuoteOpen(cx, j - 1)) break;
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
    while (complementEnd < se && complementEnd - j <= 3 && bare(norm(cx, complementEnd)).startsWith('ال')) complementEnd++;
    const objectAfter = j > npStart && cue?.objectContent === true && !negated && w.length > 4 && tok(cx, j)?.kind === 'word'
      && verbalNounObject(cx, complementEnd, cue.stance === 'deny', complementEnd - 1) && tok(cx, complementEnd + 1)?.kind === 'word';
    // كشف عبدالعزيز X الرئيس التنفيذي للمهرجان أبرز ملامح …، أكد X قائد فريق النصر صعوبة …: past a
    // name and a title after it ending in a definite word, an indefinite noun in construct is the object.
    let named = false;
    let titled = false;
    for (let k = npStart; k < j; k++) {
      if (cx.mentionOf[k]?.type === 'PER') named = true;
      else if (named && roleOf(cx, norm(cx, k)) !== undefined) titled = true;
    }
    const o = complementEnd;
    const nounAfter = j > npStart && cue?.objectContent === true && !negated && titled && (bare(norm(cx, o - 1)).startsWith('ال') || norm(cx, o - 1).startsWith('لل'))
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
  let npEnd = j;
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
  // ولاحظوا الفتاة، ويطالبون الحكومة: a verb carrying a plural subject has its object after it.
  const cueWord = norm(cx, c1 - 1);
  const pluralVerb = cue?.participle !== true && ((cueWord.endsWith('وا') && !normLemma(cue).endsWith('وا'))
    || /^[وف]?[يت].{2,}ون$/.test(cueWord));
  let outletSubject = false;
  for (let k = npStart; k < npEnd; k++) if (isQuoteOpen(cx, k)) outletSubject = true;
  if (npEnd > npStart && (inSet(cx.lex.outletNouns, (norm(cx, npStart))) || inSet(cx.lex.carrierNouns, (norm(cx, npStart))))) outletSubject = true;
  // من المقرر أن يعلن …، يمكن أن يقول: planned or possible, not said.
  if ((norm(cx, c0 - 1) === 'ان' || norm(cx, c0 - 1) === 'لان') && cx.lex.modalFrames.has(bare(norm(cx, c0 - 2)))) return c1 - 1;
  // قد يقول قائل إن …: a hypothetical speaker says nothing.
  if (npEnd > npStart && cx.lex.hypotheticalSpeakers.has(norm(cx, npStart))) return c1 - 1;
  // لا أحد ينكر أن …، ولا أحد يتهم الآخر: nobody is no speaker (the writer's own voice).
  if (norm(cx, c0 - 1) === 'احد' && /^[وف]?لا$/.test(norm(cx, c0 - 2))) return c1 - 1;
  const frame = scanFrame(cx, npEnd, cue, negated, npStart, outletSubject, opts.tight === true);
  if (frame.contentStart < 0 && objectAt >= 0) frame.contentStart = objectAt;
  // أعلنت مدينة الملك عبدالله الطبية، فتح باب القبول: a comma between the subject and the
  // verbal noun announced.
  if (frame.contentStart < 0 && objectAt < 0 && !negated && cue?.objectContent && cue.participle !== true && npEnd > npStart
    && isComma(cx, npEnd) && verbalNounObject(cx, npEnd + 1, cue.stance === 'deny', npEnd - 1) && tok(cx, npEnd + 2)?.kind === 'word'
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
    && envoyAt === undefined && cue !== undefined && cue.introducers.length === 0 && (c0 === sentenceStart(cx, c0) || cue?.conjoined === true
      || CLAUSE_PARTICLES.has(norm(cx, c0 - 1)) || (norm(cx, c0 - 2) === 'من' && /^(جانب|جهت)(ه|ها|هم)$/.test(norm(cx, c0 - 1))))) {
    let named = false;
    for (let k = npStart; k < se && k - npStart <= 40; k++) {
      const w = norm(cx, k);
      if (cx.mentionOf[k]?.type === 'PER' || (k === npStart && roleOf(cx, w) !== undefined)) named = true;
      if (k >= npEnd && (cx.complementizers.has(w) || COLONS.has(w))) {
        if (named && k > npEnd && tok(cx, k + 1)?.kind === 'word') {
          npEnd = k;
          frame.contentStart = k + 1;
        }
        break;
      }
      if (k >= npEnd && (verbAt(cx, k) || isPunct(cx, k) || cx.lex.negators.has(w) || isRelative(cx, k) || cx.lex.prepositional.get(w)?.some((o) => o.phrase.length === 1) === true || prepositionalAt(cx, k))) break;
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
  const someone = cx.mentionOf[npStart] !== undefined || inSet(cx.lex.roles, norm(cx, npStart)) || inSet(cx.lex.anonymousHeads, norm(cx, npStart))
    || inSet(cx.lex.outletNouns, norm(cx, npStart));
  if (frame.contentStart < 0 && !negated && cue?.participle !== true && cue?.conjoined !== true && someone && npEnd > npStart && isComma(cx, c0 - 1)
    && ['»', '”', '"'].includes(norm(cx, c0 - 2)) && (npEnd >= se || isPunct(cx, npEnd) || norm(cx, npEnd) === 'ل' || /^لل/.test(norm(cx, npEnd)))) {
    for (let k = c0 - 3; k >= Math.max(0, c0 - 150); k--) {
      if (!isQuoteOpen(cx, k)) continue;
      if (closingQuote(cx, k, c0) === c0 - 2 && k + 1 < c0 - 2 && (k === sentenceStart(cx, k) || isPunct(cx, k - 1))) quotedBefore = [k + 1, c0 - 2];
      break;
    }
    if (quotedBefore) frame.contentStart = quotedBefore[0];
  }
  // A verb whose subject is written but which reports nothing here (انتقد X البرنامج، قائلا …)
  // still names the subject of the participles that follow it.
  // وعبر المهنا عن رضاه …، موضحا: with و and its frame word after the subject, عبر is the verb.
  // وقد عبر والد الشهيد عن شكره …، لافتا: after قد too.
  // من جانبه تحدث X، أحد …، فأكد: after a fronted «on his part» the verb opens its clause.
  const side = /^(جانب|جهت|ناحيت)(ه|ها|هم|هما)$/.test(norm(cx, c0 - 1)) && FRONTED_SIDE.test(norm(cx, c0 - 2));
  const plainVerb = !cue?.ambiguous || ((cue.conjoined || CLAUSE_PARTICLES.has(norm(cx, c0 - 1)) || side) && cue.frameWords.includes(norm(cx, npEnd)));
  if (frame.contentStart < 0 && npEnd > npStart && cue?.participle !== true && plainVerb && !isRelative(cx, c0 - 1)) {
    // Only a verb that opens its clause has its subject after it (دندن انتقد البرنامج: the
    // noun after the verb is the object).
    const before = norm(cx, c0 - 1);
    const opens = c0 === sentenceStart(cx, c0) || isComma(cx, c0 - 1) || cue?.conjoined === true || CLAUSE_PARTICLES.has(before) || side;
    const s = opens && !pluralVerb ? analyseNP(cx, npStart, envoyAt ?? npEnd) : leftSource(cx, c0);
    cx.lastSubject = s && !notSpeakerAt(cx, npStart) ? { source: s, at: c0 } : undefined;
  }
  // لكنها لم تعلن اسم المنظمة: the subject is the pronoun before; what follows is the object.
  if (opts.forced && frame.contentStart < 0 && npEnd > npStart) frame.contentStart = npStart;
  // No content introducer, but an object opened by a demonstrative (نفت الوزارة هذه الأنباء).
  if (frame.contentStart < 0 && npEnd > npStart && cx.lex.demonstratives.has(norm(cx, npEnd))) frame.contentStart = npEnd;
  const svoEarly = !negated && !cue?.conjoined && !cue?.participle && cue?.objectContent === true && npEnd > npStart
    && frame.contentStart < 0 && svoSubject(cx, c0) !== undefined;
  // تقارير طبية تؤكد تدهور حالتها، اللقطات التي تزعم سقوط …: after a carrier subject the
  // phrase after the verb is what was said.
  const carrierEarly = !negated && !cue?.conjoined && !cue?.participle && npEnd > npStart && frame.contentStart < 0
    && !svoEarly && carrierSubject(cx, c0) !== undefined;
  if (carrierEarly) frame.contentStart = npStart;
  // مؤكدا الحرص على … (after a comma); not the adjective in إصابة مؤكدة بـ….
  // محملا الحكومة مسؤولية سقوط …: a definite first object, then the indefinite second one.
  const participleObject = cue?.participle === true && cue.objectContent && frame.contentStart < 0
    && (looksLikeObject(cx, c1) || (norm(cx, c1).length === 3 && tok(cx, c1)?.kind === 'word' && !SHORT_WORDS.has(norm(cx, c1)) && !verbAt(cx, c1))
      || (norm(cx, c1).startsWith('ال') && tok(cx, c1)?.kind === 'word' && !verbAt(cx, c1) && !cx.lex.npStops.has(norm(cx, c1))
        && looksLikeObject(cx, c1 + 1) && !cx.mentionOf[c1 + 1] && !/^[بلكف]/.test(norm(cx, c1 + 1)) && tok(cx, c1 + 2)?.kind === 'word'))
    && isComma(cx, c0 - 1);
  if ((frame.contentStart < 0 && !svoEarly && !participleObject) || frame.contentStart >= cx.tokenCount) return c1 - 1;
  // بين is mostly "between": only a subject noun phrase right before أن makes it a cue.
  // وبيّن المفرج أن …: the shadda writes the verb, not "between".
  const shadda = cx.text.slice((tok(cx, c1 - 1) as Token).start, (tok(cx, c1 - 1) as Token).end).includes('\u0651');
  if (cue?.ambiguous && !shadda) {
    const titleHead = bare(norm(cx, npStart)).replace(/^ال/, '');
    const headKnown = npEnd > npStart && (inSet(cx.lex.roles, norm(cx, npStart)) || inSet(cx.lex.anonymousHeads, norm(cx, npStart))
      || (cx.lex.roles.has(titleHead) && cx.mentionOf[npEnd - 1]?.type === 'PER')
      || cx.mentionOf[npStart] !== undefined);
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
    const shortConjoined = cue.conjoined && rightAfter && npEnd > npStart && npEnd - npStart <= 2 && bare(norm(cx, c0)).length > 0
      && !cx.lex.quantifierHeads.has(norm(cx, npStart)) && tok(cx, npStart)?.kind === 'word' && !/(ين|ان)$/.test(norm(cx, npEnd - 1));
    // سهولة المفاوضات بين الفريق السعودي ونظيره تكمن في أن …: after a noun inside a clause, بين is "between".
    const opensClause = c0 === sentenceStart(cx, c0) || cue.conjoined || isPunct(cx, c0 - 1) || CLAUSE_PARTICLES.has(norm(cx, c0 - 1))
      || isRelative(cx, c0 - 1) || tok(cx, c0 - 1)?.kind !== 'word' || verbAt(cx, c0 - 1) !== undefined || cx.lex.negators.has(norm(cx, c0 - 1))
      || cx.complementizers.has(norm(cx, c0 - 1)) || /^(حيث|اذ|كما|فيما|بينما|عندما|وقد|فقد|قد|ثم)$/.test(norm(cx, c0 - 1));
    if (loose || pair || long || !opensClause || !(headKnown || (npEnd === npStart && rightAfter) || shortConjoined)) return c1 - 1;
  }
  // لم يكشف عن هويته: "unnamed", not something said.
  const cw = norm(cx, frame.contentStart);
  if (cx.lex.identityWords.has(cw) || (cw === 'عن' && cx.lex.identityWords.has(norm(cx, frame.contentStart + 1)))) return c1 - 1;
  // وأعلن التنظيم مسؤوليته عن الهجوم: claiming responsibility is an act, not a report (GUIDELINE.md).
  if (responsibilityAt(cx, frame.contentStart)) return c1 - 1;
  // ولم تعلن أي جهة على الفور مسؤوليتها عن …: the same act with its subject and a time phrase
  // taken for content.
  if (!cx.complementizers.has(norm(cx, frame.contentStart - 1)) && !isQuoteOpen(cx, frame.contentStart) && !COLONS.has(norm(cx, frame.contentStart - 1))) {
    for (let k = frame.contentStart + 1; k < Math.min(se, frame.contentStart + 6) && tok(cx, k)?.kind === 'word' && !verbAt(cx, k); k++) {
      if (responsibilityAt(cx, k)) return c1 - 1;
    }
  }
  // كشفت سامسونج عن حاسوب لوحي جديد: unveiling a product is an act, not a report.
  const unveiled = cw === 'عن' ? norm(cx, frame.contentStart + 1) : cw;
  if (/^(كشف|اعلن|ازاح)$/.test(normLemma(cue)) && !cx.complementizers.has(norm(cx, frame.contentStart - 1))
    && /^(ال)?(حاسوب|حاسب|هاتف|جوال|جهاز|اجهز|سياره|طراز|نسخ|منتج|تطبيق|ساعه|كاميرا|شاشه|لوح)/.test(bare(unveiled))) return c1 - 1;
  // اعترفت السويد بدولة فلسطين: recognising a state or a government is an act, not a confession.
  if (normLemma(cue) === 'اعترف' && /^ب(ال)?(دول|حكوم|شرعي|استقلال|سياد|جمهوري|كيان|اسرائيل)/.test(cw)) return c1 - 1;
  // أُبلغوا بوجود شحنة، أُخبر بأن: a verb of informing with neither subject nor addressee
  // before what was told is passive; the one informed is not a speaker.
  if (cue?.addressee && npEnd === npStart && frame.contentStart === c1 && !/(ه|ها|هم|هما|ني|نا|كم)$/.test(norm(cx, c1 - 1))
    && prepOf(cx, c1, cue.preps)) return c1 - 1;
  // قيل، يقال: impersonal passives have no speaker.
  if (PASSIVE.has(norm(cx, c1 - 1))) return c1 - 1;
  // أن المركز دعا الأطباء إلى …، إلا أن الوزارة نفت الأمر: the subject stands before the
  // verb, right after أن/إن; the noun phrase after the verb is its object.
  // من جانبه قال X: the fronted «on his part» opens the clause; the subject follows the verb.
  const sideBefore = norm(cx, c0 - 2) === 'من' && /^(جانب|جهت|ناحيت)(ه|ها|هم|هما)$/.test(norm(cx, c0 - 1));
  const svo = !negated && !cue?.conjoined && !cue?.participle && !sideBefore ? svoSubject(cx, c0) : undefined;
  // بأن الاتفاق لا يشير إلى …: an agreement or a plan "indicates" nothing as a speaker.
  if (!opts.forced) {
    const pre = svo ?? (negated ? subjectAfterComplementizer(cx, c0) : undefined);
    if (pre?.start !== undefined && pre.entity === undefined && cx.lex.nonSourceNouns.has(bare(norm(cx, firstTokenAt(cx, pre.start))))) return c1 - 1;
  }
  if (svo && frame.contentStart < 0 && cue?.objectContent && npEnd > npStart) frame.contentStart = npStart;
  // مؤكدا الحرص على …: a participle's object is what was said.
  if (participleObject) frame.contentStart = c1;
  // رافضا ذكر اسمه، عدم الكشف عن هويته: a verbal noun, and no statement.
  if (cx.lex.identityWords.has(norm(cx, npStart)) || REFUSAL.has(bare(norm(cx, c0 - 1)))) return c1 - 1;
  let source = opts.forced ?? svo ?? (blessed ? { kind: 'named' } : npEnd > npStart ? analyseNP(cx, npStart, envoyAt ?? npEnd) : undefined);
  // حيث وجه بتقديم الخدمات: an instruction without its giver written names no one reliably
  // (the one who gave it is often a genitive before it, not the last speaker).
  if (!source && cue?.subjectWritten) return c1 - 1;
  // نُقل عن الوزير قوله: a passive relay names the speaker after عن.
  if (!source && cue?.chain && npEnd === npStart && frame.inner && norm(cx, c1) === 'عن') {
    source = frame.inner.source;
    delete frame.inner;
  }
  if (source && cue?.outlet) source = { ...source, kind: 'outlet' };
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
  if (source && !opts.forced && !svo && npEnd > npStart && source.entity === undefined && cx.lex.nonSourceNouns.has(bare(norm(cx, npStart)))) {
    source = undefined;
    objectFirst = true;
  }
  // ودعت العلماء إلى …، حض المليشيات على …: after a verb of urging, people who are no
  // institution, office or named entity are the ones urged; the speaker is the one before.
  if (source && !opts.forced && !svo && npEnd > npStart && npEnd - npStart <= 8 && URGING.has(normLemma(cue))
    && source.entity === undefined && !cx.mentionOf[npStart] && !roleOf(cx, norm(cx, npStart)) && !cx.lex.carrierNouns.has(bare(norm(cx, npStart)).slice(2))
    && !inSet(cx.lex.outletNouns, norm(cx, npStart)) && !/^ال(مصادر|مصدر|مسؤول|مسئول)/.test(bare(norm(cx, npStart))) && !cx.lex.quantifierHeads.has(norm(cx, npStart)) && bare(norm(cx, npStart)).startsWith('ال')
    && (cue?.conjoined || norm(cx, c0 - 1) === 'انه' || norm(cx, c0 - 1) === 'انها')
    // ويطالب المزارعون بـ…: a sound plural in the nominative is the subject; ويدعو الخبراء إلى …
    // with no speaker before it to be the subject: the noun is.
    && !nominativePlural(cx, npStart) && (obliquePlural(cx, npStart) || urgerBefore(cx, c0))) {
    source = undefined;
    objectFirst = true;
  }
  // وقال مسئولة بوزارة الصحة تدعى نارونج …: a title written with ت before her name is still the speaker.
  let namedInside = false;
  for (let k = npStart + 1; k < npEnd; k++) if (calledAt(cx, k) || (cx.mentionOf[k]?.type === 'PER' && roleOf(cx, norm(cx, npStart).replace(/ه$/, '')) !== undefined)) namedInside = true;
  if (source && !opts.forced && !svo && npEnd > npStart && cue?.gender !== undefined && disagrees(cx, cue.gender, npStart) && !namedInside) {
    source = undefined;
    objectFirst = true;
  }
  // يُرجَّح أن، ويُتوقع أن: an impersonal passive has no speaker.
  if (!source && npEnd === npStart && IMPERSONAL.has(bare(norm(cx, c1 - 1)))) return c1 - 1;
  // أصدرت الوزارة بيانا أكدت فيه …، عقد الوزير مؤتمرا أعلن خلاله …: a verb with the resumptive
  // pronoun of a relative clause on the object before it has the sentence's subject.
  if (!source && !cue?.participle && !cue?.conjoined && npEnd === npStart && resumptiveAt(cx, c1)) source = objectOwner(cx, c0);
  // A verb with a conjunction (والقصيم ويتوقع، أما أولاده فيقول) has no subject right before it.
  if (!source && !cue?.participle && !cue?.conjoined) source = leftSource(cx, c0);
  const conjoined = cue?.conjoined === true || cue?.participle === true;
  // A participle's subject is the subject of its sentence: the last speaker if it spoke in
  // this sentence, else the noun phrase after the sentence's first verb (طالب أوباما … داعيا).
  if (!source && cue?.participle) {
    const last = lastSpeakerDraft(cx);
    const lastHere = last !== undefined && sentenceOf(cx, firstTokenAt(cx, last.cue.start)) === sentenceOf(cx, c0);
    const subjectHere = cx.lastSubject !== undefined && sentenceOf(cx, cx.lastSubject.at) === sentenceOf(cx, c0)
      && (!lastHere || (last !== undefined && (tok(cx, cx.lastSubject.at) as Token).start > last.cue.start));
    if (subjectHere && cx.lastSubject) source = { ...cx.lastSubject.source };
    else if (!lastHere) source = sentenceSubject(cx, c0) ?? personAfterVerbHere(cx, c0);
  }
  // … ونشر هيرتا صورة … وقال إن: a subjectless verb inside a sentence shares its subject.
  // منح النادي مدربه الثقة بعد أن أعلن تمديد عقده: after a conjunction the subject is the
  // main clause's.
  if (!source && !cue?.participle && npEnd === npStart && (norm(cx, c0 - 1) === 'ان' || norm(cx, c0 - 1) === 'ما')
    && TIME_CONJUNCTIONS.has(bare(norm(cx, c0 - 2)))) source = sentenceSubject(cx, c0);
  if (!source && (conjoined || npEnd === npStart || objectFirst) && !cue?.participle) source = clauseSubject(cx, c0);
  if (!source && (conjoined || npEnd === npStart || objectFirst)) {
    source = previousSpeaker(cx, c0);
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
      const h = bare(norm(cx, a));
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
      const h = bare(norm(cx, a));
      // A broken plural (مصادر، خبراء) takes a feminine verb as well; only a singular head tells:
      // a masculine person noun against a feminine verb, a feminine noun against a masculine one.
      const other = cue.gender === 'f' ? SINGULAR_MASCULINE_HEADS.test(h)
        : h.endsWith('ه') && !cx.lex.mascNounsInH.has(h) && cx.mentionOf[a]?.type !== 'PER';
      if (tok(cx, a)?.kind === 'word' && other) source = { ...outer.source };
    }
  }
  // وأضاف: إن …، وأشار إلى أن … opening the text: the speaker was named before the excerpt;
  // the report stands, its source unwritten.
  // يقولون إن …، وقال "…" opening the text: the same.
  if (!source && npEnd === npStart && cx.drafts.length === 0 && (/^[وف]/.test(norm(cx, c0)) || /^[يت]/.test(norm(cx, c0))) && !cue?.participle && textOpensAt(cx, c0)
    && (COLONS.has(norm(cx, c1)) || cx.complementizers.has(norm(cx, c1)) || isQuoteOpen(cx, c1)
      || (cue !== undefined && (prepOf(cx, c1, cue.preps) || cue.frameWords.includes(norm(cx, c1)))))) {
    source = { kind: 'named' };
  }
  if (!source) return c1 - 1;
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
  const cueSpan = cue?.needsSaying && frame.saying ? span(cx, frame.saying.at, frame.saying.at + 1) : span(cx, c0, c1);
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
