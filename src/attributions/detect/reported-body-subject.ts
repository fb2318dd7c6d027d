/**
 * وأوضح رئيس اللجنة أن لجان المهرجان أكملت استعداداتها، مبينا أنه …: a body or a thing that is
 * the subject of a verb inside the last report's words is part of what was said, not the
 * narration's subject; a participle after those words goes on with the one who said them, when
 * he agrees with it. A person named there (قال إن المدرب X تحدث …، مؤكدا) may still be the one
 * the participle goes on with (reported-person-participle.ts), and so are people after a plural
 * participle (… أن السكان انتقدوا …، مطالبين), which the subject of their own verb takes over.
 */
import type { Token } from '../../core/types.js';
import type { Detection } from './context.js';
import { firstTokenAt } from './content.js';
import { tok } from './lookups.js';
import { participleForm, participleSpeaker } from './participle-agreement.js';
import { lastSpeakerDraft } from './subjects.js';
import type { Source } from './types.js';

/** Whether a person is named in the source s. */
function namesPerson(cx: Detection, s: Source): boolean {
  if (s.start === undefined) return false;
  const end = s.end ?? s.start;
  for (let k = firstTokenAt(cx, s.start); k < cx.tokenCount && (tok(cx, k) as Token).start < end; k++) if (cx.mentionOf[k]?.type === 'PER') return true;
  return false;
}

/**
 * The last speaker, for the participle cue whose word is at k (sentence token c0), when the
 * subject s written with the verb at v stands inside that speaker's words, names no person, and
 * the speaker agrees with the participle; else undefined.
 */
export function speakerOverReportedSubject(cx: Detection, s: Source, v: number, c0: number, k: number): Source | undefined {
  const last = lastSpeakerDraft(cx);
  const at = tok(cx, v) as Token | undefined;
  const here = tok(cx, c0) as Token | undefined;
  if (!last || !at || !here || last.source.start === undefined || s.start === undefined) return undefined;
  if (last.content.end <= last.content.start || last.content.end > here.start) return undefined;
  if (!(at.start >= last.content.start && at.start < last.content.end && at.start > last.cue.start)) return undefined;
  if (s.start < last.content.start || namesPerson(cx, s) || participleForm(cx, k) === 'pl') return undefined;
  return participleSpeaker(cx, { participle: true }, k, last.source) ? { ...last.source } : undefined;
}
