/**
 * وكتب الرئيس على حسابه في تويتر: «…»، غرد الوزير على صفحته الرسمية: after a title على before
 * an account, a page or a platform is the preposition of the medium, never the name علي (which
 * normalises to the same letters); the medium is not part of the source.
 */
import type { Detection } from './context.js';

/** Accounts, pages and platforms (normalised, without the article or a pronoun). */
const MEDIA = new Set(['حساب', 'حسابات', 'صفحه', 'صفحات', 'موقع', 'منصه', 'قناه', 'مدونه', 'تويتر', 'فيسبوك', 'فيس', 'انستغرام', 'انستجرام',
  'انستقرام', 'يوتيوب', 'سناب', 'سنابشات', 'تلغرام', 'تيليجرام', 'واتساب']);

/** Is the word at k a medium (حسابه، صفحتها، الموقع، تويتر) that على before it governs? */
export function mediumAt(cx: Detection, k: number): boolean {
  if (k < 0 || k >= cx.tokenCount || cx.kinds[k] !== 'word') return false;
  const w = (cx.norms[k] as string).replace(/^ال/, '');
  if (MEDIA.has(w)) return true;
  // حسابه، صفحتها، حساباتهم: the noun with the pronoun of its owner (ة is written ت before it).
  const owned = /^(.{3,}?)(ه|ها|هم|هما)$/.exec(w);
  const stem = owned?.[1];
  return stem !== undefined && (MEDIA.has(stem) || MEDIA.has(stem.replace(/ت$/, 'ه')));
}
