/**
 * متهم، متهمة، متهمين is «accusing» (مُتَّهِم) with its object after it (متهما إياه بـ…، متهمة
 * الحكومة بالتقصير) and «accused» (مُتَّهَم) with the charge right after it (خمسة أحداث متهمين
 * بالتحرش، مواطنين اثنين متهمين بمساعدة …). The accused is described, no one speaks.
 */
import type { Detection } from './context.js';
import { bNoun } from './word-sets.js';

/** The participles of اتهم (normalised). */
const ACCUSING = /^[وف]?(متهم|متهما|متهمه|متهمين|متهمون)$/;

/** Whether the token at i is the passive participle «accused of»: the charge with ب right after it. */
export function accusedAt(cx: Detection, i: number): boolean {
  const w = cx.tokens[i];
  const next = cx.tokens[i + 1];
  if (!w || w.kind !== 'word' || !ACCUSING.test(w.norm) || !next || next.kind !== 'word') return false;
  // متهما بعض المسؤولين …: a noun in ب is the object of the active participle.
  return next.norm.startsWith('ب') && next.norm.length > 2 && !bNoun(next.norm);
}
