/**
 * The subject between كان and a reporting verb without قد is looked for over six words at
 * most: past that, the words are more often كان's own predicate than a subject. A person's
 * name with its titles is longer (وكان الدكتور عبد الله X رئيس لجنة الاحتراف حذر من …، وكان
 * وزير الخارجية الأمريكي جون كيري أكد …): such a subject is taken over a few more words when a
 * person's name stands in it.
 */
import type { Detection } from './context.js';

/** How far back كان is looked for before a verb without قد (the name must then be in the subject). */
export const TITLED_COPULA_REACH = 10;

/** Whether the words [a, b) hold a person's name (an entity mention of a person). */
export function titledPersonSubject(cx: Detection, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (cx.mentionOf[k]?.type === 'PER') return true;
  return false;
}
