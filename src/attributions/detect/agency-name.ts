/**
 * وكالة الأنباء الرسمية (واس)، وكالة الأنباء الحكومية: «الأنباء» is the common noun of every news
 * agency's name, so when the tagger finds a name that opens with it after «وكالة» (الأنباء
 * الرسمية) the agency is the whole phrase, not that fragment. Which agency it is comes from the
 * acronym in brackets right after it (واس → وكالة الأنباء السعودية); a fragment that says only
 * how official the agency is (الرسمية، الحكومية) names none. The acronym stays in the span when
 * the subject's scan took it in, and is left out otherwise.
 */
import type { Detection } from './context.js';
import { norm, roleOf, span } from './lookups.js';
import type { Source } from './types.js';

/** The generic noun of an agency's name (normalised). */
const NEWS = /^(ال)?انباء$/;
/** Adjectives that say how official an agency is, not which one (normalised). */
const STATUS = new Set(['الرسميه', 'الحكوميه', 'الرسمي', 'الحكومي']);

/** The entity of an acronym in brackets at k (… (واس)), or undefined. */
function bracketedAcronym(cx: Detection, k: number): string | undefined {
  if (norm(cx, k) !== '(') return undefined;
  const m = cx.mentionOf[k + 1];
  return m !== undefined && m.first === k + 1 && m.type === 'ORG' && norm(cx, m.last) === ')' ? m.entity : undefined;
}

/** The source of a phrase [a, b) that opens with وكالة + a tagged fragment opening with الأنباء, or undefined. */
export function genericAgencySource(cx: Detection, a: number, b: number): Source | undefined {
  if (roleOf(cx, norm(cx, a)) !== 'agency' || b < a + 2 || !NEWS.test(norm(cx, a + 1))) return undefined;
  const m = cx.mentionOf[a + 1];
  if (m === undefined || m.first !== a + 1 || m.type !== 'ORG') return undefined;
  // The phrase ends with the fragment, or with its acronym when the subject's scan took that in;
  // what follows (التي أوردت الخبر) was never part of the name.
  const acronym = bracketedAcronym(cx, m.last);
  const closed = (cx.mentionOf[m.last + 1]?.last ?? m.last) + 1;
  const s: Source = { kind: 'named', ...span(cx, a, acronym !== undefined && closed <= b ? closed : m.last), role: 'agency' };
  let onlyStatus = m.last > a + 2;
  for (let k = a + 2; k < m.last; k++) if (!STATUS.has(norm(cx, k))) onlyStatus = false;
  if (acronym !== undefined) s.entity = acronym;
  else if (!onlyStatus) s.entity = m.entity;
  return s;
}
