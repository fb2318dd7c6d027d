/**
 * The steps of the frame scan (see scanFrame in frames.ts), one for each kind of word met between
 * a verb cue's subject and its content. Each step looks at the token st.j (normalised w) and
 * either leaves it to the next step (undefined), takes it (and maybe the words after it, moving
 * st.j to the last one) into the frame ('onward'), or ends the scan ('stop'), having set the
 * content's start in st.frame when it found one.
 */
import type { VerbCue } from '../lexicon.js';
import type { Detection } from './context.js';
import {
  bareAt, closingQuote, dayBeforeYesterdayEnd, isComma, isPunct, isQuoteOpen, isRelative, matchPhrase, nameEnd, norm, normLemma,
  prepOf, prepPronounAt, sentenceOf, servesAt, span, titleBefore, tok, verbAt,
} from './lookups.js';
import {
  ALIF_ADVERBS, bare, BRACKETS, CLAUSE_PARTICLES, COLONS, CONTENT_OPENERS, FRAME_WORDS, MAX_NP, MONTHS,
  PREPOSITIONS, REFUSAL, RELAY, REPORT_OBJECTS, SHORT_WORDS, TIME_CONJUNCTIONS, TIME_WORDS, TITLE_MARKS,
} from './word-sets.js';
import type { Frame, Source } from './types.js';
import { analyseNP } from './noun-phrase.js';
import { choseNotToBeNamedAt } from './preferred-anonymity.js';
import { lastSpeakerDraft, resumptiveAt } from './subjects.js';
import { firstTokenAt } from './content.js';
import {
  accusativeObject, anonymityAt, countedObject, definiteVerbalNoun, identityNear, looksLikeObject, needsLStart, uponDoingAt,
  prepositionalAt, publisherEnd, quoteIsName, verbalNounObject, withoutSaying,
} from './frame-parts.js';
import { plausibleSource } from './prepositional.js';
import { quotedAliasClosesAt } from './quoted-alias.js';
import { occasionTitle } from './far-content.js';
import { relayPhraseAt } from './relay-phrase-word.js';
import { aspirationBefore } from './aspiration.js';
import { strayCauseL } from './cause-object.js';
import { withoutsThat } from './without-clause.js';
import { relayedSpeakerVerb } from './relayed-speaker-verb.js';
import { refusalParticiple } from './refusal-participle.js';
import { bracketedQuoteClose, plainSaying } from './bracketed-quote.js';

/** The state the steps of one frame scan share. */
export interface FrameScan {
  /** The first token after the subject, where the scan starts. */
  readonly j0: number;
  readonly cue: VerbCue | undefined;
  readonly negated: boolean;
  /** Where the subject's noun phrase starts (j0 > npStart: a subject stands before the frame). */
  readonly npStart: number;
  readonly subjectIsOutlet: boolean;
  /** A short frame only. */
  readonly tight: boolean;
  /** The cue takes an object that is its content (أكد أهمية …). */
  readonly objectOK: boolean;
  /** The end of the sentence. */
  readonly se: number;
  /** The end of the frame: the sentence's end or MAX_FRAME tokens. */
  readonly limit: number;
  /** The end of the scan itself (shorter for a participle). */
  readonly frameLimit: number;
  readonly frame: Frame;
  /** The token being looked at. */
  j: number;
  /** The words so far make a frame phrase: plain words after them still belong to it. */
  inFrame: boolean;
  /** A break (a comma, a time word, an adverb, a resumptive pronoun) came last: an object may follow. */
  afterBreak: boolean;
}

/** 'onward': the token (up to st.j) belongs to the frame; 'stop': the scan ends. */
export type Verdict = 'onward' | 'stop';

/** The words a..b-1 are plain words: no punctuation, verb, relative or complementiser among them. */
function shortPhrase(cx: Detection, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (tok(cx, k)?.kind !== 'word' || verbAt(cx, k) || isRelative(cx, k) || cx.complementizers.has(norm(cx, k))) return false;
  return true;
}

/** قال الله تعالى (…): a quotation in plain brackets right after the speaker (bracketed-quote.ts). */
export function bracketedQuote(cx: Detection, st: FrameScan, w: string): Verdict | undefined {
  if (w !== '(' || st.j !== st.j0 || !plainSaying(st.cue, st.negated) || bracketedQuoteClose(cx, st.j) < 0) return undefined;
  st.frame.contentStart = st.j;
  return 'stop';
}

