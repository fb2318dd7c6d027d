/**
 * «استنكرت الكويت التصريحات، معتبرة أنها …»، «وعبر الرئيس عن ارتياحه لما حققته القوات، مشيدا
 * بدور …»: a participle of manner after a comma tells a circumstance of its sentence's main
 * clause, so its doer is that clause's subject — not a party named in a phrase, an object or a
 * relative clause in between, which the nearest event's actor or the argument finder may offer.
 * Only when the participle agrees with that subject in gender and number (معتبرة a state,
 * مشيدا a man, مطالبين a plural or two parties).
 */
import { type Doc, firstSentenceToken, isAdjective, sentenceOf } from './context.js';
import { type Agreement, agrees, openingClause } from './continued-subject.js';
import { lookupForm } from '../lexicon.js';
import type { Candidate } from './types.js';

/**
 * «وعبر الرئيس عن ارتياحه …»: عبر opening a sentence is the verb «expressed» (not «via»), and the
 * party right after it its subject.
 */
function expressedBy(doc: Doc, f: number): { ids: { id: string; at?: number }[]; verb: number } | undefined {
  if (!/^(و|ف)?عبر(ت)?$/.test(doc.tokens[f]!.norm)) return undefined;
  const m = [1, 2].map((d) => doc.mentionAt[f + d]).find((x) => x !== undefined);
  if (!m || isAdjective(m) || m.first > f + 2 || sentenceOf(doc, m.first) !== sentenceOf(doc, f)) return undefined;
  return { ids: [{ id: m.entity.id, at: m.first }], verb: f };
}

/** The agreements a participle's ending shows: مطالبا, مطالبة, مطالبين (plural or dual), مطالبتين. */
export function participleAgreements(norm: string): Agreement[] {
  if (/ات$/.test(norm)) return [];
  if (/(تين|تان)$/.test(norm)) return [{ g: 'f', n: 'du' }];
  if (/(ين|ون)$/.test(norm)) return [{ g: 'm', n: 'pl' }, { g: 'm', n: 'du' }];
  if (/ه$/.test(norm)) return [{ g: 'f', n: 'sg' }];
  return [{ g: 'm', n: 'sg' }];
}

/** Words that open a clause of its own (فيما أشاد X …، بينما قال Y …). */
const NEW_CLAUSE = /^(و)?(فيما|بينما|حين|حيث)$/;

/**
 * Whether a clause with a subject of its own starts between the main verb and the participle:
 * after فيما or بينما, or a verb joined by و or after a comma whose subject is another party —
 * not a relative clause (بما حققته القوات، الذي تقوم به …), which the participle does not follow.
 */
function newClauseBetween(doc: Doc, from: number, to: number, ids: string[]): boolean {
  const { tokens } = doc;
  if (tokens.slice(from + 1, to).some((t) => NEW_CLAUSE.test(t.norm))) return true;
  return doc.cands.some((p) => p.tok > from && p.tok < to && p.reading.pos === 'verb' && p.actor.some((id) => !ids.includes(id))
    && (p.reading.proclitics.startsWith('و') || /^[،,]$/.test(tokens[p.tok - 1]?.norm ?? '')));
}

/** The subject of the main clause a participle of manner after a comma goes with, when it agrees. */
export function mainClauseSubject(doc: Doc, c: Candidate): string[] | undefined {
  const { tokens } = doc;
  if (c.reading.proclitics !== '' || c.lemma.passiveParticiple || c.lemma.inverse) return undefined;
  // «، مطالبة بـ…»: a form that is a masdar as well as a participle reads as the participle after a comma.
  if (c.reading.pos !== 'participle' && !(c.reading.pos === 'noun' && c.reading.pronoun === undefined
    && lookupForm(doc.lex, tokens[c.tok]!.norm).some((r) => r.pos === 'participle' && r.proclitics === ''))) return undefined;
  const k = c.tok - 1;
  if (k < 0 || !/^[،,]$/.test(tokens[k]!.norm) || sentenceOf(doc, k) !== sentenceOf(doc, c.tok)) return undefined;
  const f = firstSentenceToken(doc, c.tok);
  if (f >= k) return undefined;
  const clause = openingClause(doc, f) ?? expressedBy(doc, f);
  if (!clause || clause.verb >= k) return undefined;
  // A new clause after a colon or a semicolon has a subject of its own.
  if (tokens.slice(clause.verb, c.tok).some((t) => t.norm === ':' || t.norm === '؛')) return undefined;
  const ids = clause.ids.map((x) => x.id);
  if (ids.some((id) => c.recipient.includes(id)) || newClauseBetween(doc, clause.verb, c.tok, ids)) return undefined;
  const forms = participleAgreements(tokens[c.tok]!.norm);
  return forms.some((a) => agrees(doc, a, clause.ids)) ? ids : undefined;
}

/** Gives each participle of manner after a comma the subject of its main clause. */
export function mainClauseParticiples(doc: Doc): void {
  for (const c of doc.cands) {
    const ids = mainClauseSubject(doc, c);
    if (!ids || (ids.length === c.actor.length && ids.every((id) => c.actor.includes(id)))) continue;
    c.actor = ids;
    c.actorFrom = 'inherited';
  }
}
