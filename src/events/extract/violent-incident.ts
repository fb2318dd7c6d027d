/**
 * «الحادث الإرهابي الذي وقع في المسجد»، «الحادثة الإجرامية التي تعرض لها رجال الأمن»، «العمل
 * الإجرامي الجبان»: an incident or a deed is an attack only by the word right after it that
 * qualifies it as terror or crime (the lexicon's `next` list, window 1: in «حادث التفجير الإرهابي»
 * the genitive التفجير is the attack and the qualifier is its own).
 * - A relative clause that it took place or was done (الحادث الذي وقع على طريق مكة، العمل الذي قام
 *   به الفريق) fits a road accident or any work too, so these nouns never become candidates by
 *   their clause alone.
 * - «عمل إرهابي» without the article is a description (وصفه بأنه «عمل إرهابي»، هو عمل إرهابي،
 *   الإسلام بريء من كل عمل إرهابي), not the report of a deed; only «العمل الإرهابي» tells one.
 * - After a demonstrative (لهذا الحادث الإجرامي) it takes up an attack told before; after «كل» or
 *   «أي» it is any attack of the kind (عقب كل حادثة إرهابية).
 * - After a verb of describing, «ب» + the noun is the description too (وصف المفتي التفجير …
 *   بالعمل الإجرامي، وصفت الحادث بالعمل الإرهابي).
 */
import type { Lemma } from '../lexicon.js';
import { type Doc, sentenceOf } from './context.js';

/** Labels (first noun) of the lemmas that need their qualifier. */
const QUALIFIED_ONLY = new Set(['حادث']);

/** Whether the lemma is an incident noun that an act clause alone does not make an attack. */
export function onlyByQualifier(lemma: Lemma): boolean {
  return QUALIFIED_ONLY.has(lemma.label);
}

/** Whether the incident noun at token i, of such a lemma, is no description: «عمل» needs the article. */
export function incidentTold(doc: Doc, i: number): boolean {
  const { tokens, bare } = doc;
  if (bare[i] === 'عمل' && !/^(و|ف)?(ب|ك)?ال|^(و|ف)?لل/.test(tokens[i]!.norm)) return false;
  // «لهذا الحادث الإجرامي»، «بهذا العمل»: an attack told before, taken up; «عقب كل حادثة إرهابية»: any.
  if (i > 0 && sentenceOf(doc, i - 1) === sentenceOf(doc, i) && TAKEN_UP.test(tokens[i - 1]!.norm)) return false;
  if (!/^(و|ف)?بال/.test(tokens[i]!.norm)) return true;
  for (let k = i - 1; k >= 0 && i - k <= 40 && sentenceOf(doc, k) === sentenceOf(doc, i); k--) {
    if (DESCRIBING.test(tokens[k]!.norm)) return false;
  }
  return true;
}

/** A demonstrative (also with ب or ل) or «كل»/«أي» before the noun. */
const TAKEN_UP = /^(و|ف)?(ب|ل|ك)?(هذا|هذه|ذلك|تلك|كل|اي)$/;

/** Verbs and participles of describing: what «ب» then names is the description. */
const DESCRIBING = /^(و|ف)?(وصف|وصفت|وصفوا|يصف|تصف|يصفون|واصفا|واصفه|واصفين)$/;
