/**
 * «هاتف» is the verb «to phone» and the noun «telephone». The lexicon knows the verb, but in the
 * news the noun is far the commoner (هاتفها الذكي، رقم هاتف، مليون هاتف آيفون) and names no
 * contact. The forms both share are read as the verb only when a party stands on either side:
 * the one called or the caller after it, past titles (وهاتف الملك سلمان الرئيس باراك أوباما،
 * هاتفه الرئيس الأمريكي), or the caller before it (وكان الرئيس قد هاتف، الذي هاتفه، أوباما هاتف).
 * Forms only the verb has (هاتفت، يهاتف، هاتفوا) are left alone.
 */
import { type Doc, inQuantity, isAdjective, sentenceOf } from './context.js';
import { APPOSITION_HEADS, DAY_WORDS, isBoundary, RELATIVES, SEPARATE_PREPS, TITLES } from './lexicon-sets.js';
import { prepOf } from './mentions.js';
import type { MentionRef } from './types.js';

/** Forms the verb shares with the noun: the bare stem, with a pronoun, or with the ending ـا (هاتفا: «they two phoned», «a phone»). */
const SHARED_FORM = /^(و|ف)?هاتف(ه|ها|هم|هما|ا|ي|نا|ك|كم)?$/;

/**
 * Words after which هاتف is a noun: a preposition, the head of its construct (رقم هاتف، جهاز
 * هاتف، خط هاتف، أول هاتف، أي هاتف), or a verb of having or holding it (يملك هاتفا، أمسك هاتفه).
 */
const NOUN_BEFORE = new RegExp(
  '^(و|ف)?(رقم|ارقام|جهاز|اجهزه|خط|خطوط|شاشه|كاميرا|سعر|اسعار|بطاريه|طراز|اول|اي|كل|مستخدم|مستخدمي|صاحب|اصحاب'
  + '|يملك|تملك|يمتلك|يحمل|يستخدم|تستخدم|امسك|اطلق|اطلقت|طرح|طرحت|باع|باعت|شراء|اقتناء|بيع)$',
);

/** Words that may stand between هاتف and the party after it: days and the words of a title (its nisbas are mentions). */
function titleOrDay(doc: Doc, k: number): boolean {
  const { tokens, bare } = doc;
  const w = tokens[k]!.norm;
  return TITLES.has(w) || TITLES.has(bare[k]!) || APPOSITION_HEADS.has(w) || DAY_WORDS.has(w) || DAY_WORDS.has(bare[k]!);
}

/** A person or a state: the parties that phone or are phoned (an organisation here is most often a maker of phones). */
function callingParty(m: MentionRef | undefined): boolean {
  return m !== undefined && !isAdjective(m) && (m.entity.type === 'PER' || m.entity.type === 'GPE');
}

/** A party named right after token i, past titles and days, unmarked by a preposition. */
function partyAfter(doc: Doc, i: number): boolean {
  const { tokens, mentionAt } = doc;
  for (let k = i + 1; k < tokens.length && k - i <= 7 && sentenceOf(doc, k) === sentenceOf(doc, i); k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') return false;
    const m = mentionAt[k];
    // A nisba in a title (الرئيس الفلسطيني محمود عباس) is part of it.
    if (m && isAdjective(m)) continue;
    if (m) return m.first === k && callingParty(m) && prepOf(doc, m) === undefined;
    if (!titleOrDay(doc, k)) return false;
  }
  return false;
}

/** A caller named before token i: after «قد» or a relative pronoun, or a name that opens the clause right before it. */
function partyBefore(doc: Doc, i: number): boolean {
  const { tokens, mentionAt } = doc;
  if (i === 0 || sentenceOf(doc, i - 1) !== sentenceOf(doc, i)) return false;
  const prev = tokens[i - 1]!.norm;
  if (/^(و|ف|ل)?قد$/.test(prev) || RELATIVES.has(prev)) return true;
  const m = mentionAt[i - 1];
  if (!callingParty(m) || m!.last !== i - 1) return false;
  const before = m!.first - 1;
  return before < 0 || sentenceOf(doc, before) !== sentenceOf(doc, i) || isBoundary(tokens[before]!);
}

/**
 * Whether the verb reading of the form at token i is rather the noun «telephone»: a form the noun
 * shares, with no party on either side, or after a number, a preposition or the head of its construct.
 */
export function phoneNotCall(doc: Doc, i: number): boolean {
  const { tokens } = doc;
  const w = tokens[i]!.norm;
  if (!SHARED_FORM.test(w)) return false;
  if (i > 0 && sentenceOf(doc, i - 1) === sentenceOf(doc, i)) {
    const prev = tokens[i - 1]!.norm.replace(/^(و|ف)(?=..)/, '');
    if (inQuantity(doc, i - 1) || SEPARATE_PREPS.has(prev) || NOUN_BEFORE.test(tokens[i - 1]!.norm)) return true;
  }
  return !partyAfter(doc, i) && !partyBefore(doc, i);
}
