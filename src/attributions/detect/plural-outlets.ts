/**
 * Newspapers, agencies, sites or channels in the plural (صحف بريطانية، الصحف الألمانية، وكالات
 * الأنباء العالمية، مواقع إلكترونية، قنوات تلفزيونية مصرية): no one outlet is named, so the
 * source is anonymous, as the gold has «وسائل إعلام محلية» and «صحيفة جزائرية» (GUIDELINE:
 * press reviews of unnamed papers are anonymous). «وسائل إعلام …» is one phrase too
 * (media-means.ts).
 */
import { normaliseString } from '../../text/normalise/normalise.js';
import type { Detection } from './context.js';
import { bareAt, isQuoteOpen, norm, span } from './lookups.js';
import type { Source } from './types.js';

const normSet = (words: string[]): Set<string> => new Set(words.map((w) => normaliseString(w)));

/** Plurals of the press: what they say is theirs whatever follows (صحف الاحتلال، الصحف الصادرة اليوم). */
const PRESS_PLURALS = normSet(['صحف', 'جرائد', 'مجلات', 'صحافة']);
/** Plurals that are media only with a media word or a nisba after them (مواقع إخبارية، قنوات مصرية). */
const MEDIA_PLURALS = normSet(['وكالات', 'مواقع', 'قنوات', 'محطات', 'إذاعات', 'شبكات']);
/** Words that make such a plural a medium (وكالات الأنباء، مواقع التواصل، قنوات فضائية). */
const MEDIA_WORDS = normSet(['أنباء', 'الأنباء', 'إعلام', 'الإعلام', 'إعلامية', 'الإعلامية', 'إخبارية', 'الإخبارية', 'إلكترونية',
  'الإلكترونية', 'الكترونية', 'الالكترونية', 'تلفزيونية', 'التلفزيونية', 'التلفزة', 'فضائية', 'الفضائية', 'التواصل', 'إذاعية', 'الإذاعية']);

const stripArticle = (w: string): string => (w.startsWith('ال') ? w.slice(2) : w);

/** The word at k without the article, and without a glued و/ف unless the word begins with و (وكالات، وسائل). */
function headAt(cx: Detection, k: number, known: (w: string) => boolean): string {
  const whole = stripArticle(norm(cx, k));
  return known(whole) ? whole : stripArticle(bareAt(cx, k));
}

/** The source of a phrase [a, b) headed by a plural of outlets, anonymous; undefined for other heads. */
export function pluralOutletSource(cx: Detection, a: number, b: number): Source | undefined {
  const head = headAt(cx, a, (w) => PRESS_PLURALS.has(w) || MEDIA_PLURALS.has(w));
  const press = PRESS_PLURALS.has(head);
  if (!press && !MEDIA_PLURALS.has(head)) return undefined;
  // صحف «الرياض» و«عكاظ»: papers named in quotes are named.
  if (isQuoteOpen(cx, a + 1)) return undefined;
  if (!press && b > a + 1) {
    const next = norm(cx, a + 1);
    // مواقع إخبارية، قنوات مصرية، وكالات الأنباء: a media word or a nisba; وكالات الأمم المتحدة is a body.
    const nisba = /(يه|يون|يين)$/.test(next) && !cx.mentionOf[a + 1];
    if (!MEDIA_WORDS.has(next) && !nisba) return undefined;
  }
  const whole = span(cx, a, b);
  const s: Source = { kind: 'anonymous', ...whole };
  if (b > a + 1) s.description = cx.text.slice(cx.starts[a + 1] as number, whole.end).trim();
  return s;
}
