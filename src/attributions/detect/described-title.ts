/**
 * A person's mention that is only a title: the entity layer links «الناطق باسم الجيش» to an
 * unnamed spokesman when no name follows right after it, so a name set off by commas or after a
 * rank (الناطق باسم الجيش، العميد يحيى رسول، …) is not seen there. Inside the speaker's phrase
 * such a mention is a title, not a name of its own.
 */
import type { Detection } from './context.js';
import { roleOf } from './lookups.js';

/** Whether the token at k lies in a person's mention that describes (a title) rather than names. */
export function titleOnlyMentionAt(cx: Detection, k: number): boolean {
  const m = cx.mentionOf[k];
  if (m?.type !== 'PER') return false;
  const e = cx.input.entities?.find((x) => x.id === m.entity);
  const here = e?.mentions.find((x) => x.start === m.start && x.end === m.end);
  return here?.kind === 'description';
}

/** Offices of a person (not bodies): after ل they make the name that follows that person's. */
const PERSON_ROLES = new Set(['president', 'minister', 'official', 'person', 'spokesman']);

/**
 * Is the person's mention at k the name of the title mention d? Between them the rest of the
 * title may stand (its body, a second title, a rank: الناطق الإعلامي بشرطة منطقة جازان المقدم X,
 * المتحدث الرسمي باسم الإمارة الوكيل المساعد للتطوير الأستاذ X), but not the office of another
 * person governed by ل (المتحدث باسم المكتب الإعلامي لرئيس الوزراء حيدر العبادي: the name is the
 * prime minister's, not the spokesman's).
 */
export function nameOfTitleAt(cx: Detection, d: { last: number }, k: number): boolean {
  if (k - d.last > 8) return false;
  for (let g = d.last; g < k; g++) {
    const w = cx.norms[g] as string;
    if (cx.kinds[g] !== 'word' || !w.startsWith('ل') || w.startsWith('ال')) continue;
    const rest = w.startsWith('لل') ? `ا${w.slice(1)}` : w.slice(1);
    if (PERSON_ROLES.has(roleOf(cx, rest) ?? roleOf(cx, `ال${rest}`) ?? '')) return false;
  }
  return true;
}
