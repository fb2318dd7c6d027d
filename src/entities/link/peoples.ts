/**
 * Peoples and communities named by their definite plural (الأكراد، الدروز،
 * الأويغور، الصرب) and «الغرب» for the Western states are parties of events
 * in the guideline (Ankara's strikes on the Kurds, talks between Iran and the
 * West), but their knowledge-base entries are MISC and link only where the
 * tagger marks them. They are linked here by the word itself, after any
 * proclitics (للأكراد، والغرب), with guards:
 * - after «المتمردين/المتمردون» the people qualifies a group (المتمردين الأكراد: the PKK);
 * - «الغرب» is a direction after a word of direction or with another quarter
 *   near it (من جهة الغرب، نحو الغرب، من الشرق إلى الغرب، إلى الغرب من المدينة),
 *   part of the name of Tripoli (طرابلس الغرب), or a region when a nisba follows
 *   (الغرب الجزائري).
 */
import type { Token } from '../../core/types.js';
import type { Kb } from '../kb/load.js';
import { procliticVariants } from './words.js';

/** The peoples' words, normalised, and their knowledge-base entries. */
const PEOPLES: ReadonlyMap<string, string> = new Map([
  ['الاكراد', 'misc:kurds'], ['الكرد', 'misc:kurds'],
  ['الدروز', 'misc:druze'],
  ['الاويغور', 'misc:uyghurs'], ['الايغور', 'misc:uyghurs'], ['الويغور', 'misc:uyghurs'],
  ['الصرب', 'misc:serbs'],
  ['الغرب', 'misc:the-west'],
]);

const WEST = 'misc:the-west';

/** Words before which a people qualifies a group instead (المتمردين الأكراد), normalised. */
const GROUP_BEFORE = new Set(['المتمردين', 'المتمردون', 'والمتمردين', 'والمتمردون', 'للمتمردين']);

/** Words of direction before «الغرب» (جهة الغرب، نحو الغرب، باتجاه الغرب), normalised. */
const DIRECTION_BEFORE = new Set(['جهه', 'نحو', 'صوب', 'اتجاه', 'باتجاه', 'بالاتجاه', 'ناحيه', 'شطر', 'اقصي', 'اقاصي']);

/** Names of places «الغرب» completes (طرابلس الغرب), normalised. */
const PLACE_BEFORE = new Set(['طرابلس']);

/** The other quarters: near «الغرب» they make it a direction (الشرق والغرب، شرقا وغربا). */
const QUARTERS = /^(و|من|الي)?(ال)?(شرق|شمال|جنوب|وسط)(ا|ي|يه)?$/;

/** Whether token k is a word of the same sentence as token i. */
const sameSentence = (tokens: readonly Token[], i: number, k: number): Token | undefined => {
  const t = tokens[k];
  return t && t.sentence === tokens[i]?.sentence && t.kind === 'word' ? t : undefined;
};

/** The people named at token i and how many proclitic letters precede its word, or undefined. */
export function peopleAt(kb: Kb, tokens: readonly Token[], i: number): { id: string; cut: number } | undefined {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return undefined;
  const v = procliticVariants(t.norm).find((x) => PEOPLES.has(x.form));
  if (!v) return undefined;
  const id = PEOPLES.get(v.form) as string;
  const prev = sameSentence(tokens, i, i - 1);
  if (prev && GROUP_BEFORE.has(prev.norm)) return undefined;
  if (id !== WEST) return { id, cut: v.cut };
  if (prev && (DIRECTION_BEFORE.has(prev.norm) || (v.cut === 0 && PLACE_BEFORE.has(prev.norm)))) return undefined;
  for (const k of [i - 3, i - 2, i - 1, i + 1, i + 2, i + 3]) {
    const w = sameSentence(tokens, i, k);
    if (w && QUARTERS.test(w.norm)) return undefined;
  }
  const next = sameSentence(tokens, i, i + 1);
  // إلى الغرب من المدينة: a direction from a place
  if (next && next.norm === 'من' && prev && /^(و)?(الي|في)$/.test(prev.norm)) return undefined;
  if (next && kb.names.get(next.norm)?.some((r) => r.kind === 'adjective')) return undefined;
  return { id, cut: v.cut };
}
