/**
 * «ودعا لهم بالنصر والتمكين»، «يدعو له بالشفاء»: دعا with لـ and a pronoun, then what is asked
 * for with بـ, prays for someone; it reports no words (دعا الوزير إلى الحوار still urges).
 */
import type { Detection } from './context.js';
import { norm, tok } from './lookups.js';

const FOR_PRONOUN = /^ل(ه|ها|هم|هما|هن|ك|كم|كما|نا)$/;

/** Does دعا, ending at token c1 - 1, pray for someone (لهم بالنصر)? */
export function prayerFor(cx: Detection, c1: number): boolean {
  if (!FOR_PRONOUN.test(norm(cx, c1))) return false;
  const next = norm(cx, c1 + 1);
  return tok(cx, c1 + 1)?.kind === 'word' && next.length > 2 && next.startsWith('ب');
}
