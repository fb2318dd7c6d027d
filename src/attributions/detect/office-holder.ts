/**
 * رئيس البرلمان العراقي، مدير شرطة الرياض، عضو مجلس الشورى، رئيس نادي «الهلال»: a title held by
 * one person, in construct with a body, names that person. The body after the title (even when
 * the entity layer names it) is where the holder serves, not the speaker (GUIDELINE: «رئيس
 * النادي» is not «النادي»), so it is neither the source's span nor its entity: with the holder's
 * name written the name is the source, without it the whole phrase is, a definite description
 * with no entity of its own.
 */
import type { Detection } from './context.js';
import type { Token } from '../../core/types.js';
import { norm, roleOf, tok } from './lookups.js';
import type { MentionRef } from './types.js';

/** Roles of a title held by a person; a body, an outlet or a ministry speaks for itself. */
const HOLDER_ROLES = new Set(['president', 'minister', 'official', 'spokesman']);

/** Does the phrase at a open with the title of an office held by one person (رئيس، مدير، الأمين)? */
export function holderTitleAt(cx: Detection, a: number): boolean {
  return HOLDER_ROLES.has(roleOf(cx, norm(cx, a)) ?? '');
}

/**
 * Is the mention m, opening at j inside a holder's phrase that starts at a, the body he serves?
 * After a rank (الدكتور «جيكسون إن جي»، الشيخ …) a name follows, whatever type the tagger gave it.
 */
export function bodyUnderTitle(cx: Detection, a: number, j: number, m: MentionRef): boolean {
  return j > a && m.type === 'ORG' && holderTitleAt(cx, a) && !cx.lex.rankTitles.has(norm(cx, a));
}

/**
 * ودعا الرئيس الأميركي الاتحاد الأفريقي إلى …: a definite title cannot govern a genitive, so a body
 * named right after it and its adjectives, with no preposition glued to it, is the verb's object
 * and ends the speaker's phrase. Is k, inside the phrase [a, b) opened by a title, such a body?
 */
export function objectAfterDefiniteTitle(cx: Detection, a: number, k: number): boolean {
  const m = cx.mentionOf[k];
  if (m === undefined || m.first !== k || m.type !== 'ORG' || m.start !== (tok(cx, k) as Token).start) return false;
  if (!norm(cx, a).startsWith('ال') || !holderTitleAt(cx, a) || cx.lex.rankTitles.has(norm(cx, a))) return false;
  for (let j = a + 1; j < k; j++) if (!norm(cx, j).startsWith('ال') || tok(cx, j)?.kind !== 'word') return false;
  return true;
}

/**
 * Is the quotation opening at q, inside a holder's phrase at a, the name of the body after a body
 * noun (رئيس نادي «الهلال»، مدير صحيفة «سبق»), not a quoted name or nickname of the holder?
 */
export function quotedBodyUnderTitle(cx: Detection, a: number, q: number): boolean {
  if (q <= a + 1 || !holderTitleAt(cx, a) || cx.lex.rankTitles.has(norm(cx, a))) return false;
  // أمين عام «الائتلاف»: the quotation holds the body the tagger found.
  if (cx.mentionOf[q + 1]?.type === 'ORG') return true;
  const before = roleOf(cx, norm(cx, q - 1));
  return before !== undefined && !HOLDER_ROLES.has(before) && before !== 'person';
}
