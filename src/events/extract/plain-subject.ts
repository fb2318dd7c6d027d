/**
 * «وخرج الآلاف إلى الميادين»، «وتجمع حوالي ألف شخص»، «وقُتل المدنيون عندما …»، «إن 300 شخص
 * اعتُقلوا خلال المداهمات»: the verb's subject is told, and it is a crowd or a count of people
 * with no name. The doer is then no party of the text: not the one who reports it, not the
 * subject of a verb before it, not a name further on.
 *
 * - After an intransitive verb (a gathering, a march) any count or crowd is its subject.
 * - After another verb only a definite plural with its nominative ون is surely the subject
 *   (وقتل المدنيون): an accusative may be the object of a subject carried over.
 * - Before a verb in the plural after أن/إن, a count of people whose verb has no object after
 *   it is the subject of a passive or of an intransitive verb (أن 40 شخصا قتلوا في الانفجار).
 */
import { type Doc, inQuantity } from './context.js';
import { DAY_WORDS, isBoundary } from './lexicon-sets.js';
import type { Candidate } from './types.js';

/** Words that open a count or a crowd (حوالي ألف، الآلاف، عشرات). */
const CROWD = /^(حوالي|نحو|قرابه|زهاء|اكثر|اقل|ما|الاف|الالاف|مئات|المئات|عشرات|العشرات|الف|مئه|حشود|الحشود|جموع|الجموع)$/;

/** A definite sound plural in the nominative (المدنيون، المتظاهرون). */
const NOMINATIVE_PLURAL = /^ال..+ون$/;

/** Complementisers that open a nominal clause (إن 40 شخصا قتلوا). */
const THAT = /^(و|ف)?(ان|بان|لان)$/;

/** Whether token k opens a plain count or crowd: a number, a word of count, no name and no event. */
function crowdAt(doc: Doc, k: number): boolean {
  const { tokens, mentionAt, isCandidate } = doc;
  const t = tokens[k];
  if (!t || mentionAt[k] || isCandidate[k]) return false;
  return inQuantity(doc, k) || CROWD.test(t.norm);
}

/** The subject after the verb at v is a plain crowd, count or nominative plural. */
function plainAfter(doc: Doc, c: Candidate, v: number): boolean {
  const { tokens, mentionAt, isCandidate } = doc;
  let k = v + 1;
  if (tokens[k] && DAY_WORDS.has(tokens[k]!.norm)) k++;
  const t = tokens[k];
  if (!t || t.sentence !== tokens[v]!.sentence) return false;
  const plain = (c.lemma.intransitive && crowdAt(doc, k)) || (NOMINATIVE_PLURAL.test(t.norm) && !mentionAt[k] && !isCandidate[k]);
  return plain && !namesParty(doc, k);
}

/**
 * Whether the noun phrase opening at k names a party (آلاف العراقيين، الآلاف من أنصار الحزب،
 * المتظاهرون الأكراد): then the crowd stands for it. The phrase ends at punctuation, at a
 * preposition of place or time, or after six words.
 */
function namesParty(doc: Doc, k: number): boolean {
  const { tokens, mentionAt } = doc;
  for (let j = k; j < tokens.length && j - k < 6; j++) {
    const t = tokens[j]!;
    if (t.sentence !== tokens[k]!.sentence || isBoundary(t) || /^(في|الي|علي|امام|خلال|عند|ضد)$/.test(t.norm)) return false;
    if (mentionAt[j]) return true;
  }
  return false;
}

/** A count of people opens the clause after أن, and the plural verb at v has no object after it. */
function countBefore(doc: Doc, v: number): boolean {
  const { tokens, mentionAt } = doc;
  if (!/وا$/.test(tokens[v]!.norm)) return false;
  let k = v - 1;
  // Back over the counted noun and its asides (297 شخصا بينهم 37 أجنبيا), at most a few words, no name.
  while (k > 0 && v - k <= 6 && !THAT.test(tokens[k]!.norm)) {
    if (mentionAt[k] || isBoundary(tokens[k]!) || tokens[k]!.sentence !== tokens[v]!.sentence) return false;
    k--;
  }
  if (!THAT.test(tokens[k]?.norm ?? '') || !crowdAt(doc, k + 1)) return false;
  const next = tokens[v + 1];
  return next === undefined || next.sentence !== tokens[v]!.sentence || isBoundary(next) || /^(في|خلال|جراء|اثر|بعد|عند|عندما|حين|اليوم|امس)$/.test(next.norm);
}

/** Verbs whose subject is a plain crowd or count: their doer is no party, so an actor found elsewhere is cleared. */
export function plainSubjects(doc: Doc): void {
  for (const c of doc.cands) {
    if (c.actor.length === 0 || c.reading.pos !== 'verb' || c.verbAt !== c.tok || c.passive || c.inverse) continue;
    if (plainAfter(doc, c, c.tok) || countBefore(doc, c.tok)) {
      c.actor = [];
      c.actorFrom = 'none';
    }
  }
}
