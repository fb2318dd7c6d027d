/**
 * ذكرت الصحيفة أن المدرب X تحدث عن …، مؤكدا أن …: a participle after a reported clause whose
 * reporting verb has the other gender cannot go on with the reporter; its subject is the person
 * named as the reported clause's subject, right after أن (as the clause's verb, not the
 * reporting one, agrees with it).
 */
import type { Detection } from './context.js';
import { firstTokenAt } from './content.js';
import { isRelative, norm, sentenceOf, tok, verbAt } from './lookups.js';
import { participleForm } from './participle-agreement.js';
import type { Draft, Source } from './types.js';

/** The person after أن in the last report, when the participle at k disagrees with its verb. */
export function reportedPersonSpeaker(cx: Detection, k: number, last: Draft | undefined): Source | undefined {
  const form = participleForm(cx, k);
  if (!last || (form !== 'm' && form !== 'f')) return undefined;
  const v = firstTokenAt(cx, last.cue.start);
  const g = verbAt(cx, v)?.gender;
  if (g === undefined || g === form || sentenceOf(cx, v) !== sentenceOf(cx, k)) return undefined;
  // The participle follows the person inside the reported clause.
  const a = firstTokenAt(cx, last.content.start);
  if (a <= v || a >= k || norm(cx, a - 1) !== 'ان') return undefined;
  const m = cx.mentionOf[a];
  if (!m || m.first !== a || m.type !== 'PER' || m.last >= k) return undefined;
  if ((tok(cx, k)?.start ?? 0) > last.content.end + 2) return undefined;
  // … أن رونالدو … تحت قيادة بينيتيز الذي رفض … حينما صرح قائلا: a relative clause on the way
  // has another subject for the participle.
  for (let i = m.last; i < k; i++) if (isRelative(cx, i)) return undefined;
  return { kind: 'named', entity: m.entity, start: m.start, end: m.end };
}
