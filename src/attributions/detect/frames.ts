/**
 * The frame between a verb cue's subject and its content: where the content starts,
 * and the outer or inner sources, asides and verbal nouns of saying met on the way.
 * The steps that decide each kind of word are in frame-steps.ts and, at a comma, frame-comma.ts.
 */
import type { VerbCue } from '../lexicon.js';
import type { Detection } from './context.js';
import { isComma, isQuoteOpen, norm, normLemma, sentenceEnd, verbAt } from './lookups.js';
import { COLONS, MAX_FRAME, URGING } from './word-sets.js';
import type { Frame } from './types.js';
import { introduced } from './frame-parts.js';
import {
  anotherVerb, bracketedAside, bracketedQuote, colon, dayBeforeYesterday, complementizer, contentOpener, copyReceived, cueFrameWord, cuePreposition, dateAfterTime,
  demonstrativeObject, earlierAdverb, frameWord, namedOrPublished, negatedComplement, objectAfterBreak, objectAfterTimeOrAccusative,
  quotation, refusedName, choseAnonymity, relativeOrBracket, relayedFromPronoun, relayPhrase, relayVerb, reportedObject, sayingMasdar, seenBy,
  statementRelative, strayQuote, throughIt, timeClause, titleMark, unsaidAside, uponDoing, verbalNounAfterFrame,
  type FrameScan, type Verdict,
} from './frame-steps.js';
import { atComma } from './frame-comma.js';
import { withoutAside } from './without-clause.js';
import { translatedBy } from './translated-report.js';
import { objectAfterAddressee } from './addressed-object.js';
import { specifiedDecision } from './specified-decision.js';

/** Scans from j for what introduces the content, noting chain frames on the way. */
export function scanFrame(cx: Detection, j0: number, cue: VerbCue | undefined, negated: boolean, npStart: number, subjectIsOutlet: boolean,
  tight = false): Frame {
  const frame = scanFrameRaw(cx, j0, cue, negated, npStart, subjectIsOutlet, tight);
  // جدد النادي عقد اللاعب لمدة …: without a verbal noun of saying, no report.
  if (cue?.needsSaying && frame.saying === undefined) frame.contentStart = -1;
  // أصر على أن، رد بأن، عزا … إلى: a verb that reports only when its content is introduced so.
  if (cue && cue.introducers.length > 0 && frame.contentStart >= 0 && !introduced(cx, frame.contentStart, cue.introducers, cue.objectContent)) frame.contentStart = -1;
  // حدد الاتحاد الموعد بأن يكون …: what shall be is a decision (specified-decision.ts).
  if (cue && frame.contentStart >= 0 && specifiedDecision(cx, cue, frame.contentStart)) frame.contentStart = -1;
  return frame;
}

/** Scans the tokens after the subject one by one; each step below decides one kind of word. */
function scanFrameRaw(cx: Detection, j0: number, cue: VerbCue | undefined, negated: boolean, npStart: number, subjectIsOutlet: boolean,
  tight: boolean): Frame {
  const se = sentenceEnd(cx, j0);
  const limit = Math.min(se, j0 + MAX_FRAME);
  // Words between the subject and the content must belong to a frame (في بيان له،
  // أمس، لـ"عكاظ"، ، وزير الثقافة المصري،); anything else means no content here.
  // أبلغ X شبكة فوكس أمس، أنه …: an addressee object may stand before the content.
  // واصفا مشاركته في المسرحية بأنها …: a participle's object may stand before the content.
  // وحث المعلمون الوزارة على …: the one urged stands before what is urged.
  const inFrame = ((cue?.addressee === true || URGING.has(normLemma(cue))) && j0 > npStart) || cue?.participle === true;
  // …، مؤكدا في اتصال هاتفي مع «عكاظ» أمس أن …: after a comma, a participle opening a frame
  // phrase (في، خلال، عبر) may reach its content further on.
  const framed = cue?.participle === true && !tight && isComma(cx, j0 - 2) && /^(في|خلال|عبر|لدي|امام)$/.test(norm(cx, j0));
  const st: FrameScan = {
    j0, cue, negated, npStart, subjectIsOutlet, tight, objectOK: cue?.objectContent === true, se, limit,
    frameLimit: cue?.participle ? Math.min(limit, j0 + (tight ? 3 : framed ? 12 : 6)) : limit,
    frame: { contentStart: -1 }, j: j0, inFrame, afterBreak: j0 > npStart,
  };
  for (st.j = j0; st.j < st.frameLimit; st.j++) if (frameStep(cx, st) === 'stop') return st.frame;
  longFrameQuote(cx, st);
  return st.frame;
}

