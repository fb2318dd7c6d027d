/**
 * …، رافضا الحديث عن المزيد، ممتنعة عن التعليق: the circumstantial participle of a refusal to
 * comment declines to comment as the verb does (GUIDELINE.md: رفض التعليق، امتنع عن — stance
 * none), and …، رافضا اعتبار أن … rejects a proposition as رفضت فكرة أن does (stance deny). Its
 * speaker is the subject of its sentence, as for any circumstantial participle (the last
 * speaker of the sentence, else the noun phrase after the sentence's first verb), never the
 * noun right before it (تحدث الكاتب عن الرواية رافضا …).
 */
import type { Source } from './types.js';
import type { Detection } from './context.js';
import { sentenceOf } from './lookups.js';
import { firstTokenAt } from './content.js';
import { lastSpeakerDraft, previousSpeaker, sentenceSubject } from './subjects.js';

/** رافضا، رافضة، رافضين، ممتنعا …: a participle of refusing (normalised: ة is ه). */
const PARTICIPLE = /^[وف]?(رافض|ممتنع)(ا|ه|ين)$/;

/** Nouns of a proposition that is rejected when its أن clause follows (فكرة أن، اعتبار أن). */
export const REJECTED_IDEAS = new Set(['فكره', 'اعتبار']);

/** Is the normalised word w a participle of refusing? */
export function refusalParticiple(w: string): boolean {
  return PARTICIPLE.test(w);
}

/** The speaker of a participle of refusing at token i. */
export function refusingSpeaker(cx: Detection, i: number): Source | undefined {
  const last = lastSpeakerDraft(cx);
  if (last && sentenceOf(cx, firstTokenAt(cx, last.cue.start)) === sentenceOf(cx, i)) return { ...last.source };
  return sentenceSubject(cx, i) ?? previousSpeaker(cx, i);
}
