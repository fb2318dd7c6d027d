/**
 * The party of the victims of an attack or an arrest, when the text names the victims by a count
 * or a noun of soldiers, members or civilians rather than by the party itself: «قُتل أربعة من
 * عناصر الجيش»، «اغتال مسلحون ثلاثة من أفراد الشرطة»، «قتل 14 جنديا جزائريا»، «مقتل عشرة من
 * عناصر التنظيم»، «خطفت الجبهة ثمانية عناصر من الفرقة»، «قتل 25 جنديا بالقوات الخاصة». The
 * guideline lets members of a party and a group named by its nisba stand for the party, so that
 * party is the recipient.
 */
import { normaliseString } from '../../text/normalise/normalise.js';
import { type Doc, forwardEnd, inQuantity, isAdjective, sentenceOf } from './context.js';
import { DAY_WORDS, isBoundary, isCasualtyNoun, THAT_CLAUSE } from './lexicon-sets.js';
import { coordinated, isLocative, prepOf } from './mentions.js';
import type { Candidate, MentionRef } from './types.js';

/** Nouns of soldiers, fighters, members and civilians (folded, without و). */
const VICTIM = /^(جندي|جنديا|جنديان|جنديين|جنود|عسكري|عسكريا|عسكريان|عسكريين|عنصر|عنصرا|عنصران|عنصرين|عناصر|افراد|فردا|منتسبي|منسوبي|مقاتل|مقاتلا|مقاتلين|مقاتلي|ضابط|ضابطا|ضباط|شرطي|شرطيا|شرطيين|رجال|رجل|مدني|مدنيا|مدنيان|مدنيين|مواطن|مواطنا|مواطنين|مواطني|قيادي|قياديا|قياديين|قيادات|اعضاء|عضوا|حراس|حارسا)$/;

/** Nouns of membership between من and the party (ثلاثة من عناصر الجيش، من منسوبي القوات). */
const MEMBERS_OF = /^(عناصر|افراد|منسوبي|منتسبي|جنود|مقاتلي|ضباط|رجال|اعضاء|صفوف|قيادات|مواطني)$/;

/** Number words a count of victims is told with (the quantity layer finds most figures). */
const NUMBER_WORD = /^(و)?(اثنين|اثنان|ثلاثه|اربعه|خمسه|سته|سبعه|ثمانيه|تسعه|عشره|عشر|احد|احدي|عشرين|عشرون|ثلاثين|اربعين|خمسين|مئه|عشرات|مئات|الاف|عدد|عددا|بضعه)$/;

/** Plain words of an unnamed subject an active verb may have before its object (مسلحون مجهولون، مجموعة إرهابية). */
const UNNAMED_SUBJECT = /^(مسلحون|مسلحين|مسلح|مسلحان|مجهولون|مجهولين|مجهول|مجهولان|مجموعه|ارهابيه|ارهابيون|متمردون|عناصر|قوات|الشرطه|الجيش|القوات|طائرات|مقاتلات|انتحاري|انتحاريون|ملثمون)$/;

/** Words before a count that make it approximate. */
const APPROXIMATELY = /^(نحو|حوالي|قرابه|زهاء|اكثر|اقل|قرابة)$/;

/** Whether token k is a count: a figure the quantity layer found, or a number word. */
export const countWordAt = (doc: Doc, k: number) => inQuantity(doc, k) || NUMBER_WORD.test(doc.tokens[k]!.norm);

/** A party mention starting at k (no preposition before it), or undefined. */
function partyAt(doc: Doc, k: number, withPrep: boolean): MentionRef | undefined {
  const m = doc.mentionAt[k];
  if (!m || m.first !== k) return undefined;
  if (m.entity.type !== 'ORG' && m.entity.type !== 'GPE') return undefined;
  if (!isAdjective(m) && !withPrep && prepOf(doc, m) !== undefined) return undefined;
  return m;
}

/** After من (or a ب of belonging): the party past member nouns (من عناصر الجيش). */
function partyAfterOf(doc: Doc, k: number, end: number): MentionRef | undefined {
  const { tokens } = doc;
  let j = k;
  while (j < end && j - k < 2 && !doc.mentionAt[j] && MEMBERS_OF.test(tokens[j]!.norm)) j++;
  if (j >= end) return undefined;
  const m = partyAt(doc, j, true);
  // A place after من is where the victims come from unless they are its members or citizens (من مواطني نينوى).
  return m && !isAdjective(m) && (m.entity.type === 'ORG' || j > k) && !isLocative(doc, m) ? m : undefined;
}

