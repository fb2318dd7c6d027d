/**
 * «وقالت الوزارة إن العقوبات الجديدة تستهدف …»، «أكد الوزير أن الاتفاق سيجعل …»، «أعلن الحلف أن
 * الهجوم على القاعدة أسفر عن …»: an event noun right after إنّ/أنّ heads the clause of what is
 * reported; it is the topic (the subject of that clause), not the object of the verb of saying.
 * The one who reports it is then no more its doer than of any other act with its own subject
 * (the source stands for the doer of a noun the reporting verb governs: نفى التوقيع، أعلن رفضه).
 *
 * Applied to the events kept after the filters, so that it changes who acts, not which events
 * are told. Left out: a noun with a possessive (أن هجومه، إن قواتها), which may point back to
 * the speaker, and an attack reported by an armed group, which is how such a group claims its
 * own attacks (أكد متمردو الحزب أن الهجوم الذي استهدف الثكنة جاء ردا على …).
 */
import type { Doc } from './context.js';
import { QUOTE_OPEN } from './lexicon-sets.js';
import type { Candidate } from './types.js';

/** إنّ / أنّ as written with a conjunction or a preposition before them (فإن، وأن، بأن). */
const THAT = /^(و|ف|ب)?ان$/;

/** Whether candidate c is an event noun opening the content clause after إن/أن. */
export function reportedTopic(doc: Doc, c: Candidate): boolean {
  const { tokens } = doc;
  if (c.reading.pos !== 'noun' || c.reading.pronoun !== undefined || /^(و|ف)?(ب|ل)/.test(c.reading.proclitics)) return false;
  let k = c.tok - 1;
  // «قال … إن "المحادثات انتهت"»: a quote may open the content.
  if (k >= 0 && QUOTE_OPEN.has(tokens[k]!.norm)) k--;
  return k >= 0 && tokens[k]!.sentence === tokens[c.tok]!.sentence && THAT.test(tokens[k]!.norm);
}

/** Whether an attack is reported by an armed group (sector REB in the knowledge base): its claim. */
function claimedByGroup(doc: Doc, c: Candidate): boolean {
  if (c.type !== 'ASSAULT') return false;
  return c.actor.some((id) => doc.input.entities.find((e) => e.id === id)?.kb?.sector === 'REB');
}

/** Clears the reporter taken for the doer of an event that heads what it reports. */
export function reportedTopicsWithoutReporter(doc: Doc, kept: readonly Candidate[]): void {
  for (const c of kept) {
    if (c.actorFrom !== 'source' || !reportedTopic(doc, c) || claimedByGroup(doc, c)) continue;
    c.actor = [];
    c.actorFrom = 'none';
  }
}