/** لوكالة الأنباء الألمانية (د.ب.أ)، إن …: an acronym or a date in brackets inside the frame. */
export function bracketedAside(cx: Detection, st: FrameScan, w: string): Verdict | undefined {
  const { j, j0, frameLimit } = st;
  if (j > j0 && w === '(') {
    let k = j + 1;
    while (k < frameLimit && k - j <= 8 && norm(cx, k) !== ')' && !cx.complementizers.has(norm(cx, k)) && !verbAt(cx, k) && !COLONS.has(norm(cx, k))) k++;
    if (norm(cx, k) === ')' && k > j + 1) {
      st.j = k;
      return 'onward';
    }
  }
  return undefined;
}

/** وذكر في تصريحات له أدلى بها لصحيفة الإكسبريس أن …: the statement's relative verb stays in the frame. */
export function statementRelative(cx: Detection, st: FrameScan, w: string): Verdict | undefined {
  const { j, j0 } = st;
  if (j > j0 && /^(ادلي|ادلت|ادلوا|ادليا)$/.test(w) && /^(به|بها)$/.test(norm(cx, j + 1))) {
    st.j = j + 1;
    return 'onward';
  }
  return undefined;
}

/** وقالت X بعد أن علمت بوفاتها "…": a clause of time before quoted words belongs to the frame. */
export function timeClause(cx: Detection, st: FrameScan, w: string): Verdict | undefined {
  const { j, j0, cue, limit, frame } = st;
  if (j <= j0 + 1 && !cue?.participle && ((/^(بعد|قبل|عقب)$/.test(bare(w)) && norm(cx, j + 1) === 'ان') || /^(عندما|حين|حينما|بعدما|لدي)$/.test(bare(w)))) {
    const from = norm(cx, j + 1) === 'ان' ? j + 2 : j + 1;
    let k = from;
    while (k < limit && k - j <= 15 && !isQuoteOpen(cx, k) && !COLONS.has(norm(cx, k)) && !cx.complementizers.has(norm(cx, k)) && !(isPunct(cx, k) && !BRACKETS.has(norm(cx, k)))) k++;
    if ((isQuoteOpen(cx, k) || COLONS.has(norm(cx, k)) || cx.complementizers.has(norm(cx, k))) && k > from && tok(cx, k + 1)?.kind === 'word') {
      frame.contentStart = COLONS.has(norm(cx, k)) ? (isQuoteOpen(cx, k + 1) || cx.complementizers.has(norm(cx, k + 1)) ? k + 2 : k + 1) : cx.complementizers.has(norm(cx, k)) ? k + 1 : k;
      return 'stop';
    }
  }
  return undefined;
}

/** … والأمن القومي د. فراس إلياس: the mark after a title inside a long frame. */
export function titleMark(cx: Detection, st: FrameScan, w: string): Verdict | undefined {
  const { j, j0 } = st;
  if (j > j0 && TITLE_MARKS.has(w) && titleBefore(cx, j) && tok(cx, j + 1)?.kind === 'word') return 'onward';
  return undefined;
}

/** اعتبر من قبل أن …: "before", an adverb. */
export function earlierAdverb(cx: Detection, st: FrameScan, w: string): Verdict | undefined {
  const { j } = st;
  if (w === 'من' && norm(cx, j + 1) === 'قبل' && (isComma(cx, j + 2)
    || (cx.complementizers.has(norm(cx, j + 2)) && tok(cx, j + 3)?.kind === 'word' && !/^[يتن]/.test(norm(cx, j + 3))))) {
    st.j = j + 1;
    return 'onward';
  }
  return undefined;
}

/**
 * قال X، مساء أول من أمس، في …، كشف البيان أمس الأول عن …: "the day before yesterday" is a
 * time phrase like أمس, though its other word (أول، الأول) is no time word by itself.
 */
export function dayBeforeYesterday(cx: Detection, st: FrameScan): Verdict | undefined {
  const end = dayBeforeYesterdayEnd(cx, st.j);
  if (end < 0) return undefined;
  st.j = end;
  st.afterBreak = true;
  return 'onward';
}

/**
 * قال X عند وصوله إلى …: «…»، وقال إثر لقائه نظيره إن …: عند or إثر before a verbal noun
 * owned by the speaker ("upon his arrival") opens a frame phrase, as في and خلال do
 * (عند الساعة الثامنة, a time of day, is left to the other steps).
 */
export function uponDoing(cx: Detection, st: FrameScan): Verdict | undefined {
  if (!uponDoingAt(cx, st.j)) return undefined;
  st.j++;
  st.inFrame = true;
  st.afterBreak = false;
  return 'onward';
}

/** A stray quotation mark right after the verb opens the quoted words (تقول» أسأل الله …). */
export function strayQuote(cx: Detection, st: FrameScan, w: string): Verdict | undefined {
  const { j, j0, npStart, frame } = st;
  if (j === j0 && j === npStart && (w === '»' || w === '”') && tok(cx, j + 1)?.kind === 'word') {
    frame.contentStart = j + 1;
    return 'stop';
  }
  return undefined;
}

