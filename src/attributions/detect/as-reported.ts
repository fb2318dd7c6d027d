/**
 * …، على ما ذكرت وكالة الأنباء السعودية، على ما أفادت مصادر طبية: على ما with a verb of saying
 * or relaying and its subject written after it is a relay like بحسب ما ذكرت; the source is the
 * verb's subject. على ما يبدو (as it seems), على ما هو عليه (as it is) and على ما ذكره (the
 * speaker is the pronoun's) are not; nor is على governed by the word before it (ردا على ما ذكرت،
 * اطلع على ما نشرت), nor a ما whose verb has its own أن clause (سلطت الضوء على ما أفادت به مصادر أن …).
 */
import type { Detection } from './context.js';
import { bareAt, isPunct, isQuoteOpen, norm, sentenceEnd, sentenceStart, verbAt } from './lookups.js';
import { phraseCue } from './prepositional.js';
import { ANSWERING_ACCUSATIVES } from './word-sets.js';

/** Verbs of relaying a text, without an object pronoun (نقلت، أوردت، نشرت، روت). */
const RELAYING = /^(نقل|نقلت|اورد|اوردت|نشر|نشرت|بث|بثت|اذاع|اذاعت|روي|روت|تناقلت)$/;

/** Words that govern على themselves (ردا على ما ذكرت، بناء على ما نشرت). */
const GOVERNORS = new RegExp(`^(${[...ANSWERING_ACCUSATIVES, 'رد', 'بناء', 'اعتمادا', 'استنادا', 'تاكيدا', 'اطلاعا', 'اعتراضا', 'احتجاجا', 'حرصا', 'علاوه', 'زياده'].join('|')})$`);

/** Is [k] a verb of saying or relaying in the past or present, with no pronoun glued to it? */
function reportingVerb(cx: Detection, k: number): boolean {
  const w = norm(cx, k);
  if (RELAYING.test(w)) return true;
  const v = verbAt(cx, k);
  if (!v || v.participle || v.ambiguous) return false;
  // ذكره، قالها: the object pronoun of the verb, whose speaker is not written after it.
  const m = /^(.{2,}?)(ه|ها|هم)$/.exec(w);
  return !(m && cx.lex.verbs.has(m[1] as string));
}

/** على ما ذكرت X at i: the cue's last token, or i when there is none. */
export function asReportedCue(cx: Detection, i: number): number {
  if (bareAt(cx, i) !== 'علي' || norm(cx, i + 1) !== 'ما' || !reportingVerb(cx, i + 2)) return i;
  const before = norm(cx, i - 1);
  if (i > 0 && !isPunct(cx, i - 1) && (verbAt(cx, i - 1) !== undefined || GOVERNORS.test(before))) return i;
  // أهله على ما قال شرواك (a line of verse): a relay after its content follows a clause, not one word.
  let words = 0;
  for (let k = i - 1; k >= sentenceStart(cx, i) && !isPunct(cx, k); k--) words++;
  if (words === 1) return i;
  // سلطت الضوء على ما أفادت به مصادر أن …: the verb has its own content; ما is what على governs.
  for (let k = i + 3; k < sentenceEnd(cx, i) && !(isPunct(cx, k) && isQuoteOpen(cx, k) === undefined); k++) if (cx.complementizers.has(norm(cx, k))) return i;
  return phraseCue(cx, i, 1, false);
}
