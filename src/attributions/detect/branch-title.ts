/**
 * وأوضح مدير فرع الهيئة العامة للسياحة بمنطقة تبوك …، رئيس قسم …: the holder of a title over a
 * branch or a department of a body is one person, who speaks; the body named after فرع، إدارة،
 * قسم is where that person serves, not the speaker, even when the entity layer names it.
 */
import type { Detection } from './context.js';
import { norm, roleOf } from './lookups.js';

/** Units of a body that one person heads (normalised: إدارة → اداره); read whole, as فرع begins with ف. */
const UNITS = /^(فرع|اداره|قسم)$/;
/** Roles of a title held by a person (مدير، رئيس), not of a body or an outlet. */
const HOLDER_ROLES = new Set(['official', 'president']);

/**
 * Is the mention that opens at j, inside a phrase whose head is at a, the body whose branch or
 * department the title at a heads (مدير فرع [الهيئة …], رئيس قسم [الجراحة …])?
 */
export function bodyOfHeadedUnit(cx: Detection, a: number, j: number): boolean {
  if (j < a + 2 || cx.mentionOf[j - 1] !== undefined) return false;
  const role = roleOf(cx, norm(cx, a));
  if (role === undefined || !HOLDER_ROLES.has(role)) return false;
  return UNITS.test(norm(cx, j - 1));
}
