/**
 * ونقلت شبكة «إن.بي.سي.» عن مسؤولين ذكروا أن …، نقلت الوكالة عن مصادر قالت إن …: after نقل … عن,
 * an indefinite noun and a verb of saying with its أن (a relative clause without its pronoun)
 * name the one relayed from and that one's own cue, as قوله does in نقلت X عن Y قوله إن. The verb
 * is no word of the source's name.
 */
import type { Detection } from './context.js';
import { norm, verbAt } from './lookups.js';

/** Whether the token k, past the relayed source opening at start, is that source's verb of saying. */
export function relayedSpeakerVerb(cx: Detection, start: number, k: number): boolean {
  if (k <= start || k >= cx.tokenCount) return false;
  const v = verbAt(cx, k);
  return v !== undefined && !v.participle && !norm(cx, k - 1).startsWith('ال') && cx.complementizers.has(norm(cx, k + 1));
}
