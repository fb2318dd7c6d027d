/**
 * The frame between a verb cue's subject and its content: where the content starts,
 * and the outer or inner sources, asides and verbal nouns of saying met on the way.
 */
import type { VerbCue } from '../lexicon.js';
import type { Detection } from './context.js';
import {
  closingQuote, isComma, isPunct, isQuoteOpen, isRelative, matchPhrase, nameEnd, norm, normLemma, prepOf, roleOf,
  sentenceEnd, sentenceOf, servesAt, span, titleBefore, tok, verbAt,
} from './lookups.js';
import {
  ALIF_ADVERBS, bare, BRACKETS, COLONS, CONTENT_OPENERS, FRAME_WORDS, MAX_FRAME, MAX_NP, MONTHS, PREP_PRONOUN,
  PREPOSITIONS, REFUSAL, RELAY, REPORT_OBJECTS, SHORT_WORDS, TIME_WORDS, TITLE_MARKS, URGING,
} from './word-sets.js';
import type { Frame, Source } from './types.js';
import { analyseNP } from './noun-phrase.js';
import { lastSpeakerDraft, resumptiveAt } from './subjects.js';
import { firstTokenAt } from './content.js';
import {
  accusativeObject, anonymityAt, countedObject, definiteVerbalNoun, frameContinues, identityAside, identityNear,
  introduced, looksLikeObject, needsLStart, prepositionalAt, quoteIsName, verbalNounObject, withoutSaying,
} from './frame-parts.js';
import { plausibleSource } from './prepositional.js';

/** The words a..b-1 are plain words: no punctuation, verb, relative or complementiser among them. */
function shortPhrase(cx: Detection, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (tok(cx, k)?.kind !== 'word' || verbAt(cx, k) || isRelative(cx, k) || cx.complementizers.has(norm(cx, k))) return false;
  return true;
}

/** A title (or, unless titleOnly, a name) opens an apposition at k (، وزير الثقافة المصري، …، أحمد داود أوغلو، …). */
function appositionAt(cx: Detection, k: number, titleOnly = false): boolean {
  const w = norm(cx, k);
  return (roleOf(cx, w) ?? (/^ال/.test(w) ? roleOf(cx, w.slice(2)) : roleOf(cx, 'ال' + w))) !== undefined
    || (!titleOnly && cx.mentionOf[k]?.type === 'PER' && cx.mentionOf[k]?.first === k);
}

/** Scans from j for what introduces the content, noting chain frames on the way. */
export function scanFrame(cx: Detection, j0: number, cue: VerbCue | undefined, negated: boolean, npStart: number, subjectIsOutlet: boolean,
  tight = false): Frame {
  const frame = scanFrameRaw(cx, j0, cue, negated, npStart, subjectIsOutlet, tight);
  // جدد النادي عقد اللاعب لمدة …: without a verbal noun of saying, no report.
  if (cue?.needsSaying && frame.saying === undefined) frame.contentStart = -1;
  // أصر على أن، رد بأن، عزا … إلى: a verb that reports only when its content is introduced so.
  if (cue && cue.introducers.length > 0 && frame.contentStart >= 0 && !introduced(cx, frame.contentStart, cue.introducers, cue.objectContent)) frame.contentStart = -1;
  return frame;
}