/** The steps in order at token st.j: the first that decides wins; a word none takes ends the frame. */
function frameStep(cx: Detection, st: FrameScan): Verdict {
  const w = norm(cx, st.j);
  return bracketedQuote(cx, st, w)
    ?? bracketedAside(cx, st, w)
    ?? statementRelative(cx, st, w)
    ?? timeClause(cx, st, w)
    ?? titleMark(cx, st, w)
    ?? earlierAdverb(cx, st, w)
    ?? dayBeforeYesterday(cx, st)
    ?? uponDoing(cx, st)
    ?? strayQuote(cx, st, w)
    // وأكد المدرب دون أن يخفي غضبه أن …: a clause of manner passed (without-clause.ts).
    ?? withoutAside(cx, st)
    // A comma always decides: see frame-comma.ts.
    ?? atComma(cx, st)
    // Asides and frame verbs.
    ?? refusedName(cx, st, w)
    ?? choseAnonymity(cx, st)
    ?? unsaidAside(cx, st)
    ?? demonstrativeObject(cx, st, w)
    ?? namedOrPublished(cx, st, w)
    ?? anotherVerb(cx, st, w)
    ?? sayingMasdar(cx, st, w)
    // What opens the content.
    ?? negatedComplement(cx, st, w)
    ?? complementizer(cx, st, w)
    ?? colon(cx, st, w)
    ?? quotation(cx, st, w)
    ?? cuePreposition(cx, st, w)
    ?? contentOpener(cx, st, w)
    // Outer and inner sources.
    ?? seenBy(cx, st, w)
    ?? cueFrameWord(cx, st, w)
    ?? relayVerb(cx, st, w)
    ?? translatedBy(cx, st, w)
    ?? copyReceived(cx, st, w)
    ?? relayPhrase(cx, st, w)
    ?? throughIt(cx, st, w)
    ?? relayedFromPronoun(cx, st, w)
    // The rest of the frame phrase, or an object that is the content.
    ?? relativeOrBracket(cx, st, w)
    ?? objectAfterTimeOrAccusative(cx, st)
    ?? dateAfterTime(cx, st, w)
    // أكد X لـ"الوطن" صحة …: the object past the outlet addressed (addressed-object.ts).
    ?? objectAfterAddressee(cx, st)
    ?? verbalNounAfterFrame(cx, st)
    ?? reportedObject(cx, st, w)
    ?? frameWord(cx, st, w)
    ?? objectAfterBreak(cx, st, w);
}

/**
 * وأضاف فرومان خلال مؤتمر صحافي شارك فيه ممثلون عن … (…)، التي …: «…»: a long frame
 * still ends in a colon and a quotation, with no other verb of saying on the way.
 */
function longFrameQuote(cx: Detection, st: FrameScan): void {
  const { j0, cue, se, frameLimit, frame } = st;
  if (st.inFrame && cue && !cue.participle) {
    for (let k = frameLimit; k < Math.min(se, j0 + 90); k++) {
      if (verbAt(cx, k) || cx.complementizers.has(norm(cx, k))) break;
      if (COLONS.has(norm(cx, k)) && isQuoteOpen(cx, k + 1)) {
        frame.contentStart = k + 1;
        break;
      }
    }
  }
}
