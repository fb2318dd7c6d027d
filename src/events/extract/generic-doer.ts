/**
 * «من يستهدف المساجد ليس دليل شجاعة»، «الرد بقوة على كل من يستهدف أمن تركيا»، «ابتعاث من تدعو
 * حالته إلى العلاج»: a present-tense verb right after the relative «من» (whoever) tells what any
 * doer would do, the case a law, a threat or a rule speaks of; it tells no act that happened. The
 * past (من قام بالهجوم) points at a doer of a real act and is left alone, and so is the preposition
 * «من» before a masdar (تمكنت من تحرير), which is no verb. Nor does a cleft or a superlative
 * (إيران هي من تحتل العراق، كانت أول من تخلت عن المعاهدات) speak of whoever: it names the doer.
 */
import { type Doc, inSentenceOf } from './context.js';

/** The relative «من» with the prepositions and conjunctions it takes (لمن، بمن، ومن، فمن). */
const WHOEVER = /^(و|ف)?(ل|ب)?من$/;

/** A pronoun of a cleft or a superlative right before «من» (هي من، أول من، أكثر من). */
const NAMED_DOER = /^(و|ف)?(هو|هي|هم|هن|نحن|انا|انت|انتم|اول|اخر|اكثر|اقل|خير|افضل|اشد)$/;

/** Whether the imperfect verb at i has «whoever» as its subject. */
export function genericDoer(doc: Doc, i: number): boolean {
  const { tokens } = doc;
  if (!inSentenceOf(doc, i - 1, i) || !WHOEVER.test(tokens[i - 1]!.norm)) return false;
  return !(inSentenceOf(doc, i - 2, i) && NAMED_DOER.test(tokens[i - 2]!.norm));
}
