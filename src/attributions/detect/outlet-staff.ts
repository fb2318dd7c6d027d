/**
 * مراسل الجزيرة، مراسلة قناة العربية، محرر صحيفة الشرق الأوسط، مندوب «الإخبارية»: a member of an
 * outlet's staff is a speaker of his own, not the outlet (GUIDELINE: a definite noun inside the
 * phrase is the complement of another head, رئيس النادي ≠ النادي). Without his name he is an
 * unnamed source (as مراسل "الإخبارية" in the gold); with it, the name decides as for any title.
 */
import type { Detection } from './context.js';
import { bareAt, isQuoteOpen, norm, roleOf, span } from './lookups.js';
import type { Source } from './types.js';
import { inSet } from './word-sets.js';

/** The staff nouns of an outlet (normalised, singular and plural, with or without the article). */
const STAFF = /^(ال)?(مراسل|مراسله|مراسلو|مراسلي|مراسلون|مراسلين|محرر|محرره|محررو|مندوب|مندوبه)$/;
const OUTLET_ROLES = new Set(['newspaper', 'agency', 'site', 'channel']);

/** A correspondent works only for an outlet, unlike a delegate (مندوب السعودية لدى الأمم المتحدة). */
const CORRESPONDENT = /^(ال)?(مراسل|مراسله|مراسلو|مراسلي|مراسلون|مراسلين)$/;

/**
 * Does an outlet open at k: a quoted name, an outlet noun (قناة، الوكالة) or an entity of the media
 * sector? After a correspondent any name that is no person's is his outlet (مراسل الأناضول, which
 * the entity layer may read as the region).
 */
function outletAt(cx: Detection, k: number, afterCorrespondent = false): boolean {
  if (isQuoteOpen(cx, k)) return true;
  const w = norm(cx, k);
  if (inSet(cx.lex.outletNouns, w) || OUTLET_ROLES.has(roleOf(cx, w) ?? '')) return true;
  const m = cx.mentionOf[k];
  if (m === undefined || m.first !== k) return false;
  if (afterCorrespondent && m.type !== 'PER') return true;
  return cx.input.entities?.find((e) => e.id === m.entity)?.kb?.sector === 'MED';
}

/** Does an outlet's staff noun open at k, with the outlet after it (مراسل الأناضول، مندوب «الجزيرة»)? */
export function outletStaffAt(cx: Detection, k: number): boolean {
  return STAFF.test(bareAt(cx, k)) && outletAt(cx, k + 1, CORRESPONDENT.test(bareAt(cx, k)));
}

/** The source of a phrase [a, b) headed by an outlet's staff noun with no person named in it, or undefined. */
export function outletStaffSource(cx: Detection, a: number, b: number): Source | undefined {
  if (b - a < 2 || !outletStaffAt(cx, a)) return undefined;
  for (let k = a + 1; k < b; k++) if (cx.mentionOf[k]?.type === 'PER') return undefined;
  const whole = span(cx, a, b);
  return { kind: 'anonymous', ...whole, description: cx.text.slice(span(cx, a + 1, b).start, whole.end).trim() };
}
