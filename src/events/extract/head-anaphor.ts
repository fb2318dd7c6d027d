/**
 * «اعتقلت الشرطة التركية … . وقالت إن الشرطة أوقفت …»، «وطالب التحالف أنصاره»، «وقضت
 * المحكمة بسجن …»: Arabic news names a party once in full and then goes on with the head
 * noun of its name, made definite (الشرطة، التحالف، المحكمة، النظام، الحزب). A verb whose
 * subject is such a bare definite noun, and that no rule gave a doer, is done by the
 * nearest party named before whose name opens with that noun.
 */
import { bareWord } from '../lexicon.js';
import { type Doc, isAdjective } from './context.js';
import { DAY_WORDS, isBoundary, RELATIVE_PRONOUNS, THAT_CLAUSE } from './lexicon-sets.js';
import type { Candidate, MentionRef } from './types.js';

/** A head noun in one form for comparison: no article or clitic, a sound plural's ون read as ين. */
function head(norm: string): string {
  return bareWord(norm).replace(/ون$/, 'ين');
}

/** Heads that are no description of one party: words of number, kind and time. */
const NOT_HEADS = /^(كل|جميع|بعض|عدد|اغلب|معظم|اول|اخر|يوم|عام|شهر|اسبوع|طرفين|جانبين)$/;

/** A definite common noun at token k, outside any mention and any event word: a possible description. */
function bareDefinite(doc: Doc, k: number): boolean {
  const { tokens, mentionAt, isCandidate } = doc;
  const t = tokens[k];
  if (!t || t.kind !== 'word' || mentionAt[k] || isCandidate[k] || !/^(و)?ال../.test(t.norm)) return false;
  if (RELATIVE_PRONOUNS.has(t.norm) || DAY_WORDS.has(t.norm)) return false;
  if (NOT_HEADS.test(head(t.norm))) return false;
  // A noun with a name or a nisba right after it is part of a phrase the entity layer left apart.
  const next = mentionAt[k + 1];
  if (next !== undefined && next.first === k + 1) return false;
  // An adjective with its own complement (القوات الموالية للرئيس، القوات التابعة لها) makes another group.
  const adj = tokens[k + 1]?.norm ?? '';
  const after = tokens[k + 2]?.norm ?? '';
  return !(/^ال/.test(adj) && /^(ل|من$|مع$|عن$|علي$)/.test(after));
}

/** The token of the subject of the verb at v when it is a bare definite noun: right after the verb (past a word of time), or before it after أن. */
function subjectToken(doc: Doc, v: number, at: number): number | undefined {
  const { tokens } = doc;
  let k = v + 1;
  if (tokens[k] && DAY_WORDS.has(tokens[k]!.norm)) k++;
  // An event noun is the verb's object only near its subject (تمكنت المقاومة بعدها من السيطرة),
  // not a noun further on in a phrase of its own (يمر الاتحاد بأزمة منذ اعتقال …).
  if (tokens[k] && tokens[k]!.sentence === tokens[v]!.sentence && at - k <= 3 && bareDefinite(doc, k)) return k;
  const b = v - 1;
  if (b > 0 && at - v <= 2 && THAT_CLAUSE.test(tokens[b - 1]!.norm) && bareDefinite(doc, b) && !isBoundary(tokens[b]!)) return b;
  return undefined;
}

/** The nearest party named before token k by a name of several words that opens with k's noun. */
function antecedent(doc: Doc, k: number): MentionRef | undefined {
  const { tokens } = doc;
  const h = head(tokens[k]!.norm);
  // A definite adjective after the noun must be the name's own (اللجنة التنفيذية for اللجنة التنفيذية
  // للانتخابات): another one makes another party (الاتحاد الدولي after الاتحاد الأفريقي).
  const adj = /^ال/.test(tokens[k + 1]?.norm ?? '') ? tokens[k + 1]!.norm : undefined;
  let best: MentionRef | undefined;
  for (const m of doc.mentions) {
    if (m.last >= k) break;
    if (isAdjective(m) || m.last === m.first || (m.entity.type !== 'ORG' && m.entity.type !== 'PER')) continue;
    if (head(tokens[m.first]!.norm) !== h) continue;
    if (adj !== undefined && tokens[m.first + 1]!.norm !== adj) continue;
    best = m;
  }
  return best;
}

/** Fills the actor of a verb whose subject is the head noun of a party named before. */
export function headAnaphorSubjects(doc: Doc): void {
  for (const c of doc.cands) {
    if (!takesDoer(c)) continue;
    const k = subjectToken(doc, c.verbAt, c.tok);
    if (k === undefined) continue;
    const m = antecedent(doc, k);
    if (!m || c.recipient.includes(m.entity.id)) continue;
    c.actor = [m.entity.id];
    c.actorFrom = 'syntax';
  }
}

/** An event told by an active verb (or a support verb) that still has no doer. */
function takesDoer(c: Candidate): boolean {
  if (c.actor.length > 0 || c.verbAt < 0 || c.passive || c.inverse || c.lemma.inverse || c.ofNoun) return false;
  return c.verbAt !== c.tok || c.reading.pos === 'verb';
}
