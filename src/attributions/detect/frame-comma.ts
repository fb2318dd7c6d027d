/**
 * The frame scan at a comma (see frame-steps.ts): what stands between commas (an aside, a
 * relative clause, an apposition, the one relayed from) and whether the content follows. A
 * comma never leaves the scan undecided: when no step takes it into the frame, the scan ends.
 */
import type { Detection } from './context.js';
import {
  closingQuote, isComma, isPunct, isQuoteOpen, isRelative, norm, normLemma, prepOf, roleOf, tok, verbAt,
} from './lookups.js';
import { BRACKETS, COLONS, CONTENT_OPENERS, URGING } from './word-sets.js';
import { onConditionAt } from './anonymity-condition.js';
import { frameContinues, identityAside, looksLikeObject } from './frame-parts.js';
import type { FrameScan, Verdict } from './frame-steps.js';
import { askedNotToBeNamedAt } from './anonymity-request.js';
import { choseNotToBeNamedAt } from './preferred-anonymity.js';

/** A title (or, unless titleOnly, a name) opens an apposition at k (، وزير الثقافة المصري، …، أحمد داود أوغلو، …). */
function appositionAt(cx: Detection, k: number, titleOnly = false): boolean {
  const w = norm(cx, k);
  return (roleOf(cx, w) ?? (/^ال/.test(w) ? roleOf(cx, w.slice(2)) : roleOf(cx, 'ال' + w))) !== undefined
    || (!titleOnly && cx.mentionOf[k]?.type === 'PER' && cx.mentionOf[k]?.first === k);
}

/** An aside on the source's identity between commas (، لم يكشف عن اسمه،), maybe right before the content. */
function identityBetweenCommas(cx: Detection, st: FrameScan): Verdict | undefined {
  const aside = identityAside(cx, st.j);
  if (aside) {
    (st.frame.asides ??= []).push({ cue: aside.cue, content: aside.content });
    if (cx.complementizers.has(norm(cx, aside.close + 1))) {
      st.frame.contentStart = aside.close + 2;
      return 'stop';
    }
    st.j = aside.close - 1;
    return 'onward';
  }
  return undefined;
}

/**
 * وقال القيادي في الحلقة، التي يرجح أن تسجيلها تم قبل …، بأن …: a relative clause between
 * commas, then the content.
 */
function relativeBetweenCommas(cx: Detection, st: FrameScan): Verdict | undefined {
  const { j, cue, limit } = st;
  if (isRelative(cx, j + 1) && !cue?.participle) {
    let k = j + 2;
    while (k < limit && k - j <= 25 && !isComma(cx, k) && !COLONS.has(norm(cx, k)) && !(isPunct(cx, k) && !isQuoteOpen(cx, k) && !BRACKETS.has(norm(cx, k)))) k++;
    if (isComma(cx, k) && k > j + 2 && cx.complementizers.has(norm(cx, k + 1)) && !cx.lex.contentBlockers.has(norm(cx, k - 1))) {
      st.frame.contentStart = k + 2;
      return 'stop';
    }
  }
  return undefined;
}

/**
 * وقال X في رسالة صوتية، وهي أول رسالة تصدر منذ تعيينه: «…»: an aside on the medium, then
 * the words after a colon or a quotation mark.
 */
function mediumAside(cx: Detection, st: FrameScan): Verdict | undefined {
  const { j, cue, limit } = st;
  if (/^(وهي|وهو)$/.test(norm(cx, j + 1)) && st.inFrame && !cue?.participle) {
    let k = j + 2;
    while (k < limit && k - j <= 20 && !isComma(cx, k) && !COLONS.has(norm(cx, k)) && !isQuoteOpen(cx, k) && !cx.complementizers.has(norm(cx, k))
      && !(isPunct(cx, k) && !BRACKETS.has(norm(cx, k))) && !verbAt(cx, k)) k++;
    if (COLONS.has(norm(cx, k)) && k > j + 3) {
      st.frame.contentStart = cx.complementizers.has(norm(cx, k + 1)) ? k + 2 : k + 1;
      return 'stop';
    }
  }
  return undefined;
}