/** وقال مسؤول رفض الإفصاح عن هويته إن …: not naming himself (stance none), then his words. */
export function refusedName(cx: Detection, st: FrameScan, w: string): Verdict | undefined {
  const { j, cue, limit, frame } = st;
  // (A participle of refusing, رافضا ذكر اسمه, is the speaker's own aside: refusal-participle.ts.)
  if (cx.lex.noneVerbs.has(w) && !cue?.participle && !refusalParticiple(w)) {
    let k = j + 1;
    while (k <= j + 4 && k < limit && !cx.lex.identityWords.has(norm(cx, k))) k++;
    if (k <= j + 4 && k < limit && k > j + 1) {
      const ce = norm(cx, k - 1) === 'عن' ? k - 1 : k;
      (frame.asides ??= []).push({ cue: span(cx, j, ce), content: span(cx, ce, k + 1) });
      st.j = k;
      st.inFrame = true;
      return 'onward';
    }
  }
  return undefined;
}

/** وقال مسؤول فضل عدم الكشف عن اسمه إن …: choosing not to be named (stance none), then his words. */
export function choseAnonymity(cx: Detection, st: FrameScan): Verdict | undefined {
  const chose = st.cue?.participle ? undefined : choseNotToBeNamedAt(cx, st.j);
  if (!chose) return undefined;
  (st.frame.asides ??= []).push({ cue: chose.cue, content: chose.content });
  st.j = chose.last;
  st.inFrame = true;
  return 'onward';
}

/** وقال متحدث دون أن يذكر اسمه "…": what the speaker did not say, then his words. */
export function unsaidAside(cx: Detection, st: FrameScan): Verdict | undefined {
  const without = st.cue?.participle ? undefined : withoutSaying(cx, st.j);
  if (without) {
    (st.frame.asides ??= []).push({ cue: without.cue, content: without.content });
    st.j = without.end - 1;
    st.inFrame = true;
    return 'onward';
  }
  return undefined;
}

/** وعزا ذلك إلى …: the object of a verb taking one. */
export function demonstrativeObject(cx: Detection, st: FrameScan, w: string): Verdict | undefined {
  const { j, j0, npStart, cue } = st;
  if (j === j0 && j0 === npStart && cue?.addressee && cx.lex.demonstratives.has(w)) {
    st.inFrame = true;
    return 'onward';
  }
  return undefined;
}

/**
 * … ويدعى القارئ حمزة، في رسالة …: "named", part of the frame.
 * في رسالة صوتية نُشرت أمس أن …: publishing inside the frame is a relay or a passive.
 */
export function namedOrPublished(cx: Detection, st: FrameScan, w: string): Verdict | undefined {
  const { j, j0 } = st;
  if (normLemma(verbAt(cx, j)) === 'ادعي' && /^[وف]?[يت]/.test(w) && !cx.complementizers.has(norm(cx, j + 1))) {
    st.inFrame = true;
    return 'onward';
  }
  if (j > j0 && normLemma(verbAt(cx, j)) === 'نشر') {
    st.inFrame = true;
    return 'onward';
  }
  return undefined;
}

/**
 * Another reporting verb: this one has no content of its own (كذبت الوزارة الأنباء ونفت أن …).
 * … لـ"رويترز" طالبا عدم الكشف عن اسمه إن …: a source asking not to be named is part of the frame.
 * ، عبر حسابه على تويتر،: a form that is mostly a frame word (عبر "through") is not a verb here.
 * A tight frame ends at any verb or negator.
 */
export function anotherVerb(cx: Detection, st: FrameScan, w: string): Verdict | undefined {
  const { j, j0 } = st;
  // في مؤتمر صحفي مشترك بين الوزيرين على …: a bare بين right after a noun is "between"; the
  // verb opens a clause of its own (وبين، ثم بين، الذي بين).
  if (w === 'بين' && tok(cx, j - 1)?.kind === 'word' && !verbAt(cx, j - 1) && !CLAUSE_PARTICLES.has(norm(cx, j - 1)) && !isRelative(cx, j - 1)) return undefined;
  if (j > j0 && verbAt(cx, j) && !cx.lex.seenVerbs.has(w) && !REFUSAL.has(bareAt(cx, j - 1)) && !anonymityAt(cx, j)
    && !(verbAt(cx, j)?.ambiguous && FRAME_WORDS.has(w) && (isComma(cx, j - 1) || (norm(cx, j + 1) !== 'عن')))) return 'stop';
  if (st.tight && (cx.lex.negators.has(w) || verbAt(cx, j))) return 'stop';
  return undefined;
}

