/**
 * Activists or media circulating news (Al Jazeera, Sky News Arabia, Egyptian papers):
 * «وتداول ناشطون على مواقع التواصل أنباء عن مقتل القيادي». Circulating a report with its
 * content is an attribution of those who circulate it (GUIDELINE.md: a rumour is its own
 * anonymous attribution; dev23 تداول كثيرون، dev30 تداولوا أنباء). Only with a report noun as
 * the object: تداول الأسهم (trading) and تداول السلطة (alternation) are no reports, and a
 * pronoun object (ما تداولته) is the relay frame's.
 */
import type { Detection } from './context.js';
import { bareAt, isComma, isPunct, norm, sentenceEnd, sentenceStart, span, verbAt } from './lookups.js';
import { analyseNP } from './noun-phrase.js';
import { contentFrom } from './content.js';
import { emit } from './drafts.js';
import { leftSource, svoSubject } from './subjects.js';
import { CLAUSE_PARTICLES } from './word-sets.js';

/** The finite forms of تداول, third person, without an object pronoun. */
const CIRCULATE = /^(تداول|تداولت|تداولوا|يتداول|تتداول|يتداولون)$/;
/** What is circulated, indefinite (أنباء، أخبارا، معلومات، شائعات): a report. The normaliser keeps ئ. */
const REPORTS = new Set(['انباء', 'اخبار', 'اخبارا', 'معلومات', 'شائعات', 'شائعه', 'شايعات', 'شايعه', 'اشاعات', 'تقارير', 'خبرا', 'روايات', 'تسريبات']);
/** Where it was circulated, after the subject: on a platform, not part of the source. */
const WHERE = new Set(['علي', 'عبر', 'في']);
/** How far after the verb the report noun may stand (ناشطون على مواقع التواصل الاجتماعي). */
const REACH = 9;

/** At the token i: a circulating verb with a report as its object. Returns the last token used, or i. */
export function circulatedReport(cx: Detection, i: number): number {
  if (!CIRCULATE.test(bareAt(cx, i))) return i;
  const se = sentenceEnd(cx, i);
  let r = i + 1;
  while (r < se && r - i <= REACH && !REPORTS.has(norm(cx, r)) && !isPunct(cx, r) && !verbAt(cx, r)) r++;
  if (!REPORTS.has(norm(cx, r))) return i;
  let end = i + 1;
  while (end < r && !WHERE.has(norm(cx, end))) end++;
  // كان مرتادو مواقع التواصل تداولوا أنباء: the subject written before the verb.
  const opens = i === sentenceStart(cx, i) || /^[وف]/.test(norm(cx, i)) || isComma(cx, i - 1) || CLAUSE_PARTICLES.has(norm(cx, i - 1));
  const source = end > i + 1 ? analyseNP(cx, i + 1, end) : !opens ? svoSubject(cx, i) ?? leftSource(cx, i) : undefined;
  if (!source) return i;
  const [a, b] = contentFrom(cx, r, false);
  emit(cx, { cue: span(cx, i, i + 1), source, content: span(cx, a, b), stance: 'assert' });
  return r - 1;
}