/** وقال مصدر، طلب عدم نشر اسمه، لتلفزيون …: a source asking not to be named, between commas. */
function anonymityRequest(cx: Detection, st: FrameScan): Verdict | undefined {
  const { j, limit } = st;
  // وقال مسؤولون، تحدثوا شريطة عدم الكشف عن هوياتهم، إن …: the same aside with a verb of talking.
  const condition = onConditionAt(cx, j + 1);
  if (askedNotToBeNamedAt(cx, j + 1) || condition >= 0) {
    const from = Math.max(j + 3, condition + 1);
    let k = from;
    while (k < limit && k - from <= 5 && !isComma(cx, k)) k++;
    if (isComma(cx, k)) {
      // ، فضل عدم ذكر اسمه،: a choice not to be named is a refusal of its own (preferred-anonymity.ts).
      const chose = choseNotToBeNamedAt(cx, j + 1);
      if (chose && chose.last === k - 1) (st.frame.asides ??= []).push({ cue: chose.cue, content: chose.content });
      st.j = k;
      st.inFrame = true;
      st.afterBreak = true;
      return 'onward';
    }
  }
  return undefined;
}

/** ونقلت الوكالة ، عن مسؤولين ، أن …: the one relayed from, between commas. */
function relayedFromAfterComma(cx: Detection, st: FrameScan): Verdict | undefined {
  const { j, cue } = st;
  if (frameContinues(cx, j + 1) || (cue?.chain === true && (norm(cx, j + 1) === 'عن' || cue.chainPreps.includes(norm(cx, j + 1))))) {
    st.inFrame = false;
    st.afterBreak = true;
    return 'onward';
  }
  return undefined;
}

/** An apposition between commas: ، وزير الثقافة المصري، إلى …، أحمد داود أوغلو، في … */
function apposition(cx: Detection, st: FrameScan): Verdict | undefined {
  const { j, j0, cue, negated, limit, objectOK, frame } = st;
  if (!appositionAt(cx, j + 1)) return undefined;
  let k = j + 1;
  while (k < limit && k - j <= 12 && !isComma(cx, k) && !verbAt(cx, k) && !cx.complementizers.has(norm(cx, k)) && !COLONS.has(norm(cx, k))) {
    // A quoted name (لدى «أوزإس. فايننشال سرفيس») is passed whole.
    const c = isQuoteOpen(cx, k) ? closingQuote(cx, k, Math.min(limit, k + 8)) : -1;
    k = c > k ? c + 1 : k + 1;
  }
  if (isComma(cx, k) && (frameContinues(cx, k + 1) || (cue !== undefined && prepOf(cx, k + 1, cue.preps)))) {
    st.j = k - 1;
    st.inFrame = true;
    return 'onward';
  }
  // X، وزير العدل، رئيس المجلس الأعلى للقضاء أن …: a second title after the first (names
  // between commas are rather a list: مصطفى بصاص، معتز هوساوي، ووليد …).
  if (isComma(cx, k) && k > j + 1 && appositionAt(cx, k + 1, true)) {
    st.j = k - 1;
    return 'onward';
  }
  // وقال هاني الطرابلسي؛ الوكيل الملاحي لمجموعة …، إن …: the apposition closed by a comma.
  if (isComma(cx, k) && k > j + 1 && cx.complementizers.has(norm(cx, k + 1)) && !cx.lex.contentBlockers.has(norm(cx, k - 1))) {
    frame.contentStart = k + 2;
    return 'stop';
  }
  // وأوضح حسان مبروك ، رئيس لجنة التصوير أن …: the apposition runs up to the content.
  if (cx.complementizers.has(norm(cx, k)) && k > j + 1 && !cx.lex.contentBlockers.has(norm(cx, k - 1))) {
    frame.contentStart = k + 1;
    return 'stop';
  }
  // وقال أحمد سالم، محلل اقتصادي في شركة … لـ«الشرق الأوسط»: «…»: up to a colon.
  if (COLONS.has(norm(cx, k)) && k > j + 1) {
    frame.contentStart = cx.complementizers.has(norm(cx, k + 1)) ? k + 2 : k + 1;
    return 'stop';
  }
  // وأكد المتحدث باسم الوزارة، السفير X، أهمية أن …: the apposition closed by a comma right
  // after the subject, then the object that stands for what was said.
  if (isComma(cx, k) && k > j + 1 && j === j0 && objectOK && cue && !negated && !cue.participle && tok(cx, k + 2)?.kind === 'word'
    && (CONTENT_OPENERS.has(norm(cx, k + 1)) || (looksLikeObject(cx, k + 1, cue.stance === 'deny') && !roleOf(cx, norm(cx, k + 1))
      && !cx.lex.rankTitles.has(norm(cx, k + 1)) && !cx.mentionOf[k + 1]))) {
    frame.contentStart = k + 1;
    return 'stop';
  }
  return undefined;
}