/** جدد تحذيره من أن، أبدى رفضه ل…: the verbal noun of saying belongs to the frame. */
export function sayingMasdar(cx: Detection, st: FrameScan, w: string): Verdict | undefined {
  const masdar = cx.lex.sayingMasdars.get(w);
  if (masdar !== undefined && st.frame.saying === undefined) {
    st.frame.saying = { at: st.j, stance: masdar };
    st.inFrame = true;
    return 'onward';
  }
  return undefined;
}

/** متوقعا ألا يكون …: ألا (أن + لا) before an imperfect verb; إلا is spelled the same. */
export function negatedComplement(cx: Detection, st: FrameScan, w: string): Verdict | undefined {
  const { j, j0 } = st;
  if (w === 'الا' && j === j0 && tok(cx, j + 1)?.kind === 'word' && /^[يت]/.test(norm(cx, j + 1)) && !cx.complementizers.has(norm(cx, j + 1))) {
    st.frame.contentStart = j + 1;
    return 'stop';
  }
  return undefined;
}

/** أن، إن، بأن: the content starts after it, unless it follows a conjunction. */
export function complementizer(cx: Detection, st: FrameScan, w: string): Verdict | undefined {
  const { j, j0, npStart, cue, frame } = st;
  if (cx.complementizers.has(w) || (cx.complementizers.has(bare(w)) && w.charCodeAt(0) !== 0x648)) {
    // بعد أن، قبل أن، منذ أن: a conjunction, not what was said.
    const before = norm(cx, j - 1);
    // اعتبر من قبل أن الاتفاق …: "earlier", when a noun (not a verb) follows أن.
    const earlier = before === 'قبل' && norm(cx, j - 2) === 'من' && tok(cx, j + 1)?.kind === 'word' && !/^[يتن]/.test(norm(cx, j + 1));
    // وأوضح X إلى أن …: إلى right after the subject is a slip for أشار إلى أن, not "until";
    // عن تطلعه إلى أن …: the clause of an aspiration (aspiration.ts).
    const slip = before === 'الي' && ((j - 1 === j0 && j0 > npStart) || aspirationBefore(cx, j0, j - 1));
    if (j > j0 && cx.lex.contentBlockers.has(before) && !earlier && !slip && !(cue && prepOf(cx, j - 1, cue.preps))) {
      // «أم باسم» التي تعمل … منذ أن كانت …، أن …: inside a relative clause on the subject, a
      // conjunction's أن is part of the clause; the content comes after a comma.
      if (frame.loose === true && isRelative(cx, j0)) return 'onward';
      return 'stop';
    }
    frame.contentStart = j + 1;
    return 'stop';
  }
  return undefined;
}

/** A colon opens the content (past a complementiser right after it). */
export function colon(cx: Detection, st: FrameScan, w: string): Verdict | undefined {
  if (COLONS.has(w)) {
    st.frame.contentStart = cx.complementizers.has(norm(cx, st.j + 1)) ? st.j + 2 : st.j + 1;
    return 'stop';
  }
  return undefined;
}

/** An opening quotation mark: the quoted words are the content, unless they are a name or a title. */
export function quotation(cx: Detection, st: FrameScan, w: string): Verdict | undefined {
  const { j, j0, se, frame } = st;
  if (isQuoteOpen(cx, j)) {
    const c = closingQuote(cx, j, se + 50);
    // A closing mark with nothing after it in the sentence closes an earlier quotation.
    if ((w === '”' && c < 0) || j + 1 >= se) return 'stop';
    if (c > j && occasionTitle(cx, j, c, se)) {
      st.j = c;
      return 'onward';
    }
    // Quoted words, unless a title runs on inside the sentence (بطولة «سوق عكاظ» له في …).
    // A participle of saying after the closing mark (“…” مؤكدا أن) follows words, not a title.
    // Words that end in a full stop inside the marks ("… ومتوازنة." وأضاف) close a sentence: no title.
    const runsOn = j > j0 && !isComma(cx, j - 1) && !COLONS.has(norm(cx, j - 1)) && tok(cx, c + 1)?.kind === 'word' && verbAt(cx, c + 1)?.participle !== true
      && !(c > j + 2 && /^[.!?؟]$/.test(norm(cx, c - 1)));
    if (!quoteIsName(cx, j, c) && !runsOn) {
      frame.contentStart = j;
      return 'stop';
    }
    if (c > j) st.j = c;
    return 'onward';
  }
  return undefined;
}

