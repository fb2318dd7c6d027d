/**
 * قال الوزير إن المهاجرين من أفريقيا والشرق الأوسط يهددون مستوى المعيشة، مضيفا أن …: a verb
 * inside the last report's words belongs to the speaker's own sentence, not the writer's; its
 * subject (الشرق الأوسط) is no subject for the participles of the narration after it,
 * which go on with the speaker.
 */
import type { Token } from '../../core/types.js';
import type { Detection } from './context.js';
import { tok } from './lookups.js';
import { lastSpeakerDraft } from './subjects.js';
import { firstTokenAt } from './content.js';
import type { Source } from './types.js';

/**
 * Is the subject s, written with the verb at k, a place named inside the words of the last
 * report, which close before the cue at c0? People named there (السكان انتقدوا …، مطالبين) may
 * still be the ones a participle goes on with; a place or a state as the subject of a verb inside
 * someone's words is not.
 */
export function placeInsideLastReport(cx: Detection, s: Source, k: number, c0: number): boolean {
  const last = lastSpeakerDraft(cx);
  const t = tok(cx, k) as Token | undefined;
  const c = tok(cx, c0) as Token | undefined;
  if (!last || !t || !c || s.start === undefined || last.content.end <= last.content.start || last.content.end > c.start) return false;
  if (!(t.start >= last.content.start && t.start < last.content.end && t.start > last.cue.start)) return false;
  const type = cx.mentionOf[firstTokenAt(cx, s.start)]?.type;
  return type === 'LOC' || type === 'GPE';
}
