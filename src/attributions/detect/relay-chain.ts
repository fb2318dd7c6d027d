/**
 * …، بحسب تقارير إعلامية، نقلاً عن مسؤولين في المستشفيات: a trailing relay right after another
 * one (only a comma between) names whom the first one relayed. Both cover the same clause
 * before them, and the second reached the reader through the first.
 */
import type { Detection } from './context.js';
import type { Draft } from './types.js';
import { isComma, norm } from './lookups.js';
import { firstTokenAt } from './content.js';

/** The prepositional cue's draft that ends at the comma right before i, if its content comes before its cue. */
export function relayJustBefore(cx: Detection, i: number): Draft | undefined {
  const last = cx.drafts[cx.drafts.length - 1];
  if (!last || i < 2 || !isComma(cx, i - 1)) return undefined;
  const cueAt = firstTokenAt(cx, last.cue.start);
  return last.source.end === cx.ends[i - 2] && last.content.end <= last.cue.start && cx.lex.prepositional.has(norm(cx, cueAt))
    ? last : undefined;
}