/** The cue's own preposition (أعلن عن، أشار إلى) opens the content. */
export function cuePreposition(cx: Detection, st: FrameScan, w: string): Verdict | undefined {
  const { j, cue, limit, frame } = st;
  // ووصف المفتي حادث التفجير بمنطقة عسير بالعمل الإجرامي، وصفته المتحدثة باسم الصليب الأحمر
  // بـ«…»: ب with a place or an institution and باسم belong to the frame, not the content.
  const framePP = w.startsWith('ب') && cue !== undefined && cue.preps.includes('ب') && cue.addressee === true
    && (servesAt(cx, w) || w === 'باسم');
  // وجه باتخاذ …: a word listed as the verb's introducer opens the content, even one that
  // begins like a noun (بات).
  const introducer = cue !== undefined && cue.introducers.includes(w);
  if (cue && cue.preps.length > 0 && (prepOf(cx, j, cue.preps) || introducer) && !prepositionalAt(cx, j) && !framePP && !strayCauseL(cx, j, cue)
    // أفادت X بحسب مصدر …: بحسب is a cue of its own, not the verb's ب.
    && !relayPhraseAt(cx, j)) {
    // أفادت الوكالة عن مصادر أمنية أن …: عن names whom the content was taken from.
    if (w === 'عن' && !frame.inner) {
      let k = j + 1;
      while (k < limit && k - j <= 8 && tok(cx, k)?.kind === 'word' && !cx.complementizers.has(norm(cx, k)) && !verbAt(cx, k)) k++;
      // عن زيارة أوباما من دون أن …: the أن of a clause of manner (without-clause.ts).
      const src = cx.complementizers.has(norm(cx, k)) && !withoutsThat(cx, k) && k > j + 1 && plausibleSource(cx, j + 1, k) ? analyseNP(cx, j + 1, k) : undefined;
      if (src) {
        frame.inner = { cue: span(cx, j, j + 1), source: src };
        frame.contentStart = k + 1;
        return 'stop';
      }
    }
    frame.contentStart = cx.complementizers.has(norm(cx, j + 1)) ? j + 2 : j;
    return 'stop';
  }
  return undefined;
}

/**
 * داعيا أصحاب المنشآت بضرورة …، مطالبا بعدم …: what is urged; وأكد عدم رصد …: what was
 * denied — unless it is the speaker's wish to stay unnamed (عدم الكشف عن اسمه).
 * After a negated verb, a question word right after the subject opens the content.
 */
export function contentOpener(cx: Detection, st: FrameScan, w: string): Verdict | undefined {
  const { j, j0, cue, negated, frame } = st;
  const opener = CONTENT_OPENERS.has(w) || (w === 'عدم' && !identityNear(cx, j));
  if (cue && !negated && opener && (cue.preps.length > 0 || cue.participle || cue.objectContent)) {
    frame.contentStart = j;
    return 'stop';
  }
  if (negated && j === j0 && cx.lex.interrogatives.has(w)) {
    frame.contentStart = j;
    return 'stop';
  }
  return undefined;
}

/** "seen by X": في تقرير اطلعت عليه "عربي21" */
export function seenBy(cx: Detection, st: FrameScan, w: string): Verdict | undefined {
  const { j, limit, frame } = st;
  if (cx.lex.seenVerbs.has(w) && cx.lex.seenObjects.has(norm(cx, j + 1))) {
    const k = j + 2;
    const end = nameEnd(cx, k, limit);
    if (end > k) {
      const src = analyseNP(cx, k, end);
      if (src) {
        const s: Source = { ...src, kind: 'outlet' };
        frame.outer = { cue: span(cx, j, j + 2), source: s };
      }
      st.j = end - 1;
    }
    return 'onward';
  }
  return undefined;
}

/** أعرب عن اعتقاده بأن …: a word of the cue's own frame. */
export function cueFrameWord(_cx: Detection, st: FrameScan, w: string): Verdict | undefined {
  if (st.cue && st.cue.frameWords.includes(w)) {
    st.inFrame = true;
    return 'onward';
  }
  return undefined;
}

/** في تصريح نشرته وكالة سبأ …، في كلمة نقلها التلفزيون: a relay. */
export function relayVerb(cx: Detection, st: FrameScan, w: string): Verdict | undefined {
  const { j, limit, frame } = st;
  if (cx.lex.relayVerbs.has(w)) {
    // في حوار نشرته معه صحيفة … بالقول إنه: the verbal noun of saying ends the publisher.
    const k = publisherEnd(cx, j, limit, 6, (x) => cx.lex.sayingNouns.has(norm(cx, x)));
    const src = k > j + 1 && plausibleSource(cx, j + 1, k) ? analyseNP(cx, j + 1, k) : undefined;
    if (src && !frame.outer) frame.outer = { cue: span(cx, j, j + 1), source: src };
    st.j = k - 1;
    st.inFrame = true;
    return 'onward';
  }
  return undefined;
}

