/**
 * وجادل محمود وهاجر رضا بأن …: the tagger may take a verb of saying and the name after it for
 * one person's name (جادل محمود). When the words after the verb are a name the text gives
 * elsewhere on its own or as the end of a longer name (حمدي محمود … وصور محمود), the first word
 * is the verb: the mention is cut to the name after it, linked to the entity named elsewhere.
 */
import type { Detection } from './context.js';
import type { MentionRef } from './types.js';

/** Another person mention whose text is the mention m past its first word, or ends with it. */
function sameNameElsewhere(cx: Detection, m: MentionRef): MentionRef | undefined {
  const tailStart = cx.starts[m.first + 1];
  if (tailStart === undefined || m.last - m.first < 2) return undefined;
  const tail = cx.text.slice(tailStart, m.end);
  for (let k = 0; k < cx.tokenCount; k++) {
    const o = cx.mentionOf[k];
    if (!o || o.first !== k || o.type !== 'PER' || o.entity === m.entity) continue;
    const name = cx.text.slice(o.start, o.end);
    if (name === tail || name.endsWith(` ${tail}`)) return o;
  }
  return undefined;
}

/** Cuts each person mention that opens with a verb cue off that verb, where the name after it is known. */
export function splitVerbFromName(cx: Detection): void {
  for (let i = 0; i < cx.tokenCount; i++) {
    const m = cx.mentionOf[i];
    if (!m || m.first !== i || m.type !== 'PER' || m.last - m.first < 2 || !cx.lex.verbs.has(cx.norms[i] as string)) continue;
    // وقالت مايا كوسيانتيش: a name right after a verb of saying is its subject, first name and all.
    if (i > 0 && cx.lex.verbs.has(cx.norms[i - 1] as string)) continue;
    const other = sameNameElsewhere(cx, m);
    if (!other) continue;
    const ref: MentionRef = { ...m, entity: other.entity, first: i + 1, start: cx.starts[i + 1] as number };
    cx.mentionOf[i] = undefined;
    for (let k = i + 1; k < m.last; k++) if (cx.mentionOf[k] === m) cx.mentionOf[k] = ref;
  }
}
