/**
 * وعلم مراسل الأناضول أن …، وعلم مندوب «الجزيرة» من مصادر أن …: "learned that" with an outlet's
 * correspondent for subject is a report of the journalist, sourced to those he learned it from
 * (as علمت «الوطن» أن; GUIDELINE: the correspondent without a name is an unnamed source). The
 * masculine form علم is far more often the noun (رفع العلم، علم النفس) or an impersonal passive
 * (وعُلم أن …, no speaker), so it is a verb cue only with such a subject right after it.
 */
import type { VerbCue } from '../lexicon.js';
import type { Detection } from './context.js';
import { outletStaffAt } from './outlet-staff.js';

/** Is the cue at i the masculine علم without a correspondent of an outlet right after it? */
export function learnedWithoutStaff(cx: Detection, i: number, v: VerbCue): boolean {
  return v.lemma === 'علم' && !outletStaffAt(cx, i + 1);
}
