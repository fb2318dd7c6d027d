/**
 * «هدد» and «أنذر» with a thing, not a party, as subject tell a danger, no threat:
 * - «ما قد يهدد اكتمال الصفقة»، «مما يهدد حياة السكان»: the subject is «ما», what happened;
 * - «مجاعة تهدد 21 مليون شخص»، «خطرا كبيرا يهدد بلدنا»: the subject is a calamity or a danger;
 * - «ينذر بكارثة»، «وينذر بانفجار الوضع»: the present of أنذر with «ب» is «portends».
 * A party threatens by saying so (هدد الحوثيون بالتصعيد، أنذرت الشرطة المحتجين).
 */
import { normaliseString } from '../../text/normalise/normalise.js';
import { type Doc, sentenceOf } from './context.js';
import type { Candidate } from './types.js';

const THREATEN_LEMMAS = new Set(['هدّد', 'أنذر'].map((w) => normaliseString(w)));
/** «ما» and «مما» as the subject; «قد» may stand between. */
const WHAT = /^(و)?(ما|مما)$/;
/** Calamities and dangers, bare (folded). */
const DANGER = /^(خطر|خطرا|اخطار|مخاطر|مجاعه|ازمه|ازمات|كارثه|وباء|مرض|امراض|جفاف|فيضانات|فيضان|تصحر|تلوث|عجز|فقر|ظاهره|افه|انهيار|تراجع)$/;
/** Present forms of أنذر (folded). */
const PORTENDS = /^(و|ف)?(ينذر|تنذر)$/;

/** Whether the THREATEN verb candidate c has a thing as its subject. */
export function endangers(doc: Doc, c: Candidate): boolean {
  if (c.type !== 'THREATEN' || c.reading.pos !== 'verb' || !THREATEN_LEMMAS.has(normaliseString(c.lemma.label))) return false;
  const { tokens, bare } = doc;
  const i = c.tok;
  const same = (k: number) => k >= 0 && k < tokens.length && sentenceOf(doc, k) === sentenceOf(doc, i);
  if (PORTENDS.test(tokens[i]!.norm) && same(i + 1) && /^ب/.test(tokens[i + 1]!.norm)) return true;
  if (!c.reading.imperfect) return false;
  let k = i - 1;
  if (same(k) && tokens[k]!.norm === 'قد') k--;
  if (!same(k)) return false;
  if (WHAT.test(tokens[k]!.norm)) return true;
  // The indefinite head of a clause with no relative pronoun, or its adjective before (خطرا كبيرا يهدد).
  for (let j = k; j >= i - 3 && same(j); j--) {
    if (DANGER.test(bare[j]!) && !/^(و|ف)?(ب|ل|ك)?ال/.test(tokens[j]!.norm)) return true;
  }
  return false;
}
