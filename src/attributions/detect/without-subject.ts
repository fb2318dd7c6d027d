/**
 * وقالت اللجنة إن القوات اشتبكت مع المسلحين من دون تحديد تاريخ العملية، وقال البيان دون أن يقدم
 * أي تفاصيل: the one who "did not specify" or "did not give" is the subject of the clause the
 * «دون» phrase hangs on — a speaker quoted earlier in the same sentence, else the subject
 * written after the sentence's opening verb — before any person or body named in the
 * sentences before it (a name inside the reported words, or in the sentence before, is
 * no subject of this clause).
 */
import type { Token } from '../../core/types.js';
import type { Detection } from './context.js';
import { firstTokenAt } from './content.js';
import { sentenceOf, tok } from './lookups.js';
import type { Source } from './types.js';
import { lastSpeakerDraft, sentenceSubject } from './subjects.js';

/** The source of a «دون» cue at i from its own sentence, or undefined to fall back on earlier ones. */
export function withoutCueSubject(cx: Detection, i: number): Source | undefined {
  const last = lastSpeakerDraft(cx);
  if (last && sentenceOf(cx, firstTokenAt(cx, last.cue.start)) === sentenceOf(cx, i)) return { ...last.source };
  const s = sentenceSubject(cx, i);
  return s?.start !== undefined && s.start < (tok(cx, i) as Token).start ? s : undefined;
}