function scanFrameRaw(cx: Detection, j0: number, cue: VerbCue | undefined, negated: boolean, npStart: number, subjectIsOutlet: boolean,
  tight: boolean): Frame {
  const objectOK = cue?.objectContent === true;
  const se = sentenceEnd(cx, j0);
  const limit = Math.min(se, j0 + MAX_FRAME);
  const frame: Frame = { contentStart: -1 };
  // Words between the subject and the content must belong to a frame (في بيان له،
  // أمس، لـ"عكاظ"، ، وزير الثقافة المصري،); anything else means no content here.
  // أبلغ X شبكة فوكس أمس، أنه …: an addressee object may stand before the content.
  // واصفا مشاركته في المسرحية بأنها …: a participle's object may stand before the content.
  // وحث المعلمون الوزارة على …: the one urged stands before what is urged.
  let inFrame = ((cue?.addressee === true || URGING.has(normLemma(cue))) && j0 > npStart) || cue?.participle === true;
  let afterBreak = j0 > npStart;
  // …، مؤكدا في اتصال هاتفي مع «عكاظ» أمس أن …: after a comma, a participle opening a frame
  // phrase (في، خلال، عبر) may reach its content further on.
  const framed = cue?.participle === true && !tight && isComma(cx, j0 - 2) && /^(في|خلال|عبر|لدي|امام)$/.test(norm(cx, j0));
  const frameLimit = cue?.participle ? Math.min(limit, j0 + (tight ? 3 : framed ? 12 : 6)) : limit;
  for (let j = j0; j < frameLimit; j++) {
    const w = norm(cx, j);
    // لوكالة الأنباء الألمانية (د.ب.أ)، إن …: an acronym or a date in brackets inside the frame.
    if (j > j0 && w === '(') {
      let k = j + 1;
      while (k < frameLimit && k - j <= 8 && norm(cx, k) !== ')' && !cx.complementizers.has(norm(cx, k)) && !verbAt(cx, k) && !COLONS.has(norm(cx, k))) k++;
      if (norm(cx, k) === ')' && k > j + 1) {
        j = k;
        continue;
      }
    }
    // وذكر في تصريحات له أدلى بها لصحيفة الإكسبريس أن …: the statement's relative verb stays in the frame.
    if (j > j0 && /^(ادلي|ادلت|ادلوا|ادليا)$/.test(w) && /^(به|بها)$/.test(norm(cx, j + 1))) {
      j++;
      continue;
    }
    // وقالت X بعد أن علمت بوفاتها "…": a clause of time before quoted words belongs to the frame.
    if (j <= j0 + 1 && !cue?.participle && ((/^(بعد|قبل|عقب)$/.test(bare(w)) && norm(cx, j + 1) === 'ان') || /^(عندما|حين|حينما|بعدما|لدي)$/.test(bare(w)))) {
      let k = j + 1;
      const from = norm(cx, j + 1) === 'ان' ? j + 2 : j + 1;
      k = from;
      while (k < limit && k - j <= 15 && !isQuoteOpen(cx, k) && !COLONS.has(norm(cx, k)) && !cx.complementizers.has(norm(cx, k)) && !(isPunct(cx, k) && !BRACKETS.has(norm(cx, k)))) k++;
      if ((isQuoteOpen(cx, k) || COLONS.has(norm(cx, k)) || cx.complementizers.has(norm(cx, k))) && k > from && tok(cx, k + 1)?.kind === 'word') {
        frame.contentStart = COLONS.has(norm(cx, k)) ? (isQuoteOpen(cx, k + 1) || cx.complementizers.has(norm(cx, k + 1)) ? k + 2 : k + 1) : cx.complementizers.has(norm(cx, k)) ? k + 1 : k;
        return frame;
      }
    }
    // … والأمن القومي د. فراس إلياس: the mark after a title inside a long frame.
    if (j > j0 && TITLE_MARKS.has(w) && titleBefore(cx, j) && tok(cx, j + 1)?.kind === 'word') continue;
    // اعتبر من قبل أن …: "before", an adverb.
    if (w === 'من' && norm(cx, j + 1) === 'قبل' && (isComma(cx, j + 2)
      || (cx.complementizers.has(norm(cx, j + 2)) && tok(cx, j + 3)?.kind === 'word' && !/^[يتن]/.test(norm(cx, j + 3))))) {
      j++;
      continue;
    }
    // A stray quotation mark right after the verb opens the quoted words (تقول» أسأل الله …).
    if (j === j0 && j === npStart && (w === '»' || w === '”') && tok(cx, j + 1)?.kind === 'word') {
      frame.contentStart = j + 1;
      return frame;
    }
    if (isComma(cx, j)) {
      const aside = identityAside(cx, j);
      if (aside) {
        (frame.asides ??= []).push({ cue: aside.cue, content: aside.content });
        if (cx.complementizers.has(norm(cx, aside.close + 1))) {
          frame.contentStart = aside.close + 2;
          return frame;
        }
        j = aside.close - 1;
        continue;
      }
      // وقال القيادي في الحلقة، التي يرجح أن تسجيلها تم قبل …، بأن …: a relative clause between
      // commas, then the content.
      if (isRelative(cx, j + 1) && !cue?.participle) {
        let k = j + 2;
        while (k < limit && k - j <= 25 && !isComma(cx, k) && !COLONS.has(norm(cx, k)) && !(isPunct(cx, k) && !isQuoteOpen(cx, k) && !BRACKETS.has(norm(cx, k)))) k++;
        if (isComma(cx, k) && k > j + 2 && cx.complementizers.has(norm(cx, k + 1)) && !cx.lex.contentBlockers.has(norm(cx, k - 1))) {
          frame.contentStart = k + 2;
          return frame;
        }
      }
      // وقال X في رسالة صوتية، وهي أول رسالة تصدر منذ تعيينه: «…»: an aside on the medium, then
      // the words after a colon or a quotation mark.
      if (/^(وهي|وهو)$/.test(norm(cx, j + 1)) && inFrame && !cue?.participle) {
        let k = j + 2;
        while (k < limit && k - j <= 20 && !isComma(cx, k) && !COLONS.has(norm(cx, k)) && !isQuoteOpen(cx, k) && !cx.complementizers.has(norm(cx, k))
          && !(isPunct(cx, k) && !BRACKETS.has(norm(cx, k))) && !verbAt(cx, k)) k++;
        if (COLONS.has(norm(cx, k)) && k > j + 3) {
          frame.contentStart = cx.complementizers.has(norm(cx, k + 1)) ? k + 2 : k + 1;
          return frame;
        }
      }
      // وقال مصدر، طلب عدم نشر اسمه، لتلفزيون …: a source asking not to be named, between commas.
      if (/^(طلب|طلبت|طلبوا|فضل|فضلت|فضلوا)$/.test(bare(norm(cx, j + 1))) && /^(عدم|الا)$/.test(norm(cx, j + 2)) && identityNear(cx, j + 2)) {
        let k = j + 3;
        while (k < limit && k - j <= 8 && !isComma(cx, k)) k++;
        if (isComma(cx, k)) {
          j = k;
          inFrame = true;
          afterBreak = true;
          continue;
        }
      }
      // ونقلت الوكالة ، عن مسؤولين ، أن …: the one relayed from, between commas.
      if (frameContinues(cx, j + 1) || (cue?.chain === true && (norm(cx, j + 1) === 'عن' || cue.chainPreps.includes(norm(cx, j + 1))))) {
        inFrame = false;
        afterBreak = true;
        continue;
      }
      // An apposition between commas: ، وزير الثقافة المصري، إلى …، أحمد داود أوغلو، في …
      if (appositionAt(cx, j + 1)) {
        let k = j + 1;
        while (k < limit && k - j <= 12 && !isComma(cx, k) && !verbAt(cx, k) && !cx.complementizers.has(norm(cx, k)) && !COLONS.has(norm(cx, k))) {
          // A quoted name (لدى «أوزإس. فايننشال سرفيس») is passed whole.
          const c = isQuoteOpen(cx, k) ? closingQuote(cx, k, Math.min(limit, k + 8)) : -1;
          k = c > k ? c + 1 : k + 1;
        }
        if (isComma(cx, k) && (frameContinues(cx, k + 1) || (cue !== undefined && prepOf(cx, k + 1, cue.preps)))) {
          j = k - 1;
          inFrame = true;
          continue;
        }
        // X، وزير العدل، رئيس المجلس الأعلى للقضاء أن …: a second title after the first (names
        // between commas are rather a list: مصطفى بصاص، معتز هوساوي، ووليد …).
        if (isComma(cx, k) && k > j + 1 && appositionAt(cx, k + 1, true)) {
          j = k - 1;
          continue;
        }
        // وقال هاني الطرابلسي؛ الوكيل الملاحي لمجموعة …، إن …: the apposition closed by a comma.
        if (isComma(cx, k) && k > j + 1 && cx.complementizers.has(norm(cx, k + 1)) && !cx.lex.contentBlockers.has(norm(cx, k - 1))) {
          frame.contentStart = k + 2;
          return frame;
        }
        // وأوضح حسان مبروك ، رئيس لجنة التصوير أن …: the apposition runs up to the content.
        if (cx.complementizers.has(norm(cx, k)) && k > j + 1 && !cx.lex.contentBlockers.has(norm(cx, k - 1))) {
          frame.contentStart = k + 1;
          return frame;
        }
        // وقال أحمد سالم، محلل اقتصادي في شركة … لـ«الشرق الأوسط»: «…»: up to a colon.
        if (COLONS.has(norm(cx, k)) && k > j + 1) {
          frame.contentStart = cx.complementizers.has(norm(cx, k + 1)) ? k + 2 : k + 1;
          return frame;
        }
        // وأكد المتحدث باسم الوزارة، السفير X، أهمية أن …: the apposition closed by a comma right
        // after the subject, then the object that stands for what was said.
        if (isComma(cx, k) && k > j + 1 && j === j0 && objectOK && cue && !negated && !cue.participle && tok(cx, k + 2)?.kind === 'word'
          && (CONTENT_OPENERS.has(norm(cx, k + 1)) || (looksLikeObject(cx, k + 1, cue.stance === 'deny') && !roleOf(cx, norm(cx, k + 1))
            && !cx.lex.rankTitles.has(norm(cx, k + 1)) && !cx.mentionOf[k + 1]))) {
          frame.contentStart = k + 1;
          return frame;
        }
      }
      // اتهم الخطاط ناصر الميمون، القائمين على الجمعية بالتقصير …، ودعا النقيب الأكلبي، جميع
      // المتنزهين بضرورة …: after a comma closing the subject, the one accused or urged, then
      // the verb's own complement.
      if (j === j0 && j0 > npStart && cue && !negated && !cue.participle && cue.preps.length > 0
        && (cue.addressee === true || URGING.has(normLemma(cue))) && !prepOf(cx, j + 1, cue.preps)) {
        let k = j + 1;
        while (k < limit && k - j <= 8 && tok(cx, k)?.kind === 'word' && !verbAt(cx, k) && !cx.complementizers.has(norm(cx, k))
          && !(prepOf(cx, k, cue.preps) && (norm(cx, k).length <= 3 || /^ب(ال|ت|ا)/.test(norm(cx, k)))) && !CONTENT_OPENERS.has(norm(cx, k))) k++;
        if (k > j + 1 && k < limit && tok(cx, k)?.kind === 'word' && !verbAt(cx, k) && !cx.complementizers.has(norm(cx, k))) {
          frame.contentStart = k;
          return frame;
        }
      }
      // أعلنت الوزارة في غزة، عن توقيف …
      if (cue && cue.preps.length > 0 && prepOf(cx, j + 1, cue.preps)) {
        frame.contentStart = cx.complementizers.has(norm(cx, j + 2)) ? j + 3 : j + 1;
        return frame;
      }
      if (objectOK && cue && !negated && looksLikeObject(cx, j + 1)) {
        frame.contentStart = j + 1;
        return frame;
      }
      // A parenthetical clause closed by "، أن" (… «الشرق الأوسط»، تمثل بيانات …، أن).
      let k = j + 1;
      while (k < se && k - j <= 30 && !verbAt(cx, k) && !cx.complementizers.has(norm(cx, k))) {
        if (isComma(cx, k) && cx.complementizers.has(norm(cx, k + 1))) break;
        k++;
      }
      if (isComma(cx, k) && cx.complementizers.has(norm(cx, k + 1)) && k - j > 1) {
        frame.contentStart = k + 2;
        return frame;
      }
      return frame;
    }
    // وقال مسؤول رفض الإفصاح عن هويته إن …: not naming himself (stance none), then his words.
    if (cx.lex.noneVerbs.has(w) && !cue?.participle) {
      let k = j + 1;
      while (k <= j + 4 && k < limit && !cx.lex.identityWords.has(norm(cx, k))) k++;
      if (k <= j + 4 && k < limit && k > j + 1) {
        const ce = norm(cx, k - 1) === 'عن' ? k - 1 : k;
        (frame.asides ??= []).push({ cue: span(cx, j, ce), content: span(cx, ce, k + 1) });
        j = k;
        inFrame = true;
        continue;
      }
    }
    // وقال متحدث دون أن يذكر اسمه "…": what the speaker did not say, then his words.
    const without = cue?.participle ? undefined : withoutSaying(cx, j);
    if (without) {
      (frame.asides ??= []).push({ cue: without.cue, content: without.content });
      j = without.end - 1;
      inFrame = true;
      continue;
    }
    // وعزا ذلك إلى …: the object of a verb taking one.
    if (j === j0 && j0 === npStart && cue?.addressee && cx.lex.demonstratives.has(w)) {
      inFrame = true;
      continue;
    }
    // … ويدعى القارئ حمزة، في رسالة …: "named", part of the frame.
    if (normLemma(verbAt(cx, j)) === 'ادعي' && /^[وف]?[يت]/.test(w) && !cx.complementizers.has(norm(cx, j + 1))) {
      inFrame = true;
      continue;
    }
    // في رسالة صوتية نُشرت أمس أن …: publishing inside the frame is a relay or a passive.
    if (j > j0 && normLemma(verbAt(cx, j)) === 'نشر') {
      inFrame = true;
      continue;
    }
    // Another reporting verb: this one has no content of its own (كذبت الوزارة الأنباء ونفت أن …).
    // … لـ"رويترز" طالبا عدم الكشف عن اسمه إن …: a source asking not to be named is part of the frame.
    // ، عبر حسابه على تويتر،: a form that is mostly a frame word (عبر "through") is not a verb here.
    if (j > j0 && verbAt(cx, j) && !cx.lex.seenVerbs.has(w) && !REFUSAL.has(bare(norm(cx, j - 1))) && !anonymityAt(cx, j)
      && !(verbAt(cx, j)?.ambiguous && FRAME_WORDS.has(w) && (isComma(cx, j - 1) || (norm(cx, j + 1) !== 'عن')))) return frame;
    if (tight && (cx.lex.negators.has(w) || verbAt(cx, j))) return frame;
    // جدد تحذيره من أن، أبدى رفضه ل…: the verbal noun of saying belongs to the frame.
    const masdar = cx.lex.sayingMasdars.get(w);
    if (masdar !== undefined && frame.saying === undefined) {
      frame.saying = { at: j, stance: masdar };
      inFrame = true;
      continue;
    }
    // متوقعا ألا يكون …: ألا (أن + لا) before an imperfect verb; إلا is spelled the same.
    if (w === 'الا' && j === j0 && tok(cx, j + 1)?.kind === 'word' && /^[يت]/.test(norm(cx, j + 1)) && !cx.complementizers.has(norm(cx, j + 1))) {
      frame.contentStart = j + 1;
      return frame;
    }
    if (cx.complementizers.has(w) || (cx.complementizers.has(bare(w)) && w.charCodeAt(0) !== 0x648)) {
      // بعد أن، قبل أن، منذ أن: a conjunction, not what was said.
      const before = norm(cx, j - 1);
      // اعتبر من قبل أن الاتفاق …: "earlier", when a noun (not a verb) follows أن.
      const earlier = before === 'قبل' && norm(cx, j - 2) === 'من' && tok(cx, j + 1)?.kind === 'word' && !/^[يتن]/.test(norm(cx, j + 1));
      // وأوضح X إلى أن …: إلى right after the subject is a slip for أشار إلى أن, not "until".
      const slip = before === 'الي' && j - 1 === j0 && j0 > npStart;
      if (j > j0 && cx.lex.contentBlockers.has(before) && !earlier && !slip && !(cue && prepOf(cx, j - 1, cue.preps))) {
        // «أم باسم» التي تعمل … منذ أن كانت …، أن …: inside a relative clause on the subject, a
        // conjunction's أن is part of the clause; the content comes after a comma.
        if (frame.loose === true && isRelative(cx, j0)) continue;
        return frame;
      }
      frame.contentStart = j + 1;
      return frame;
    }
    if (COLONS.has(w)) {
      frame.contentStart = cx.complementizers.has(norm(cx, j + 1)) ? j + 2 : j + 1;
      return frame;
    }
    if (isQuoteOpen(cx, j)) {
      const c = closingQuote(cx, j, se + 50);
      // A closing mark with nothing after it in the sentence closes an earlier quotation.
      if ((w === '”' && c < 0) || j + 1 >= se) return frame;
      // Quoted words, unless a title runs on inside the sentence (بطولة «سوق عكاظ» له في …).
      // A participle of saying after the closing mark (“…” مؤكدا أن) follows words, not a title.
      // Words that end in a full stop inside the marks ("… ومتوازنة." وأضاف) close a sentence: no title.
      const runsOn = j > j0 && !isComma(cx, j - 1) && !COLONS.has(norm(cx, j - 1)) && tok(cx, c + 1)?.kind === 'word' && verbAt(cx, c + 1)?.participle !== true
        && !(c > j + 2 && /^[.!?؟]$/.test(norm(cx, c - 1)));
      if (!quoteIsName(cx, j, c) && !runsOn) {
        frame.contentStart = j;
        return frame;
      }
      if (c > j) j = c;
      continue;
    }
    // ووصف المفتي حادث التفجير بمنطقة عسير بالعمل الإجرامي، وصفته المتحدثة باسم الصليب الأحمر
    // بـ«…»: ب with a place or an institution and باسم belong to the frame, not the content.
    const framePP = w.startsWith('ب') && cue !== undefined && cue.preps.includes('ب') && cue.addressee === true
      && (servesAt(cx, w) || w === 'باسم');
    if (cue && cue.preps.length > 0 && prepOf(cx, j, cue.preps) && !prepositionalAt(cx, j) && !framePP) {
      // أفادت الوكالة عن مصادر أمنية أن …: عن names whom the content was taken from.
      if (w === 'عن' && !frame.inner) {
        let k = j + 1;
        while (k < limit && k - j <= 8 && tok(cx, k)?.kind === 'word' && !cx.complementizers.has(norm(cx, k)) && !verbAt(cx, k)) k++;
        const src = cx.complementizers.has(norm(cx, k)) && k > j + 1 && plausibleSource(cx, j + 1, k) ? analyseNP(cx, j + 1, k) : undefined;
        if (src) {
          frame.inner = { cue: span(cx, j, j + 1), source: src };
          frame.contentStart = k + 1;
          return frame;
        }
      }
      frame.contentStart = cx.complementizers.has(norm(cx, j + 1)) ? j + 2 : j;
      return frame;
    }
    // داعيا أصحاب المنشآت بضرورة …، مطالبا بعدم …: what is urged; وأكد عدم رصد …: what was
    // denied — unless it is the speaker's wish to stay unnamed (عدم الكشف عن اسمه).
    const opener = CONTENT_OPENERS.has(w) || (w === 'عدم' && !identityNear(cx, j));
    if (cue && !negated && opener && (cue.preps.length > 0 || cue.participle || cue.objectContent)) {
      frame.contentStart = j;
      return frame;
    }
    if (negated && j === j0 && cx.lex.interrogatives.has(w)) {
      frame.contentStart = j;
      return frame;
    }
    // "seen by X": في تقرير اطلعت عليه "عربي21"
    if (cx.lex.seenVerbs.has(w) && cx.lex.seenObjects.has(norm(cx, j + 1))) {
      const k = j + 2;
      const end = nameEnd(cx, k, limit);
      if (end > k) {
        const src = analyseNP(cx, k, end);
        if (src) {
          const s: Source = { ...src, kind: 'outlet' };
          frame.outer = { cue: span(cx, j, j + 2), source: s };
        }
        j = end - 1;
      }
      continue;
    }
    // أعرب عن اعتقاده بأن …
    if (cue && cue.frameWords.includes(w)) {
      inFrame = true;
      continue;
    }
    // في تصريح نشرته وكالة سبأ …، في كلمة نقلها التلفزيون: a relay.
    if (cx.lex.relayVerbs.has(w)) {
      let k = j + 1;
      while (k < limit && k - j <= 6 && !(isPunct(cx, k) && !isQuoteOpen(cx, k)) && !cx.complementizers.has(norm(cx, k)) && !COLONS.has(norm(cx, k))) {
        if (isQuoteOpen(cx, k)) {
          const c = closingQuote(cx, k, limit);
          if (c > k && quoteIsName(cx, k, c)) k = c;
          else break;
        }
        k++;
      }
      const src = k > j + 1 && plausibleSource(cx, j + 1, k) ? analyseNP(cx, j + 1, k) : undefined;
      if (src && !frame.outer) frame.outer = { cue: span(cx, j, j + 1), source: src };
      j = k - 1;
      inFrame = true;
      continue;
    }
    // تلقت «الشرق الأوسط» نسخة عنه
    if (cx.lex.seenVerbs.has(w) && !cx.lex.seenObjects.has(norm(cx, j + 1))) {
      let k = j + 1;
      const end = nameEnd(cx, k, limit);
      if (end > k && cx.lex.copyNouns.has(norm(cx, end))) {
        const src = analyseNP(cx, k, end);
        if (src) frame.outer = { cue: span(cx, j, j + 1), source: { ...src, kind: 'outlet' } };
        k = end + 1;
        if (norm(cx, k) === 'عنه' || norm(cx, k) === 'منه' || norm(cx, k) === 'عنها' || norm(cx, k) === 'منها') k++;
        j = k - 1;
        continue;
      }
    }
    // نقلت X عن Y / قالت X نقلا عن Y
    const prep = cx.lex.prepositional.get(w);
    const isAn = cue?.chain === true && (w === 'عن' || cue.chainPreps.includes(w));
    if (isAn || prep) {
      const plen = isAn ? 1 : matchPhrase(cx, j, new Map([[w, (prep ?? []).map((p) => p.phrase)]]));
      if (plen > 0) {
        let k = j + plen;
        const start = k;
        // وشدد X وفقا لما نقلته وكالة … على ضرورة …: the verb's own preposition ends the relay's source.
        while (k < limit && k - start < MAX_NP && !isComma(cx, k) && !cx.complementizers.has(norm(cx, k)) && !COLONS.has(norm(cx, k))
          && !cx.lex.sayingNouns.has(norm(cx, k)) && !(k > start + 1 && cue !== undefined && cue.preps.includes(norm(cx, k)) && norm(cx, k).length > 1)) {
          if (isQuoteOpen(cx, k)) {
            const c = closingQuote(cx, k, limit);
            if (c > k) k = c;
          }
          k++;
        }
        const src = analyseNP(cx, needsLStart(cx, start), k);
        // بحسب/وفقا لـ name who relayed a person's words; نقلا عن/على لسان name the
        // original speaker, as does بحسب after an outlet's own verb (ذكرت الصحيفة وفقا لـ…).
        const relay = !isAn && RELAY.has(bare(w)) && !subjectIsOutlet;
        // نقلت X عن Y قوله إن …: the verbal noun of saying is the cue of Y's words.
        const said = cx.lex.sayingNouns.has(norm(cx, k)) ? k : isComma(cx, k) && cx.lex.sayingNouns.has(norm(cx, k + 1)) ? k + 1 : -1;
        if (src && relay && !frame.outer) frame.outer = { cue: span(cx, j, j + plen), source: src };
        else if (src && !relay) frame.inner = { cue: said >= 0 ? span(cx, said, said + 1) : span(cx, j, j + plen), source: src };
        j = k - 1;
        continue;
      }
    }
    // A relative clause on the subject (قوة المهام التي تقود العمليات أن), a من-phrase
    // (الباحثون من جامعة كورتين إن), brackets and dashes belong to the frame.
    // كشفت من خلاله …: من before a preposition with the resumptive pronoun.
    if (j === j0 && j0 === npStart && w === 'من' && /^خلال(ه|ها)$/.test(norm(cx, j + 1))) continue;
    // ونقل التلفزيون الرسمي عنه قوله إن …: the one relayed from is the last speaker, named by
    // the pronoun; his words are his own attribution, via the relaying outlet.
    if (cue?.chain === true && !frame.inner && /^عن(ه|ها|هم)$/.test(w) && cx.lex.sayingNouns.has(norm(cx, j + 1))) {
      const last = lastSpeakerDraft(cx);
      if (last && last.source.start !== undefined && sentenceOf(cx, j) - sentenceOf(cx, firstTokenAt(cx, last.cue.start)) <= 2) {
        frame.inner = { cue: span(cx, j + 1, j + 2), source: { ...last.source } };
      }
    }
    if (isRelative(cx, j) || (w === 'من' && j0 > npStart) || BRACKETS.has(w) || PREP_PRONOUN.test(w)) {
      // الباحثون الذين حللوا عدد المرات التي مارست فيها النساء الرياضة، إلى أن …: the
      // resumptive pronoun of a relative clause keeps the clause in the frame, for a verb whose
      // content comes after its preposition (خلص إلى أن) and that takes no object.
      const resumptive = PREP_PRONOUN.test(w) && frame.loose === true && cue !== undefined && !cue.objectContent && cue.preps.length > 0;
      if (isRelative(cx, j) || w === 'من') frame.loose = true;
      inFrame = !PREP_PRONOUN.test(w) || resumptive;
      afterBreak = PREP_PRONOUN.test(w);
      continue;
    }
    // وكانت الشرطة أعلنت في وقت سابق مصرع 21 شخصا: an object after a time phrase.
    if (objectOK && cue && !negated && afterBreak && j > j0 + 1 && !cue.participle && inFrame && looksLikeObject(cx, j)
      && (norm(cx, j - 1) === 'سابق' || norm(cx, j - 1) === 'لاحق')) {
      frame.contentStart = j;
      return frame;
    }
    // توقعت الرئاسة في تقريرها عن حالة الطقس لهذا اليوم هطولا للأمطار: an accusative object.
    if (objectOK && cue && !negated && !cue.participle && (j > j0 || j0 > npStart) && accusativeObject(cx, j)) {
      frame.contentStart = j;
      return frame;
    }
    // اليوم الخميس 2 مارس 2017: the date after a time word.
    if ((tok(cx, j)?.kind === 'number' || MONTHS.has(w)) && j > j0 && (TIME_WORDS.has(norm(cx, j - 1)) || MONTHS.has(norm(cx, j - 1))
      || tok(cx, j - 1)?.kind === 'number')) continue;
    // أكد مسؤول في وزارة الدفاع قيام الوزارة بـ…، أعلن الوزير في المؤتمر الصحفي تأجيل …: a
    // verbal noun right after the definite end of a frame phrase is the object.
    // أعلنت الشركة عبر موقع السوق المالية يوم أمس تغيير …: past a time phrase that closes the
    // frame phrase, too.
    let frameEnd = j - 1;
    while (frameEnd > j0 + 1 && TIME_WORDS.has(norm(cx, frameEnd)) && j - frameEnd <= 3) frameEnd--;
    if (objectOK && cue && !negated && inFrame && j > j0 + 1 && !cue.participle && (FRAME_WORDS.has(norm(cx, j0)) || norm(cx, j0) === 'من')
      && !isPunct(cx, j - 1) && (verbalNounObject(cx, j, cue.stance === 'deny') || (frameEnd < j - 1 && verbalNounObject(cx, j, cue.stance === 'deny', frameEnd)) || countedObject(cx, j))) {
      frame.contentStart = j;
      return frame;
    }
    // نفى مصدر مسؤول في الصندوق ما تم تناقله …، نفى مسؤول في الوزارة الأنباء المتداولة: a relative
    // ما or a report right after the definite end of a frame phrase is what was denied or confirmed.
    const reported = (w === 'ما' && tok(cx, j + 1)?.kind === 'word' && !cx.lex.negators.has(norm(cx, j + 1)) && !cx.complementizers.has(norm(cx, j + 1)))
      || (w !== 'ما' && REPORT_OBJECTS.has(bare(w)));
    if (reported && cue && (objectOK || cue.stance === 'deny') && !negated && inFrame && j > j0 + 1 && !cue.participle
      && (FRAME_WORDS.has(norm(cx, j0)) || norm(cx, j0) === 'من') && j - j0 <= 5 && shortPhrase(cx, j0, j)
      && (bare(norm(cx, j - 1)).startsWith('ال') || cx.mentionOf[j - 1]?.last === j)) {
      frame.contentStart = j;
      return frame;
    }
    if (FRAME_WORDS.has(w) || cx.lex.npSkip.has(w) || TIME_WORDS.has(w) || cx.lex.sayingNouns.has(w)
      || (w.startsWith('ل') && !w.startsWith('ال') && w.length > 1)
      || (inFrame && !isPunct(cx, j))) {
      // أعلنت الشركة أيضا استقالة …: an adverb, as a time word, closes the subject.
      const adverb = ALIF_ADVERBS.has(w) || w === 'كذلك';
      inFrame = inFrame || !(TIME_WORDS.has(w) || adverb);
      afterBreak = TIME_WORDS.has(w) || w === 'سابق' || w === 'لاحق' || adverb;
      continue;
    }
    // التي أعلنت الكويت اليوم الخميس الكشف عنها، أعلنت الوزارة أمس الإفراج عن …: a definite
    // verbal noun after the subject and a time phrase is the object.
    if (objectOK && cue && !negated && afterBreak && j > j0 && j0 > npStart && !cue.participle && TIME_WORDS.has(norm(cx, j - 1))
      && definiteVerbalNoun(cx, j)) {
      frame.contentStart = j;
      return frame;
    }
    // أعلن مهرجان دبي امس تحديد موعد …، أكد خلالها ضرورة …: a nominal object after a break.
    // كشفت من خلاله سير المفاوضات: after the resumptive pronoun a short noun is the object too.
    const shortObject = resumptiveAt(cx, j - 1) || (norm(cx, j - 2) === 'من' && resumptiveAt(cx, j - 2));
    if (objectOK && cue && !negated && afterBreak && j > j0 && !cue.participle && (looksLikeObject(cx, j, cue.stance === 'deny')
      || (shortObject && w.length === 3 && tok(cx, j)?.kind === 'word' && !SHORT_WORDS.has(w) && !PREPOSITIONS.has(w) && !cx.lex.npStops.has(w) && !verbAt(cx, j)))) {
      frame.contentStart = j;
      return frame;
    }
    return frame;
  }
  // وأضاف فرومان خلال مؤتمر صحافي شارك فيه ممثلون عن … (…)، التي …: «…»: a long frame
  // still ends in a colon and a quotation, with no other verb of saying on the way.
  if (inFrame && cue && !cue.participle) {
    for (let k = frameLimit; k < Math.min(se, j0 + 90); k++) {
      if (verbAt(cx, k) || cx.complementizers.has(norm(cx, k))) break;
      if (COLONS.has(norm(cx, k)) && isQuoteOpen(cx, k + 1)) {
        frame.contentStart = k + 1;
        break;
      }
    }
  }
  return frame;
}
