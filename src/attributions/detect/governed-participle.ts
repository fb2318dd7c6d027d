/**
 * A participle of saying stands in the accusative, describing its speaker (…، مطالبة بـ…): after
 * a preposition it cannot, so there the same letters are the verbal noun (ردا على سؤال حول
 * مطالبة البعض بتأجيل …، بعد مطالبة النواب بـ…), a topic, not a report with a speaker of its own.
 */
import type { VerbCue } from '../lexicon.js';
import type { Detection } from './context.js';
import { norm } from './lookups.js';
import { PREPOSITIONS, TOPIC_PREPOSITIONS } from './word-sets.js';

/** Is the participle cue at c0 governed by the preposition right before it? */
export function governedParticiple(cx: Detection, c0: number, cue: VerbCue | undefined): boolean {
  if (cue?.participle !== true || c0 < 1 || cx.kinds[c0 - 1] !== 'word') return false;
  const p = norm(cx, c0 - 1);
  return PREPOSITIONS.has(p.replace(/^[وف]/, '')) || TOPIC_PREPOSITIONS.test(p);
}
