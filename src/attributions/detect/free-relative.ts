/**
 * ويزعم مسؤولون أتراك أن المقاتلين الأكراد يشكلون تهديدا، وهو ما تنفيه قوات سوريا الديمقراطية:
 * a free relative that reports (وهو ما نفاه X، وهذا ما أكده X) is the next reporting cue, so the
 * content before it ends at its comma (GUIDELINE.md, content); and what its ما resumes, when
 * the clause before is itself a report, is that report's content — the claim just made, not
 * the fact that it was made.
 */
import type { Span } from '../../core/types.js';
import type { Detection } from './context.js';
import { isComma, norm } from './lookups.js';

/** هو، هذا، ذلك with و or ف: the pronoun before ما that resumes the clause before. */
const RESUMING = /^[وف]?(هو|هي|هذا|ذلك)$/;
/** The prepositions with the pronoun of a verb that takes its object so (ما أشار إليه). */
const RESUMPTIVE_PP = /^(به|بها|اليه|اليها|عنه|عنها|عليه|عليها)$/;

/** Is the word at i a verb of saying with the pronoun of what ما stands for (نفاه، تنفيه، أكدته، أشار إليه)? */
function reportingVerbWithPronoun(cx: Detection, i: number): boolean {
  const w = norm(cx, i);
  if (cx.lex.relayVerbs.has(w)) return true;
  const direct = /^(.{2,}?)(ه|ها)$/.exec(w);
  const stem = direct?.[1];
  const v = RESUMPTIVE_PP.test(norm(cx, i + 1)) ? cx.lex.verbs.get(w)
    : stem !== undefined ? cx.lex.verbs.get(stem) ?? (stem.endsWith('ي') || stem.endsWith('ا') ? cx.lex.verbs.get(`${stem.slice(0, -1)}ي`) : undefined) : undefined;
  return v !== undefined && !v.participle && !v.ambiguous && !v.needsSaying;
}

/** Does «، وهو ما نفاه …» (a comma, a resuming pronoun, ما and a reporting verb) open at the comma t? */
export function reportingRelativeAfter(cx: Detection, t: number): boolean {
  return isComma(cx, t) && RESUMING.test(norm(cx, t + 1)) && norm(cx, t + 2) === 'ما' && reportingVerbWithPronoun(cx, t + 3);
}

/**
 * The content of a free relative whose clause before is [cs, ce): when a report opens that
 * clause (its cue or its source among the first two words) and its content runs to the
 * clause's end, ما stands for that content; else undefined (the clause itself is the content).
 */
export function resumedReportContent(cx: Detection, cs: number, ce: number): Span | undefined {
  if (ce <= cs) return undefined;
  // Offsets: the clause's end and where its first two words start.
  const end = cx.ends[ce - 1] as number;
  const first = cx.starts[cs] as number;
  const second = cs + 1 < ce ? (cx.starts[cs + 1] as number) : first;
  for (let k = cx.drafts.length - 1; k >= 0; k--) {
    const d = cx.drafts[k];
    if (!d || d.content.end !== end) continue;
    const opener = Math.min(d.cue.start, d.source.start ?? d.cue.start);
    if (opener >= first && opener <= second && d.content.start > opener) return d.content;
  }
  return undefined;
}

/**
 * وهو ما تنفيه القوات الحكومية التي تؤكد …: the word right after the relative ما (and its
 * resuming pronoun) is the relative's verb, never a word of the noun phrase after it.
 */
export function relativeVerbAt(cx: Detection, k: number): boolean {
  return norm(cx, k - 1) === 'ما' && RESUMING.test(norm(cx, k - 2)) && reportingVerbWithPronoun(cx, k);
}
