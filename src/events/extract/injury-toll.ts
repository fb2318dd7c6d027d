/**
 * Wounding is an assault on the wounded (ASSAULT), but «إصابة»، «أصيب» and «جرح» also tell
 * illness, sports injuries and hurt feelings. The word tells an attack's toll when a wound or a
 * shot follows it (أصيب ضابطان بجروح، بعد إصابته بمقذوف، إصابته بطلق ناري) or when it is the
 * result of what came before (أدى إلى إصابة ضابطين، أسفر عن إصابة).
 * Wounded joined by «و» to the killed of the same report (قتل 11 شخصا وجرح 30، مقتل طفل وإصابة
 * أفراد عائلته) are hurt by the same attack: the pairing itself tells an attack's toll, so the
 * wounding is an event of its own beside the killing, even with no wound word after it.
 */
import type { Lemma } from '../lexicon.js';
import { type Doc, sentenceOf } from './context.js';
import { isBoundary } from './lexicon-sets.js';
import type { Candidate } from './types.js';

/** The folded citation forms of the lemmas of wounding. */
export const INJURY_LABELS = new Set(['إصابة', 'أصيب', 'جرح']);

// Not «وفاة» (a death, by accident or illness as often as by attack).
const KILLING = /^(و)?(مقتل|قتل|قتلا|قتلوا|قتلت|استشهاد|استشهد|استشهدوا|مصرع)$/;
const WOUND = /^(ب)(جروح|جرح|حروق|رصاص|رصاصه|طلق|طلقات|عيار|مقذوف|شظايا|شظيه|اعيره)$/;
const CLAUSE_END = /^[.؛:!?؟]$/;
const RESULT_VERB = /^(ما|مما)?(و)?(ادي|ادت|يؤدي|تؤدي|اسفر|اسفرت|يسفر|تسفر)$/;

/**
 * The killing word that the wounding word at i, joined by «و», follows in its clause, past commas
 * and brackets (استشهاد رضيع يبلغ 18 شهرا، وإصابة بقية أفراد عائلته); -1 when there is none.
 */
function killingBefore(doc: Doc, i: number): number {
  const { tokens } = doc;
  if (!tokens[i]!.norm.startsWith('و')) return -1;
  for (let k = i - 1; k >= i - 12 && k >= 0 && sentenceOf(doc, k) === sentenceOf(doc, i); k--) {
    if (CLAUSE_END.test(tokens[k]!.norm)) return -1;
    if (KILLING.test(tokens[k]!.norm)) return k;
  }
  return -1;
}

/** Whether the wounding word at token i tells the toll of an attack. */
export function injuryToll(doc: Doc, lemma: Lemma, i: number): boolean {
  const { tokens } = doc;
  const same = (k: number) => k >= 0 && k < tokens.length && sentenceOf(doc, k) === sentenceOf(doc, i);
  // Illness and the like (إصابته بفيروس) stay out.
  for (let k = i + 1; k <= i + lemma.notNextWindow && same(k); k++) if (lemma.notNext.has(tokens[k]!.norm)) return false;
  if (killingBefore(doc, i) >= 0) return true;
  // The wounded may stand in between (أصيب ثلاثة جنود أتراك بجروح).
  for (let k = i + 1; k <= i + 6 && same(k); k++) {
    if (isBoundary(tokens[k]!)) break;
    if (WOUND.test(tokens[k]!.norm)) return true;
  }
  // The result names who was hurt (إصابة ضابطين، إصابته); «أدى إلى الإصابة ب…» names a state.
  return same(i - 2) && /^(الي|عن)$/.test(tokens[i - 1]!.norm) && RESULT_VERB.test(tokens[i - 2]!.norm) && !/^(و)?ال/.test(tokens[i]!.norm);
}

/**
 * The wounded joined by «و» to the killed (قتل جنديان وجرح أربعة، مقتل 12 مسلحا وإصابة العشرات) were
 * hurt by the same attack: a wounding with no doer or victim of its own takes those of the killing.
 */
export function woundedWithKilled(doc: Doc, kept: Candidate[]): void {
  const at = new Map(kept.map((c) => [c.tok, c]));
  for (const c of kept) {
    if (c.type !== 'ASSAULT' || !INJURY_LABELS.has(c.lemma.label)) continue;
    const killed = at.get(killingBefore(doc, c.tok));
    if (killed?.type !== 'ASSAULT') continue;
    if (c.actor.length === 0) c.actor = [...killed.actor];
    if (c.recipient.length === 0) c.recipient = [...killed.recipient];
  }
}
