/**
 * غادر دون أن يدلي بأي تصريح، قال … دون أن يقدم أي تفاصيل، من دون أن تعطي توضيحا: "without
 * giving" a statement or details is a report withheld, stance none (GUIDELINE.md: دون أن يذكر،
 * دون الإفصاح عن), although يدلي، يقدم، يعطي are no verbs of saying by themselves; what was not
 * given must follow, so an act (دون أن يقدم استقالته) is no cue.
 */
import type { Span } from '../../core/types.js';
import type { Detection } from './context.js';
import { isPunct, norm, sentenceEnd, span } from './lookups.js';
import { withoutClauseAt } from './without-clause.js';
import { NOT_GIVEN } from './word-sets.js';

/** Verbs of giving, imperfect (normalised, without the person prefix). */
const GIVING_STEMS = /^[يت](قدم|قدموا|عطي|عطوا|دلي|دلوا)$/;
/** What is given with يدلي: a ب-phrase (بأي تصريح، بتصريحات، بمعلومات). */
const STATEMENTS = new Set(['تصريح', 'تصريحات', 'تعليق', 'تعليقات', 'معلومات', 'تفاصيل', 'افاده', 'حديث']);

/** Whether the words at k (after the verb) name what was not given: أي تفاصيل، بأي تصريح، توضيحا. */
function notGivenAt(cx: Detection, k: number, withBa: boolean): number {
  let w = norm(cx, k);
  if (withBa) {
    if (!w.startsWith('ب')) return -1;
    w = w.slice(1);
  }
  let at = k;
  // أي، أية، أيّ: the quantifier before the noun (بأي is one token: ب + أي).
  if (/^(اي|ايه)$/.test(w)) {
    at = k + 1;
    w = norm(cx, at);
  }
  const noun = w.replace(/^ال/, '');
  return (withBa ? STATEMENTS.has(noun) : NOT_GIVEN.has(noun)) ? at : -1;
}

/**
 * دون أن يدلي بأي تصريح، من دون أن يقدم أي تفاصيل at j (دون/بدون, or من before it): the cue
 * [دون, verb] and what was not given, or undefined.
 */
export function withoutGiving(cx: Detection, j: number): { cue: Span; content: Span; end: number } | undefined {
  if (!withoutClauseAt(cx, j)) return undefined;
  const a = norm(cx, j) === 'من' ? j + 1 : j;
  const verb = norm(cx, a + 2);
  if (!GIVING_STEMS.test(verb)) return undefined;
  const at = notGivenAt(cx, a + 3, /^[يت]دل/.test(verb));
  if (at < 0) return undefined;
  const se = sentenceEnd(cx, a);
  let k = at + 1;
  // بأي تفاصيل عن الحادث: the topic of the details belongs to them, up to a comma or the sentence end.
  while (k < se && k - a <= 14 && !isPunct(cx, k)) k++;
  return { cue: span(cx, a, a + 3), content: span(cx, a + 3, k), end: k };
}
