/**
 * العربية.نت، مصراوي.كوم: a site's name written in Arabic with its top-level domain glued by a
 * dot is one word, not a sentence end between two words (a full stop with a missing space,
 * المملكة.وأوضح, is followed by a word of the text, never by a domain).
 */

/** Top-level domains as Arabic outlets write them (نت، كوم، أورغ، إنفو) and their spellings. */
const ARABIC_DOMAINS = ['نت', 'كوم', 'أورغ', 'اورغ', 'أورج', 'اورج', 'إنفو', 'انفو'];

const ARABIC_LETTER = /[\u0621-\u064A\u0671-\u06D3]/;

/**
 * Where an Arabic word ending at i goes on when `.` and a domain follow it glued (العربية.نت),
 * or i when they do not.
 */
export function arabicDomainEnd(t: string, i: number): number {
  if (t[i] !== '.') return i;
  for (const d of ARABIC_DOMAINS) {
    if (t.startsWith(d, i + 1) && !ARABIC_LETTER.test(t.charAt(i + 1 + d.length))) return i + 1 + d.length;
  }
  return i;
}
