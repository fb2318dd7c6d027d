/**
 * Reuters and AFP Arabic: «ولم ترد وزارة الخارجية على طلب للتعليق»، «لم يرد متحدث باسم الجيش
 * بعد على طلبات رويترز للتعليق». Not answering a request for comment is declining to comment
 * (GUIDELINE.md: رفض التعليق، امتنع عن — stance none); the cue is the negated verb, the source
 * the one who did not answer, written after the verb or, when not written, the previous speaker.
 */
import type { Detection } from './context.js';
import { bareAt, isPunct, norm, sentenceEnd, span, tok } from './lookups.js';
import { analyseNP } from './noun-phrase.js';
import { contentFrom } from './content.js';
import { emit } from './drafts.js';
import { leftSource, previousSpeaker } from './subjects.js';

/** يرد، ترد، يردوا: the imperfect of ردّ after لم. */
const ANSWER = /^[يت]رد(وا|ا)?$/;
/** طلب، طلبات، اتصالات، رسائل، استفسارات: what was not answered. */
const REQUEST = /^(ال)?(طلب|طلبات|اتصال|اتصالات|رساله|رسائل|استفسار|استفسارات|اسئله)$/;
/** للتعليق، بالتعليق، تعليق: the comment asked for. */
const COMMENT = /^(لل|بال|ال)?تعليق$/;
/** How many words may stand for the subject (متحدث باسم وزارة الدفاع الأمريكية بعد). */
const SUBJECT_REACH = 8;
/** How many words may stand between على and the comment (طلب من رويترز للتعليق). */
const REQUEST_REACH = 5;

/**
 * At a negator i: لم + يرد/ترد + (subject) + على + a request … + للتعليق. Emits the attribution
 * and returns the last token used, or i when there is none.
 */
export function noReplyToComment(cx: Detection, i: number): number {
  if (bareAt(cx, i) !== 'لم' || !ANSWER.test(bareAt(cx, i + 1))) return i;
  const se = sentenceEnd(cx, i);
  let on = i + 2;
  // على الفور is an adverb, not what was not answered.
  const answered = (k: number): boolean => norm(cx, k) === 'علي' && norm(cx, k + 1) !== 'الفور';
  while (on < se && on - i - 2 <= SUBJECT_REACH && !answered(on) && !isPunct(cx, on)) on++;
  if (norm(cx, on) !== 'علي' || !REQUEST.test(bareAt(cx, on + 1))) return i;
  let c = on + 2;
  while (c < se && c - on <= REQUEST_REACH && !COMMENT.test(norm(cx, c)) && !isPunct(cx, c)) c++;
  if (!COMMENT.test(norm(cx, c))) return i;
  // بعد، على الفور: an adverb after the subject is no part of it.
  let end = on;
  while (end > i + 2 && (/^(بعد|حتي|فورا)$/.test(norm(cx, end - 1)) || (norm(cx, end - 1) === 'الفور' && norm(cx, end - 2) === 'علي'))) end -= norm(cx, end - 1) === 'الفور' ? 2 : 1;
  const source = end > i + 2 ? analyseNP(cx, i + 2, end) : (leftSource(cx, i) ?? previousSpeaker(cx, i));
  if (!source || tok(cx, c) === undefined) return i;
  const [a, b] = contentFrom(cx, on + 1, false);
  emit(cx, { cue: span(cx, i, i + 2), source, content: span(cx, a, b), stance: 'none' });
  return c;
}
