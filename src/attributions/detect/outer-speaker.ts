/**
 * أفاد المستشار أن «إعلان القاهرة» كشف عن …. وأكد أن …: a report nested in another speaker's
 * words (its cue inside that speaker's content) is part of what was said. Once the text has
 * left those words, a cue with no subject of its own goes on with the speaker who said them,
 * not with the one he reported.
 */
import type { Token } from '../../core/types.js';
import type { Detection } from './context.js';
import type { Draft } from './types.js';
import { firstTokenAt } from './content.js';
import { sentenceOf } from './lookups.js';

/**
 * The draft whose words the draft at k was reported in: the one right before it, in the same
 * sentence, whose content holds d's subject written right before d's verb (أن «X» كشف; not a
 * clause after those words: إلا أن وكيله أنكر); only when the cue at offset comes after d's own
 * words.
 */
function nestedBefore(cx: Detection, k: number, offset: number): Draft | undefined {
  const d = cx.drafts[k] as Draft;
  const o = cx.drafts[k - 1];
  if (!o || d.source.start === undefined || d.content.end > offset || o.content.end <= o.content.start) return undefined;
  if (!(o.cue.end <= o.content.start && o.content.start <= d.source.start && d.source.start < o.content.end && d.source.start < d.cue.start)) return undefined;
  // Only a subject written right before the verb: a participle's speaker found further back is no clause of its own.
  if (/[\p{L}\p{N}]/u.test(cx.text.slice(d.source.end ?? d.source.start, d.cue.start))) return undefined;
  const sentence = (at: number): number => sentenceOf(cx, firstTokenAt(cx, at));
  return sentence(o.cue.start) === sentence(d.cue.start) ? o : undefined;
}

/**
 * The draft a subjectless cue at token i goes on with: the last speaker, or, when the last
 * speaker was reported inside the words of an earlier one that close before i, that earlier
 * speaker.
 */
export function outerSpeakerDraft(cx: Detection, i: number): Draft | undefined {
  const at = (cx.tokens[i] as Token | undefined)?.start;
  for (let k = cx.drafts.length - 1; k >= 0; k--) {
    const d = cx.drafts[k] as Draft;
    if (!d.speaker) continue;
    if (at === undefined || d.viaKey !== undefined) return d;
    const outer = nestedBefore(cx, k, at);
    if (!outer) return d;
    if (outer.speaker && outer.source.start !== undefined) return outer;
    return d;
  }
  return undefined;
}