/** تلقت «الشرق الأوسط» نسخة عنه */
export function copyReceived(cx: Detection, st: FrameScan, w: string): Verdict | undefined {
  const { j, limit, frame } = st;
  if (cx.lex.seenVerbs.has(w) && !cx.lex.seenObjects.has(norm(cx, j + 1))) {
    let k = j + 1;
    const end = nameEnd(cx, k, limit);
    if (end > k && cx.lex.copyNouns.has(norm(cx, end))) {
      const src = analyseNP(cx, k, end);
      if (src) frame.outer = { cue: span(cx, j, j + 1), source: { ...src, kind: 'outlet' } };
      k = end + 1;
      if (norm(cx, k) === 'عنه' || norm(cx, k) === 'منه' || norm(cx, k) === 'عنها' || norm(cx, k) === 'منها') k++;
      st.j = k - 1;
      return 'onward';
    }
  }
  return undefined;
}

/** How far past a comma after the relayed speaker his verbal noun of saying may stand. */
const MAX_ASIDE = 20;

/**
 * The verbal noun of saying (قوله، قولها) after an aside set off by commas that opens at the
 * comma k: the index of the noun, or -1 when a complementizer, a colon or a quotation comes
 * first (the words are then not the relayed speaker's aside).
 */
function sayingNounPastAside(cx: Detection, k: number, limit: number): number {
  if (!isComma(cx, k)) return -1;
  for (let m = k + 1; m < Math.min(limit, k + MAX_ASIDE); m++) {
    const w = norm(cx, m);
    // الذي يرقد في المستشفى بعد أن أجريت له العملية: أن after a conjunction of time opens
    // the aside's own clause, not the relayed words.
    const timeClause = TIME_CONJUNCTIONS.has(bareAt(cx, m - 1));
    if ((cx.complementizers.has(w) && !timeClause) || COLONS.has(w) || isQuoteOpen(cx, m) || cx.lex.sayingNouns.has(w)) return -1;
    if (isComma(cx, m) && cx.lex.sayingNouns.has(norm(cx, m + 1))) return m + 1;
  }
  return -1;
}

/** نقلت X عن Y / قالت X نقلا عن Y */
export function relayPhrase(cx: Detection, st: FrameScan, w: string): Verdict | undefined {
  const { j, cue, limit, subjectIsOutlet, frame } = st;
  const prep = cx.lex.prepositional.get(w);
  const isAn = cue?.chain === true && (w === 'عن' || cue.chainPreps.includes(w));
  if (isAn || prep) {
    const plen = isAn ? 1 : matchPhrase(cx, j, new Map([[w, (prep ?? []).map((p) => p.phrase)]]));
    if (plen > 0) {
      let k = j + plen;
      const start = k;
      // وشدد X وفقا لما نقلته وكالة … على ضرورة …: the verb's own preposition ends the relay's source.
      while (k < limit && k - start < MAX_NP && !isComma(cx, k) && !cx.complementizers.has(norm(cx, k)) && !COLONS.has(norm(cx, k))
        && !cx.lex.sayingNouns.has(norm(cx, k)) && !(k > start + 1 && cue !== undefined && cue.preps.includes(norm(cx, k)) && norm(cx, k).length > 1)
        && !(isAn && relayedSpeakerVerb(cx, start, k))) {
        if (isQuoteOpen(cx, k)) {
          const c = closingQuote(cx, k, limit);
          if (c > k) k = c;
        }
        k++;
      }
      const src = analyseNP(cx, needsLStart(cx, start), k);
      // بحسب/وفقا لـ name who relayed a person's words; نقلا عن/على لسان name the
      // original speaker, as does بحسب after an outlet's own verb (ذكرت الصحيفة وفقا لـ…).
      // (وفقا itself: bare() would take its و for a conjunction.)
      const relay = !isAn && (RELAY.has(w) || RELAY.has(bare(w))) && !subjectIsOutlet;
      // نقلت X عن Y قوله إن …: the verbal noun of saying is the cue of Y's words.
      let said = cx.lex.sayingNouns.has(norm(cx, k)) ? k : isComma(cx, k) && cx.lex.sayingNouns.has(norm(cx, k + 1)) ? k + 1 : -1;
      // نقلت مصادر عن الوزير، فلان، قوله …؛ عن الشاب، الذي يرقد في المستشفى، قوله …: past an
      // apposition or a relative clause set off by commas.
      const pastAside = said < 0 && isAn ? sayingNounPastAside(cx, k, limit) : -1;
      if (pastAside >= 0) {
        said = pastAside;
        k = pastAside;
      }
      // نقلت X عن مسؤولين ذكروا أن …: the verb after them is their cue (relayed-speaker-verb.ts).
      const toldAt = said < 0 && isAn && relayedSpeakerVerb(cx, start, k) ? k : -1;
      if (toldAt >= 0) said = toldAt;
      if (src && relay && !frame.outer) frame.outer = { cue: span(cx, j, j + plen), source: src };
      else if (src && !relay) frame.inner = { cue: said >= 0 ? span(cx, said, said + 1) : span(cx, j, j + plen), source: src };
      st.j = toldAt >= 0 ? toldAt : k - 1;
      return 'onward';
    }
  }
  return undefined;
}

