/**
 * Verbs whose speaker is a text (تنص المادة على، نصت القرارات على، وينص الاتفاق على): a
 * statute, a decision, an agreement or a document stipulates (GUIDELINE.md, rounds 25 and
 * 26). The nouns that name no speaker elsewhere (القرار، النظام) are their sources; a
 * subject that is no text (الخطوة تنص على تمويل …) makes the verb no report.
 */
import type { Detection } from './context.js';
import { bareAt, norm } from './lookups.js';
import type { Draft } from './types.js';
import { firstTokenAt } from './content.js';

/** Is the word at k the head of a text: a rule or a document, or "one of" (أحد بنود)? */
function textHeadAt(cx: Detection, k: number): boolean {
  const h = bareAt(cx, k);
  const definite = h.startsWith('ال') ? h : `ال${h}`;
  return cx.lex.nonSourceNouns.has(h) || cx.lex.nonSourceNouns.has(definite) || cx.lex.carrierNouns.has(h)
    || cx.lex.statementNouns.has(h.replace(/^ال/, '')) || cx.lex.quantifierHeads.has(h);
}

/** A draft of a verb whose speaker must be a text, with a source that is none. */
function untextedStipulation(cx: Detection, d: Draft): boolean {
  if (!cx.lex.verbs.get(norm(cx, firstTokenAt(cx, d.cue.start)))?.textSubject) return false;
  return d.source.start === undefined || !textHeadAt(cx, firstTokenAt(cx, d.source.start));
}

/** Drops the drafts of text verbs whose source is not a text. */
export function dropUntextedStipulations(cx: Detection): void {
  for (let k = cx.drafts.length - 1; k >= 0; k--) if (untextedStipulation(cx, cx.drafts[k] as Draft)) cx.drafts.splice(k, 1);
}
