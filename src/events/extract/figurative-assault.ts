/**
 * Words of war and violence used in a figurative sense, as Arabic commentary often does:
 * - a noun qualified by a domain other than arms: «الغزو الفكري»، «معركة إلكترونية افتراضية»،
 *   «حرب إعلامية»، «معركة سياسية»، «الحرب الاقتصادية»؛
 * - a battle about a question: «معركته حول الآلية الحكومية»؛
 * - the explosion of a situation or a region: «تفجير الوضع»، «انفجارا إقليميا، وتفجيرا داخليا»؛
 * - an invasion by ideas, strife or weather: «فتن الشبهات التي غزت كثيرا من الشباب»، «موجة الحر
 *   التي تجتاح الشرق الأوسط»، «غزو الأفكار».
 * None of them is an armed or violent attack.
 */
import { normaliseString } from '../../text/normalise/normalise.js';
import { type Doc, sentenceOf } from './context.js';
import { isBoundary, RELATIVES } from './lexicon-sets.js';
import type { Candidate } from './types.js';

/** Adjectives of a domain other than arms (folded; with or without the article, -ة as ه, -ا for the accusative). */
const DOMAIN = /^(ال)?(فكري|ثقافي|اعلامي|سياسي|انتخابي|اقتصادي|تجاري|افتراضي|دبلوماسي|كلامي|لفظي|نفسي|اخلاقي|قانوني|قضائي|فكر|اقليمي|داخلي|اجتماعي|سكاني|طائفي)(ه|ا|يا|يه)?$/;
/** Domain adjectives that make only an explosion figurative (an attack may be regional or sectarian). */
const EXPLOSION_ONLY = /^(ال)?(اقليمي|داخلي|اجتماعي|سكاني|طائفي)(ه|ا|يا|يه)?$/;
/** What explodes figuratively. */
const SITUATION = /^(ال)?(وضع|اوضاع|موقف|ازمه|ازمات|صراع|شارع|غضب|منطقه)$/;
/** Subjects or objects of an invasion that are no armed party. */
const ABSTRACT = /^(ال)?(فتن|فتنه|شبهات|افكار|فكر|موجه|موجات|ظاهره|ظواهر|امراض|مرض|وباء|ثقافه|مخدرات|شائعات|حر|حراره|جراد|منتجات|سلع|بضائع)$/;

/** Words of a battle or a war, which may be about a question (معركته حول الآلية): bare, folded. */
const BATTLE = /^(ال)?(معركه|معارك|معركت|حرب|حروب)/;
const EXPLOSION = new Set(['فجّر', 'انفجر'].map((w) => normaliseString(w)));

/** Whether the ASSAULT candidate c is a figurative war, battle, explosion or invasion. */
export function figurativeAssault(doc: Doc, c: Candidate): boolean {
  if (c.type !== 'ASSAULT') return false;
  const { tokens, bare } = doc;
  const label = normaliseString(c.lemma.label);
  const explosion = EXPLOSION.has(label);
  const same = (k: number) => k >= 0 && k < tokens.length && sentenceOf(doc, k) === sentenceOf(doc, c.tok) && !isBoundary(tokens[k]!);
  if (c.reading.pos !== 'verb') {
    // The adjectives right after the noun (its first two words).
    for (let k = c.tok + 1; k <= c.tok + 2 && same(k); k++) {
      const w = tokens[k]!.norm.replace(/^و(?=..)/, '');
      if (DOMAIN.test(w) && (explosion || !EXPLOSION_ONLY.test(w))) return true;
      if (k === c.tok + 1 && /^(حول|بشان)$/.test(w) && BATTLE.test(bare[c.tok]!)) return true;
      if (k === c.tok + 1 && explosion && SITUATION.test(w)) return true;
      if (k === c.tok + 1 && invasion(doc, c) && ABSTRACT.test(bare[k]!)) return true;
    }
    return false;
  }
  // A verb of invading whose subject, before it (its relative clause's head), is no party.
  if (!invasion(doc, c)) return false;
  for (let k = c.tok - 1; k >= c.tok - 4 && same(k); k--) {
    if (RELATIVES.has(tokens[k]!.norm)) continue;
    if (ABSTRACT.test(bare[k]!) || ABSTRACT.test(tokens[k]!.norm)) return true;
  }
  return false;
}

/** Whether c is a word of invading or sweeping over (غزا، اجتاح), whose lemma is listed by forms. */
function invasion(doc: Doc, c: Candidate): boolean {
  return c.lemma.mode === 'occupy' && /(غز|جتاح|جتي)/.test(doc.tokens[c.tok]!.norm);
}