/**
 * اتهم الخطاط ناصر الميمون، القائمين على الجمعية بالتقصير …، ودعا النقيب الأكلبي، جميع
 * المتنزهين بضرورة …: after a comma closing the subject, the one accused or urged, then
 * the verb's own complement.
 */
function addresseeAfterSubject(cx: Detection, st: FrameScan): Verdict | undefined {
  const { j, j0, npStart, cue, negated, limit } = st;
  if (j === j0 && j0 > npStart && cue && !negated && !cue.participle && cue.preps.length > 0
    && (cue.addressee === true || URGING.has(normLemma(cue))) && !prepOf(cx, j + 1, cue.preps)) {
    let k = j + 1;
    while (k < limit && k - j <= 8 && tok(cx, k)?.kind === 'word' && !verbAt(cx, k) && !cx.complementizers.has(norm(cx, k))
      && !(prepOf(cx, k, cue.preps) && (norm(cx, k).length <= 3 || /^ب(ال|ت|ا)/.test(norm(cx, k)))) && !CONTENT_OPENERS.has(norm(cx, k))) k++;
    if (k > j + 1 && k < limit && tok(cx, k)?.kind === 'word' && !verbAt(cx, k) && !cx.complementizers.has(norm(cx, k))) {
      st.frame.contentStart = k;
      return 'stop';
    }
  }
  return undefined;
}

/**
 * أعلنت الوزارة في غزة، عن توقيف …: the cue's preposition after the comma; or an object
 * that is the content.
 */
function contentAfterComma(cx: Detection, st: FrameScan): Verdict | undefined {
  const { j, cue, negated, objectOK, frame } = st;
  if (cue && cue.preps.length > 0 && prepOf(cx, j + 1, cue.preps)) {
    frame.contentStart = cx.complementizers.has(norm(cx, j + 2)) ? j + 3 : j + 1;
    return 'stop';
  }
  if (objectOK && cue && !negated && looksLikeObject(cx, j + 1)) {
    frame.contentStart = j + 1;
    return 'stop';
  }
  return undefined;
}

/** A parenthetical clause closed by "، أن" (… «الشرق الأوسط»، تمثل بيانات …، أن); else the scan ends. */
function parentheticalClause(cx: Detection, st: FrameScan): Verdict {
  const { j, se } = st;
  let k = j + 1;
  while (k < se && k - j <= 30 && !verbAt(cx, k) && !cx.complementizers.has(norm(cx, k))) {
    if (isComma(cx, k) && cx.complementizers.has(norm(cx, k + 1))) break;
    k++;
  }
  if (isComma(cx, k) && cx.complementizers.has(norm(cx, k + 1)) && k - j > 1) st.frame.contentStart = k + 2;
  return 'stop';
}

/** At a comma (st.j), the comma steps in order, the first that decides wins; else undefined. */
export function atComma(cx: Detection, st: FrameScan): Verdict | undefined {
  if (!isComma(cx, st.j)) return undefined;
  return identityBetweenCommas(cx, st)
    ?? relativeBetweenCommas(cx, st)
    ?? mediumAside(cx, st)
    ?? anonymityRequest(cx, st)
    ?? relayedFromAfterComma(cx, st)
    ?? apposition(cx, st)
    ?? addresseeAfterSubject(cx, st)
    ?? contentAfterComma(cx, st)
    ?? parentheticalClause(cx, st);
}