/** The victims' party in the phrase that starts at k: a count, a victim noun, then the party. */
export function victimPartyAt(doc: Doc, k: number, end: number): MentionRef | undefined {
  const { tokens, mentionAt } = doc;
  let j = k;
  let counted = false;
  // «نحو 390 مقاتلا»، «أكثر من ألفي عراقي»: a count told as approximate.
  if (j < end && APPROXIMATELY.test(tokens[j]!.norm)) j += tokens[j + 1]?.norm === 'من' ? 2 : 1;
  while (j < end && j - k < 5 && !mentionAt[j] && countWordAt(doc, j)) {
    j++;
    counted = true;
  }
  if (j >= end) return undefined;
  const w = tokens[j]!.norm;
  // «أربعة من عناصر الجيش»، «عشرة من تنظيم داعش».
  if (counted && w === 'من' && j + 1 < end) return partyAfterOf(doc, j + 1, end);
  // «ستة حوثيين»: a count and a group named as the party.
  if (counted && mentionAt[j]) {
    const m = partyAt(doc, j, false);
    return m && !isAdjective(m) ? m : undefined;
  }
  if (mentionAt[j] || !VICTIM.test(w) || j + 1 >= end) return undefined;
  const n = j + 1;
  const next = mentionAt[n];
  // «جنديان تركيان»، «14 جنديا جزائريا».
  if (next && next.first === n && isAdjective(next)) return partyAt(doc, n, false);
  // «عناصر الجيش اللبناني»: the party in the genitive (only after a count, or for a passive or a noun).
  if (next && next.first === n && !isAdjective(next)) {
    const p = prepOf(doc, next);
    // «جندياً بالقوات الخاصة»، «عنصرا من حزب الله» told with a clitic.
    // Not a place (مدنيا بمدينة المخا).
    if ((p === undefined || p === 'ب' || p === 'من') && !isLocative(doc, next) && (p === undefined || next.entity.type === 'ORG')) return partyAt(doc, n, true);
    return undefined;
  }
  // «عنصران من الشرطة التركية»، «ثمانية عناصر من الفرقة 30».
  if (tokens[n]!.norm === 'من' && n + 1 < end) return partyAfterOf(doc, n + 1, end);
  // «قياديا في تنظيم داعش»: a member in a body.
  if (tokens[n]!.norm === 'في' && n + 1 < end) {
    const m = partyAfterOf(doc, n + 1, end);
    return m && m.entity.type === 'ORG' ? m : undefined;
  }
  return undefined;
}

/** Words a verb of killing without an object may be followed by (قتلوا في غارة، قتلا وجرح آخرون، اعتقلوا أمس). */
const NO_OBJECT_AFTER = /^(في|خلال|علاوه|جراء|اثر|عندما|حين|حينما|بعد|قبل|علي|منذ|برصاص|بنيران|بقصف|بانفجار|بغاره|اثناء|عقب|بسبب|نتيجه)$/;

/** Verbs whose subject before them, without an object after, is the one killed or held (lemma labels, folded). */
export const SUFFERED = new Set(['قتل', 'اغتال', 'اعدم', 'اعتقل', 'اوقف', 'اسر', 'خطف', 'اختطف', 'جرح', 'احتجز', 'ذبح']);

/**
 * «أفادت الوكالة أن 390 مقاتلا من حزب العمال قتلوا»، «إن جنديين تركيين قتلا»: the victims named
 * before a verb of killing or arrest that has no object after it are its subject acted upon.
 */
