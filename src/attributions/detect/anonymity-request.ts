/**
 * A source asking not to be named (طلب عدم الكشف عن اسمه، فضّل عدم ذكر اسمه، اشترط عدم نشر
 * هويته): a request, an act (GUIDELINE: requests are acts), that describes the speaker and
 * stands between him and his words; it is neither a report nor part of the content.
 */
import type { Detection } from './context.js';
import { bareAt, norm } from './lookups.js';
import { identityNear } from './frame-parts.js';

/** طلب، فضل، اشترط in the past (فضل loses its ف to the conjunction reading, so both forms are read). */
const ASKING = /^(طلب|طلبت|طلبوا|فضل|فضلت|فضلوا|اشترط|اشترطت|اشترطوا)$/;

/** Whether the word at k asks not to be named: the verb, then عدم or ألا, then a name or an identity. */
export function askedNotToBeNamedAt(cx: Detection, k: number): boolean {
  return (ASKING.test(norm(cx, k)) || ASKING.test(bareAt(cx, k))) && /^(عدم|الا)$/.test(norm(cx, k + 1)) && identityNear(cx, k + 1);
}
