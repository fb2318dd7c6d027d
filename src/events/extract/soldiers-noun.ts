/**
 * «جند» is the verb «to recruit» (جنّد) and the noun «soldiers» (جند، جنده، جندهم). The lexicon
 * knows the verb only, so the noun made false MOBILIZE events: «ناقلة جند»، «مقتل 4 مدنيين وجند»،
 * «يحف به جنده»، «وأمر الملك جنده بالتقدم»، «ضرب جند هذا الوطن»، «جند الخلافة». The forms both share
 * (no imperfect prefix) are read as the noun when the word before them cannot stand before a verb
 * there — a preposition, a number, the head of a construct, a verb, or (for a form with a pronoun)
 * the name of a party — or when a genitive that only a noun takes follows the bare form.
 * Forms only the verb has (يجند، تجند، جندت، جندوا، تجنيد) are left alone.
 */
import { type Doc, inQuantity, isAdjective, sentenceOf } from './context.js';
import { SEPARATE_PREPS } from './lexicon-sets.js';

/** Forms the verb shares with the noun: the bare stem, with a pronoun, or with the ending ـا (جندا: «soldiers»). */
const SHARED_FORM = /^(و|ف)?جند(ه|ها|هم|هما|نا|ا)?$/;

/** A preposition with a pronoun (به، لهم، عليه): a noun follows it, as in «يحف به جنده». */
const PREP_PRONOUN = /^(و|ف)?(ب|ل|عن|من|مع|علي|الي|في|فيه)(ه|ها|هم|هما)$/;

/** Heads of a construct whose genitive is «soldiers»: ناقلة جند، مقتل جند، قادة وجند. */
const NOUN_BEFORE = /^(و|ف)?(ناقله|ناقلات|ناقلتي|مقتل|اصابه|اعداد|عدد|الاف|مئات|عشرات|قائد|قاده|ضباط|ضابط|مدنيين|مدنيا|ضابطا|ضابطان)$/;

/** Genitives that make the bare form the noun: جند الله، جند الخلافة، جند هذا الوطن. */
const GENITIVE_AFTER = /^(الله|الرحمن|الحق|الاسلام|الخلافه|الشام|الاقصي|الوطن|الحرمين|هذا|هذه|تلك|ذلك)$/;

/** Whether token k is read as a verb by the candidates found so far (they are found in order). */
function verbBefore(doc: Doc, k: number): boolean {
  const last = doc.cands[doc.cands.length - 1];
  return last !== undefined && last.tok === k && last.reading.pos === 'verb';
}

/** Whether the verb reading of the form at token i (of the lemma جنّد) is rather the noun «soldiers». */
export function soldiersNotRecruiting(doc: Doc, i: number): boolean {
  const { tokens, mentionAt } = doc;
  const w = tokens[i]!.norm;
  const m = SHARED_FORM.exec(w);
  if (!m) return false;
  const pronoun = m[2] !== undefined && m[2] !== 'ا';
  const next = tokens[i + 1];
  if (!pronoun && next !== undefined && sentenceOf(doc, i + 1) === sentenceOf(doc, i) && GENITIVE_AFTER.test(next.norm)) return true;
  if (i === 0 || sentenceOf(doc, i - 1) !== sentenceOf(doc, i)) return false;
  const prevTok = tokens[i - 1]!;
  const prev = prevTok.norm.replace(/^(و|ف)(?=..)/, '');
  if (SEPARATE_PREPS.has(prev) || PREP_PRONOUN.test(prevTok.norm) || NOUN_BEFORE.test(prevTok.norm)) return true;
  // «ضرب جند هذا الوطن»، «أرسل جنده»; not a verb joined by و (ومول وجند وتعاطف مع …).
  if (m[1] === undefined && verbBefore(doc, i - 1)) return true;
  // «مائة جند، 241 جندا»; a pronoun form after a number is a relative clause (52 طفلا جندهم التنظيم).
  if (!pronoun && inQuantity(doc, i - 1)) return true;
  // «وأمر الملك جنده»: a party right before a form with a pronoun is its owner, not its subject.
  const before = mentionAt[i - 1];
  return pronoun && m[1] === undefined && before !== undefined && !isAdjective(before) && before.last === i - 1;
}
