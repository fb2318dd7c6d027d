/**
 * «أطلق جندي إسرائيلي النار على شاب»، «طعن شاب فلسطيني جنديا»: right after an attack verb, a
 * single noun with its nisba and then the verb's object (النار, or an indefinite noun in the
 * accusative, جنديا). Unvocalised, the verb alone could be passive (قتل جندي إسرائيلي في
 * هجوم: the soldier is the victim); the object after the nisba shows it is active, so the
 * nisba's party is the subject. The head noun is a single person (مستوطن، جندي، شاب), which
 * the subject search of head nouns (قوات، مستوطنون) does not cover.
 */
import { type Doc, isAdjective } from './context.js';
import { DAY_WORDS } from './lexicon-sets.js';
import type { MentionRef } from './types.js';

/** Objects of firing (أطلق … النار، فتح … النيران). */
const FIRE = new Set(['النار', 'الرصاص', 'النيران']);
/** Adverbs in the accusative that are no object (صباحا، ليلا). */
const ADVERBS = new Set(['صباحا', 'مساء', 'ليلا', 'فجرا', 'ظهرا', 'عصرا', 'نهارا', 'ايضا', 'مجددا', 'مؤخرا', 'حاليا', 'سابقا', 'عمدا']);

/** A plain word: no name, no event word, no clitic article or preposition. */
function plain(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  return t !== undefined && t.kind === 'word' && !doc.mentionAt[k] && !doc.isCandidate[k] && !/^(ال|و|ف|ب|ل)/.test(t.norm);
}

/** An indefinite noun in the accusative (جنديا، شابا), not a participle of manner (متأثرا، مصابا) nor an adverb. */
function accusativeObject(doc: Doc, k: number): boolean {
  const w = doc.tokens[k]!.norm;
  return plain(doc, k) && w.length >= 4 && w.endsWith('ا') && !w.startsWith('م') && !ADVERBS.has(w) && !DAY_WORDS.has(w);
}

/** The nisba of the subject of the verb at v when a noun, its nisba and an object follow it. */
export function subjectBeforeObject(doc: Doc, v: number, end: number): MentionRef | undefined {
  const { tokens, mentionAt } = doc;
  if (v + 3 >= end || !plain(doc, v + 1) || tokens[v + 1]!.norm.endsWith('ا') || DAY_WORDS.has(tokens[v + 1]!.norm)) return undefined;
  const m = mentionAt[v + 2];
  if (!m || m.first !== v + 2 || m.last !== v + 2 || !isAdjective(m) || tokens[v + 2]!.norm.endsWith('ا')) return undefined;
  const o = v + 3;
  return FIRE.has(tokens[o]!.norm) || accusativeObject(doc, o) ? m : undefined;
}