function victimsBefore(doc: Doc, c: Candidate): MentionRef | undefined {
  const { tokens, bare, mentionAt, isCandidate } = doc;
  const i = c.tok;
  if (!SUFFERED.has(normaliseString(c.lemma.label))) return undefined;
  const next = tokens[i + 1];
  const noObject = next === undefined || isBoundary(next) || NO_OBJECT_AFTER.test(next.norm) || DAY_WORDS.has(next.norm) || DAY_WORDS.has(bare[i + 1]!)
    || (/^و/.test(next.norm) && bare[i + 1] !== next.norm && !mentionAt[i + 1]);
  if (!noObject || sentenceOf(doc, i + 1) !== sentenceOf(doc, i) && next !== undefined && !isBoundary(next)) return undefined;
  let s = i - 1;
  while (s >= 0 && i - s <= 12 && sentenceOf(doc, s) === sentenceOf(doc, i) && !THAT_CLAUSE.test(tokens[s]!.norm) && !isBoundary(tokens[s]!)) s--;
  if (s < 0 || i - s > 12 || !(THAT_CLAUSE.test(tokens[s]!.norm) || tokens[s]!.norm === ':')) return undefined;
  const party = victimPartyAt(doc, s + 1, i);
  if (!party) return undefined;
  // Between the party and the verb: its adjectives, or victims coordinated with it (وحارسا مسلحا).
  const rest = tokens.slice(party.last + 1, i);
  if (rest.length > 4 || rest.some((t, n) => isBoundary(t) || isCandidate[party.last + 1 + n])) return undefined;
  return party;
}

/**
 * Sets the recipient of each attack or arrest kept with none from the victims named right after
 * its trigger (past days, a named subject, or an unnamed subject of an active verb).
 */
export function victimParties(doc: Doc, kept: readonly Candidate[]): void {
  const { tokens, bare, mentionAt } = doc;
  for (const c of kept) {
    if ((c.type !== 'ASSAULT' && c.type !== 'COERCE') || c.inverse || c.recipient.length > 0) continue;
    const verb = c.reading.pos === 'verb';
    const active = verb && !c.passive;
    if (verb) {
      const before = victimsBefore(doc, c);
      if (before) {
        const ids = isAdjective(before) ? [before.entity.id] : coordinated(doc, before, c.tok).ids;
        c.actor = c.actor.filter((id) => !ids.includes(id));
        c.recipient = ids;
        continue;
      }
    }
    if (!verb && !(c.reading.pos === 'noun' && (isCasualtyNoun(bare[c.tok]!) || c.lemma.genitive === 'recipient') && !c.reading.pronoun)) continue;
    const end = forwardEnd(doc, c.tok, 14);
    let k = c.tok + 1;
    let gap = false;
    while (k < end && k - c.tok <= 7 && sentenceOf(doc, k) === sentenceOf(doc, c.tok)) {
      const t = tokens[k]!;
      if (DAY_WORDS.has(t.norm) || DAY_WORDS.has(bare[k]!)) {
        k++;
        continue;
      }
      const m = mentionAt[k];
      // An active verb's named subject before its object (وقتل الجيش عشرين من عناصر التنظيم).
      if (active && m && m.first === k && c.actor.includes(m.entity.id) && prepOf(doc, m) === undefined) {
        k = m.last + 1;
        continue;
      }
      if (active && !m && !gap && UNNAMED_SUBJECT.test(t.norm.replace(/^و/, ''))) {
        gap = true;
        k++;
        // Its adjective (مسلحون مجهولون، مجموعة إرهابية).
        if (k < end && !mentionAt[k] && /^(مجهول|ارهابي|مسلح)/.test(tokens[k]!.norm)) k++;
        continue;
      }
      break;
    }
    if (k >= end) continue;
    // An active verb right before a noun of soldiers or members: they may be its subject (هاجم عناصر من
    // التنظيم), unless counted or in the nominative a verb without its vowels reads as passive (قتل جنديان).
    if (active && k === c.tok + 1 && c.actor.length === 0 && !countWordAt(doc, k) && !/(ان|ون)$/.test(tokens[k]!.norm)) continue;
    const party = victimPartyAt(doc, k, end);
    if (!party) continue;
    let ids = isAdjective(party) ? [party.entity.id] : coordinated(doc, party, end).ids;
    // «اغتال مسلحون ثلاثة من أفراد الشرطة»: the victims' party was taken for the subject.
    if (gap && c.subjectAfter && c.subjectAfter.first === party.first) {
      c.actor = c.actor.filter((id) => !ids.includes(id));
    }
    ids = ids.filter((id) => !c.actor.includes(id));
    if (ids.length > 0) c.recipient = ids;
  }
}