/** كشفت من خلاله …: من before a preposition with the resumptive pronoun. */
export function throughIt(cx: Detection, st: FrameScan, w: string): Verdict | undefined {
  const { j, j0, npStart } = st;
  if (j === j0 && j0 === npStart && w === 'من' && /^خلال(ه|ها)$/.test(norm(cx, j + 1))) return 'onward';
  return undefined;
}

/**
 * ونقل التلفزيون الرسمي عنه قوله إن …: the one relayed from is the last speaker, named by
 * the pronoun; his words are his own attribution, via the relaying outlet. Only notes the
 * inner source; the token is left to the next steps.
 */
export function relayedFromPronoun(cx: Detection, st: FrameScan, w: string): undefined {
  const { j, cue, frame } = st;
  if (cue?.chain === true && !frame.inner && /^عن(ه|ها|هم)$/.test(w) && cx.lex.sayingNouns.has(norm(cx, j + 1))) {
    const last = lastSpeakerDraft(cx);
    if (last && last.source.start !== undefined && sentenceOf(cx, j) - sentenceOf(cx, firstTokenAt(cx, last.cue.start)) <= 2) {
      frame.inner = { cue: span(cx, j + 1, j + 2), source: { ...last.source } };
    }
  }
  return undefined;
}

/**
 * A relative clause on the subject (قوة المهام التي تقود العمليات أن), a من-phrase
 * (الباحثون من جامعة كورتين إن), brackets and dashes belong to the frame.
 */
export function relativeOrBracket(cx: Detection, st: FrameScan, w: string): Verdict | undefined {
  const { j, j0, npStart, cue, frame } = st;
  if (isRelative(cx, j) || (w === 'من' && j0 > npStart) || BRACKETS.has(w) || prepPronounAt(cx, j)) {
    // الباحثون الذين حللوا عدد المرات التي مارست فيها النساء الرياضة، إلى أن …: the
    // resumptive pronoun of a relative clause keeps the clause in the frame, for a verb whose
    // content comes after its preposition (خلص إلى أن) and that takes no object.
    const resumptive = prepPronounAt(cx, j) && frame.loose === true && cue !== undefined && !cue.objectContent && cue.preps.length > 0;
    if (isRelative(cx, j) || w === 'من') frame.loose = true;
    st.inFrame = !prepPronounAt(cx, j) || resumptive;
    st.afterBreak = prepPronounAt(cx, j);
    return 'onward';
  }
  return undefined;
}

/**
 * وكانت الشرطة أعلنت في وقت سابق مصرع 21 شخصا: an object after a time phrase.
 * توقعت الرئاسة في تقريرها عن حالة الطقس لهذا اليوم هطولا للأمطار: an accusative object.
 */
export function objectAfterTimeOrAccusative(cx: Detection, st: FrameScan): Verdict | undefined {
  const { j, j0, npStart, cue, negated, objectOK, frame } = st;
  if (objectOK && cue && !negated && st.afterBreak && j > j0 + 1 && !cue.participle && st.inFrame && looksLikeObject(cx, j)
    && (norm(cx, j - 1) === 'سابق' || norm(cx, j - 1) === 'لاحق')) {
    frame.contentStart = j;
    return 'stop';
  }
  if (objectOK && cue && !negated && !cue.participle && (j > j0 || j0 > npStart) && accusativeObject(cx, j)) {
    frame.contentStart = j;
    return 'stop';
  }
  return undefined;
}

/** اليوم الخميس 2 مارس 2017: the date after a time word. */
export function dateAfterTime(cx: Detection, st: FrameScan, w: string): Verdict | undefined {
  const { j, j0 } = st;
  if ((tok(cx, j)?.kind === 'number' || MONTHS.has(w)) && j > j0 && (TIME_WORDS.has(norm(cx, j - 1)) || MONTHS.has(norm(cx, j - 1))
    || tok(cx, j - 1)?.kind === 'number')) return 'onward';
  return undefined;
}

/**
 * أكد مسؤول في وزارة الدفاع قيام الوزارة بـ…، أعلن الوزير في المؤتمر الصحفي تأجيل …: a
 * verbal noun right after the definite end of a frame phrase is the object.
 * أعلنت الشركة عبر موقع السوق المالية يوم أمس تغيير …: past a time phrase that closes the
 * frame phrase, too.
 */
