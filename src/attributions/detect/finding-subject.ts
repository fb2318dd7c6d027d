/**
 * Verbs that report a finding only when research or a text finds it (أثبتت الأبحاث أن،
 * أثبت العلماء أن، التقرير أثبت سلامة الإجراءات): with a player, a drug or a country as
 * subject the same verb is an achievement, not a report (أثبت الدواء فعاليته، أثبتوا
 * جدارتهم). Such a verb is a cue only next to an anonymous or research head (العلماء،
 * الأبحاث، دراسات), a carrier of information (التقرير، الدراسة) or a statement, right after it
 * or right before it; elsewhere it is no verb cue at all, so it neither ends another report's
 * content nor gives a subject to the participles after it.
 */
import type { Detection } from './context.js';
import type { Draft } from './types.js';
import { firstTokenAt } from './content.js';
import { normaliseString } from '../../text/normalise/normalise.js';

/** Adverbs and particles between a finding verb and its subject (أثبت العلماء مؤخرا، وقد أثبتت). */
const BETWEEN = new Set(['قد', 'لقد', 'مؤخرا', 'بالفعل', 'علميا', 'أيضا'].map((w) => normaliseString(w)));

/** The normal form at k without a glued و/ف ('' outside the text or on a non-word). */
const bareWord = (cx: Detection, k: number): string => (k >= 0 && k < cx.tokenCount && cx.kinds[k] === 'word' ? (cx.bares[k] as string) : '');

/** Is the word at k (past a quantifier: جميع الدراسات) the head of research, a text or a statement? */
function findingHeadAt(cx: Detection, k: number): boolean {
  if (cx.lex.quantifierHeads.has(bareWord(cx, k))) k++;
  const h = bareWord(cx, k);
  if (h === '') return false;
  const indefinite = h.startsWith('ال') ? h.slice(2) : h;
  return cx.lex.anonymousHeads.has(h) || cx.lex.carrierNouns.has(h) || cx.lex.statementNouns.has(indefinite);
}

/**
 * Is the finding verb at i next to its research subject: after it (أثبت العلماء، past an
 * adverb), or before it (التقرير أثبت، دراسات كثيرة أثبتت، past قد and one adjective)?
 */
export function findingSubjectNear(cx: Detection, i: number): boolean {
  let a = i + 1;
  while (BETWEEN.has(bareWord(cx, a))) a++;
  if (findingHeadAt(cx, a)) return true;
  let b = i - 1;
  while (BETWEEN.has(bareWord(cx, b))) b--;
  return findingHeadAt(cx, b) || findingHeadAt(cx, b - 1);
}

/** A draft of a finding verb whose source is not research, a text or a statement. */
function unfoundFinding(cx: Detection, d: Draft): boolean {
  const k = firstTokenAt(cx, d.cue.start);
  if (!cx.lex.verbs.get(cx.norms[k] as string)?.findingSubject) return false;
  return d.source.start === undefined || !findingHeadAt(cx, firstTokenAt(cx, d.source.start));
}

/** Drops the drafts of finding verbs whose source finds nothing (see `unfoundFinding`). */
export function dropUnfoundFindings(cx: Detection): void {
  for (let k = cx.drafts.length - 1; k >= 0; k--) if (unfoundFinding(cx, cx.drafts[k] as Draft)) cx.drafts.splice(k, 1);
}
