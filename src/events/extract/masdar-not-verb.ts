/**
 * The form بحث, which the lexicon reads only as the verb «discussed», is its masdar where no verb
 * can stand:
 * right after a preposition («إلى جانب بحث المستجدات»، «في بحثه»، «على بحث القضايا»), or after a
 * passive auxiliary past a phrase of circumstance («وجرى خلال الاستقبال بحث العلاقات»). That masdar
 * names what a meeting dealt with or a piece of research, not an act of its own. (Only this lemma:
 * the masdars of other verb-only lemmas — «بناء على طلبه»، «عن منع سعوديين» — are acts; and «من»
 * before a verb is mostly the relative «who», «كل من انضم».)
 */
import type { Doc } from './context.js';

/** Prepositions and the nouns of compound ones (إلى جانب، في إطار) that govern a masdar. */
const GOVERNING = /^(علي|الي|في|عن|حول|نحو|خلال|اثناء|جانب|اطار|مواصله|لمواصله)$/;
const CIRCUMSTANCE = /^(خلال|اثناء)$/;

/** Whether the form of بحث at i stands where a verb cannot, so it is a masdar. */
export function masdarNotVerb(doc: Doc, i: number): boolean {
  const { lex, tokens } = doc;
  const prev = tokens[i - 1];
  if (!prev || prev.sentence !== tokens[i]!.sentence) return false;
  if (GOVERNING.test(prev.norm)) return true;
  // «وجرى خلال الاستقبال بحث …»: an auxiliary, a circumstance and its noun, then the masdar.
  const aux = tokens[i - 3];
  return aux !== undefined && aux.sentence === prev.sentence && CIRCUMSTANCE.test(tokens[i - 2]!.norm)
    && lex.passiveAux.has(aux.norm.replace(/^(و|ف)/, ''));
}