export function verbalNounAfterFrame(cx: Detection, st: FrameScan): Verdict | undefined {
  const { j, j0, cue, negated, objectOK, frame } = st;
  let frameEnd = j - 1;
  while (frameEnd > j0 + 1 && TIME_WORDS.has(norm(cx, frameEnd)) && j - frameEnd <= 3) frameEnd--;
  if (objectOK && cue && !negated && st.inFrame && j > j0 + 1 && !cue.participle && (FRAME_WORDS.has(norm(cx, j0)) || norm(cx, j0) === 'من' || uponDoingAt(cx, j0))
    && (!isPunct(cx, j - 1) || quotedAliasClosesAt(cx, j - 1)) && (verbalNounObject(cx, j, cue.stance === 'deny') || (frameEnd < j - 1 && verbalNounObject(cx, j, cue.stance === 'deny', frameEnd)) || countedObject(cx, j))) {
    frame.contentStart = j;
    return 'stop';
  }
  return undefined;
}

/**
 * نفى مصدر مسؤول في الصندوق ما تم تناقله …، نفى مسؤول في الوزارة الأنباء المتداولة: a relative
 * ما or a report right after the definite end of a frame phrase is what was denied or confirmed.
 */
export function reportedObject(cx: Detection, st: FrameScan, w: string): Verdict | undefined {
  const { j, j0, cue, negated, objectOK, frame } = st;
  const reported = (w === 'ما' && tok(cx, j + 1)?.kind === 'word' && !cx.lex.negators.has(norm(cx, j + 1)) && !cx.complementizers.has(norm(cx, j + 1)))
    || (w !== 'ما' && REPORT_OBJECTS.has(bare(w)));
  if (reported && cue && (objectOK || cue.stance === 'deny') && !negated && st.inFrame && j > j0 + 1 && !cue.participle
    && (FRAME_WORDS.has(norm(cx, j0)) || norm(cx, j0) === 'من' || uponDoingAt(cx, j0)) && j - j0 <= 5 && shortPhrase(cx, j0, j)
    && (bareAt(cx, j - 1).startsWith('ال') || cx.mentionOf[j - 1]?.last === j)) {
    frame.contentStart = j;
    return 'stop';
  }
  return undefined;
}

/** Frame words, time words, nouns of saying, لـ-phrases, and plain words inside a frame phrase. */
export function frameWord(cx: Detection, st: FrameScan, w: string): Verdict | undefined {
  if (FRAME_WORDS.has(w) || cx.lex.npSkip.has(w) || TIME_WORDS.has(w) || cx.lex.sayingNouns.has(w)
    || (w.startsWith('ل') && !w.startsWith('ال') && w.length > 1)
    || (st.inFrame && !isPunct(cx, st.j))) {
    // أعلنت الشركة أيضا استقالة …: an adverb, as a time word, closes the subject.
    const adverb = ALIF_ADVERBS.has(w) || w === 'كذلك';
    st.inFrame = st.inFrame || !(TIME_WORDS.has(w) || adverb);
    st.afterBreak = TIME_WORDS.has(w) || w === 'سابق' || w === 'لاحق' || adverb;
    return 'onward';
  }
  return undefined;
}

/**
 * Last: the object that stands for what was said, or the end of the frame.
 * التي أعلنت الكويت اليوم الخميس الكشف عنها، أعلنت الوزارة أمس الإفراج عن …: a definite
 * verbal noun after the subject and a time phrase is the object.
 * أعلن مهرجان دبي امس تحديد موعد …، أكد خلالها ضرورة …: a nominal object after a break.
 * كشفت من خلاله سير المفاوضات: after the resumptive pronoun a short noun is the object too.
 */
export function objectAfterBreak(cx: Detection, st: FrameScan, w: string): Verdict {
  const { j, j0, npStart, cue, negated, objectOK, afterBreak, frame } = st;
  if (objectOK && cue && !negated && afterBreak && j > j0 && j0 > npStart && !cue.participle && TIME_WORDS.has(norm(cx, j - 1))
    && definiteVerbalNoun(cx, j)) {
    frame.contentStart = j;
    return 'stop';
  }
  const shortObject = resumptiveAt(cx, j - 1) || (norm(cx, j - 2) === 'من' && resumptiveAt(cx, j - 2));
  if (objectOK && cue && !negated && afterBreak && j > j0 && !cue.participle && (looksLikeObject(cx, j, cue.stance === 'deny')
    || (shortObject && w.length === 3 && tok(cx, j)?.kind === 'word' && !SHORT_WORDS.has(w) && !PREPOSITIONS.has(w) && !cx.lex.npStops.has(w) && !verbAt(cx, j)))) {
    frame.contentStart = j;
    return 'stop';
  }
  return 'stop';
}
