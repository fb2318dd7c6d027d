/**
 * «جماعة الحوثي والقوات الموالية للرئيس السابق علي عبد الله صالح»: forces named only by their
 * allegiance stand for the party they are loyal to (the guideline's members and groups of a
 * party), so a chain of coordinated parties goes on through them. Only a party named right after
 * the ل, or after a title (للرئيس المخلوع X); a government (لحكومة الرئيس) or a pronoun (لهم)
 * names no one.
 */
import { bareWord } from '../lexicon.js';
import { type Doc, isAdjective } from './context.js';
import { LOYAL, TITLES } from './lexicon-sets.js';
import type { MentionRef } from './types.js';

/** Bodies of armed men that allegiance may name (قوات، ميليشيات، وحدات). */
const FORCES = /^(و)?(ال)?(قوات|ميليشيات|مليشيات|وحدات|كتائب|عناصر|مسلحي|مقاتلي)$/;

/** The party that forces coordinated at token k (والقوات الموالية ل…) are loyal to. */
export function loyalForcesParty(doc: Doc, k: number, limit: number): MentionRef | undefined {
  const { tokens, bare, mentionAt } = doc;
  if (!/^و/.test(tokens[k]?.norm ?? '') || !FORCES.test(tokens[k]!.norm) || mentionAt[k]) return undefined;
  let j = k + 1;
  // One plain word between the head and the allegiance (والقوات اليمنية الموالية، وقوات الجيش الموالية).
  if (j < limit && !LOYAL.test(tokens[j]!.norm) && !mentionAt[j] && /^ال/.test(tokens[j]!.norm)) j++;
  else if (j < limit && mentionAt[j]?.first === j && isAdjective(mentionAt[j]!)) j = mentionAt[j]!.last + 1;
  if (j >= limit || !LOYAL.test(tokens[j]!.norm)) return undefined;
  j++;
  if (j >= limit || !/^ل/.test(tokens[j]!.norm)) return undefined;
  const direct = mentionAt[j];
  if (direct) return direct.first === j && !isAdjective(direct) ? direct : undefined;
  // «للرئيس اليمني السابق علي عبد الله صالح»: titles, a nisba and the person's name.
  const first = bareWord(tokens[j]!.norm.replace(/^لل/, 'ال').replace(/^ل/, ''));
  if (/حكوم/.test(first) || !(TITLES.has(first) || TITLES.has(bare[j]!))) return undefined;
  for (let n = j + 1; n < limit && n - j <= 4; n++) {
    const m = mentionAt[n];
    if (m && m.first === n) {
      if (isAdjective(m)) {
        n = m.last;
        continue;
      }
      return m.entity.type === 'PER' ? m : undefined;
    }
    if (!(TITLES.has(bare[n]!) || TITLES.has(tokens[n]!.norm) || /^(السابق|المخلوع|الشرعي|المعزول|اليمني)$/.test(tokens[n]!.norm))) return undefined;
  }
  return undefined;
}
