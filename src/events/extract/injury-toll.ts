/**
 * Wounding is an assault on the wounded (ASSAULT), but «إصابة»، «أصيب» and «جرح» also tell
 * illness, sports injuries and hurt feelings. The word tells an attack's toll when a wound or a
 * shot follows it (أصيب ضابطان بجروح، بعد إصابته بمقذوف، إصابته بطلق ناري) or when it is the
 * result of what came before (أدى إلى إصابة ضابطين، أسفر عن إصابة).
 * Wounded joined by «و» to the killed of the same report (قتل 11 شخصا وجرح 30، مقتل طفل وإصابة
 * أفراد عائلته) are the toll of the killing, told by that event: no event of their own.
 */
import type { Lemma } from '../lexicon.js';
import { type Doc, sentenceOf } from './context.js';
import { isBoundary } from './lexicon-sets.js';

/** The folded citation forms of the lemmas of wounding. */
export const INJURY_LABELS = new Set(['إصابة', 'أصيب', 'جرح']);

const KILLING = /^(و)?(مقتل|قتل|قتلا|قتلوا|قتلت|استشهاد|استشهد|استشهدوا|مصرع|وفاه)$/;
const WOUND = /^(ب)(جروح|جرح|حروق|رصاص|رصاصه|طلق|طلقات|عيار|مقذوف|شظايا|شظيه|اعيره)$/;
const CLAUSE_END = /^[.؛:!?؟]$/;
const RESULT_VERB = /^(ما|مما)?(و)?(ادي|ادت|يؤدي|تؤدي|اسفر|اسفرت|يسفر|تسفر)$/;

/** Whether the wounding word at token i tells the toll of an attack. */
export function injuryToll(doc: Doc, lemma: Lemma, i: number): boolean {
  const { tokens } = doc;
  const same = (k: number) => k >= 0 && k < tokens.length && sentenceOf(doc, k) === sentenceOf(doc, i);
  // Illness and the like (إصابته بفيروس) stay out.
  for (let k = i + 1; k <= i + lemma.notNextWindow && same(k); k++) if (lemma.notNext.has(tokens[k]!.norm)) return false;
  if (tokens[i]!.norm.startsWith('و')) {
    // Past commas and brackets (استشهاد رضيع يبلغ 18 شهرا، وإصابة بقية أفراد عائلته).
    for (let k = i - 1; k >= i - 12 && same(k); k--) {
      if (CLAUSE_END.test(tokens[k]!.norm)) break;
      if (KILLING.test(tokens[k]!.norm)) return false;
    }
  }
  // The wounded may stand in between (أصيب ثلاثة جنود أتراك بجروح).
  for (let k = i + 1; k <= i + 6 && same(k); k++) {
    if (isBoundary(tokens[k]!)) break;
    if (WOUND.test(tokens[k]!.norm)) return true;
  }
  // The result names who was hurt (إصابة ضابطين، إصابته); «أدى إلى الإصابة ب…» names a state.
  return same(i - 2) && /^(الي|عن)$/.test(tokens[i - 1]!.norm) && RESULT_VERB.test(tokens[i - 2]!.norm) && !/^(و)?ال/.test(tokens[i]!.norm);
}
