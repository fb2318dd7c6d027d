/**
 * A source named again as "this source" or "the same source" (هذا المصدر، المصدر نفسه، المصدر
 * ذاته، ذات المصادر، هذه المصادر): a reference back to a source already quoted, not a new one.
 * Its kind follows the referent (GUIDELINE: the kind follows the referent), so «وقال هذا
 * المصدر» after «أعلن مصدر عسكري» is anonymous, and «حسب المصدر نفسه» after a ministry's
 * statement is the ministry, named. Without the demonstrative or the emphatic word, a lone
 * «المصدر» keeps its reading as an unnamed source (noun-phrase.ts).
 */
import { normaliseString } from '../../text/normalise/normalise.js';
import type { Detection } from './context.js';
import { bareAt, norm, span, tok } from './lookups.js';
import type { Draft, Source } from './types.js';

const normSet = (words: string[]): Set<string> => new Set(words.map((w) => normaliseString(w)));

/** نفسه، ذاته …: the emphatic word after a noun, "the same one", part of that noun's phrase. */
export const EMPHATIC_WORDS = normSet(['نفسه', 'نفسها', 'نفسهم', 'نفسهما', 'أنفسهم', 'ذاته', 'ذاتها', 'ذاتهم', 'ذاتهما', 'عينه', 'عينها']);
/**
 * The heads of an unnamed source who speaks (مصدر، مسؤولون، شهود): هذه المعلومات، هذه الدراسة are
 * what someone found or said, not the speaker named again.
 */
const PERSON_SOURCE = /^(مصدر|مصادر|مسؤول|مسئول|قيادي|دبلوماسي|شاهد|شهود|خبير|خبراء|محلل|مراقب|ناشط|نشطاء)/;
/** ذات المصادر، نفس المصدر: the same word before the noun. */
const SAME_BEFORE = normSet(['ذات', 'نفس']);

/** Whether the word at j is an emphatic نفسه/ذاته right after a definite word (المصدر ذاته). */
export function emphaticAfterDefinite(cx: Detection, j: number): boolean {
  return EMPHATIC_WORDS.has(norm(cx, j)) && bareAt(cx, j - 1).startsWith('ال');
}

/** The first word of a source's span, without و/ف and the article, for comparing heads. */
function headOf(cx: Detection, s: Source): string | undefined {
  if (s.start === undefined || s.end === undefined) return undefined;
  const first = cx.text.slice(s.start, s.end).trim().split(/\s+/)[0];
  return first === undefined ? undefined : stripArticle(normaliseString(first).replace(/^[وف](?=ال)/, ''));
}

function stripArticle(w: string): string {
  return w.startsWith('ال') ? w.slice(2) : w;
}

/**
 * The source a phrase [a, b) refers back to when it is an unnamed source's noun marked as the
 * same one; undefined when the phrase is anything else.
 */
export function sameSourceReference(cx: Detection, a: number, b: number): Source | undefined {
  let h = a;
  let e = b;
  let marked = false;
  if (cx.lex.demonstratives.has(bareAt(cx, h)) || SAME_BEFORE.has(bareAt(cx, h))) {
    h++;
    marked = true;
  }
  if (e - 1 > h && EMPHATIC_WORDS.has(norm(cx, e - 1))) {
    e--;
    marked = true;
  }
  if (!marked || h >= e || tok(cx, h)?.kind !== 'word') return undefined;
  const head = norm(cx, h);
  // المصدر، المصادر الإخبارية: an unnamed source's noun, definite; the statement or report of
  // someone (هذا البيان) is left to the carriers' rules.
  if (!head.startsWith('ال') || !cx.lex.anonymousHeads.has(head) || cx.lex.carrierNouns.has(head) || !PERSON_SOURCE.test(head.slice(2))) return undefined;
  const here = (tok(cx, a) as { start: number }).start;
  const referent = antecedent(cx, here, stripArticle(head));
  const whole = span(cx, a, b);
  if (!referent) return { kind: 'anonymous', ...whole };
  const s: Source = { kind: referent.kind, ...whole };
  if (referent.entity !== undefined) s.entity = referent.entity;
  if (referent.description !== undefined) s.description = referent.description;
  if (referent.role !== undefined) s.role = referent.role;
  return s;
}

/** The nearest earlier source with the same head noun (مصدر … هذا المصدر), else the nearest one. */
function antecedent(cx: Detection, before: number, head: string): Source | undefined {
  let nearest: Draft | undefined;
  let sameHead: Draft | undefined;
  for (const d of cx.drafts) {
    if (d.cue.start >= before || d.source.start === undefined) continue;
    if (!nearest || d.cue.start > nearest.cue.start) nearest = d;
    if (headOf(cx, d.source) === head && (!sameHead || d.cue.start > sameHead.cue.start)) sameHead = d;
  }
  return (sameHead ?? nearest)?.source;
}
