/**
 * وجاء في الدعوى …، وجاء في الوصية إن …، جاء في المعجم: «…»: after «جاء في» with a clause, a colon
 * or a quotation after it, the place the words are found is a written text — a lawsuit, a will,
 * a memo, a decree, a dictionary — and that text speaks (GUIDELINE.md: statutes, charters and
 * scripture are sources). These nouns name no speaker elsewhere, so they are listed here, for
 * this construction only; a rank or a time (جاء في المركز الثاني، جاء في وقت …) is none of them.
 */
import type { Detection } from './context.js';
import { bareAt, norm } from './lookups.js';

/** Heads of written texts, without the article (normalised: ة → ه, ى → ي). */
const WRITTEN_TEXTS = new Set([
  'دعوي', 'لائحه', 'عريضه', 'شكوي', 'بلاغ', 'مذكره', 'وثيقه', 'وصيه', 'برقيه', 'مرسوم', 'امر', 'قرار', 'حكم', 'حيثيات',
  'محضر', 'تعميم', 'خطاب', 'رساله', 'نص', 'ماده', 'ميثاق', 'دستور', 'قانون', 'نظام', 'اتفاق', 'اتفاقيه', 'معاهده',
  'كتاب', 'كتيب', 'معجم', 'قاموس', 'لسان', 'موسوعه', 'تفسير', 'فتوي', 'فتاوي', 'مقال', 'مقاله', 'خبر', 'منشور', 'اعلان',
]);

/** Does the noun at k head a written text (الدعوى، وصية المليونير، لسان العرب)? */
export function writtenTextAt(cx: Detection, k: number): boolean {
  // وصية: a word that opens in و may keep it (bareAt strips it as a conjunction).
  return [norm(cx, k), bareAt(cx, k)].some((h) => WRITTEN_TEXTS.has(h.startsWith('ال') ? h.slice(2) : h));
}
