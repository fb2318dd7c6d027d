/**
 * «التقى الوزير نظيره … واتفق الجانبان على …»، «وأجرى أوباما اتصالا بأردوغان. واتفقا على …»:
 * an agreement told by a dual or plural verb, or by a collective subject (الجانبان، الوزراء،
 * الرئيسان), with no party named in its clause, is made by the parties of the talks told just
 * before it: both sides of that meeting are its actors.
 */
import { type Doc, sentenceOf } from './context.js';
import type { Candidate } from './types.js';

/** Verbs of agreeing in the dual or the first person plural (folded, with و or ف). */
const DUAL_VERB = /^(و|ف)?(اتفقا|اتفقتا|يتفقان|تتفقان|اتفقنا|نتفق)$/;
/** Collective subjects that stand for both sides. */
const BOTH_SIDES = /^(الجانبان|الجانبين|الطرفان|الطرفين|الوزراء|الرئيسان|الزعيمان|البلدان|البلدين|الزعيمين|الرئيسين|المجتمعون|الوزيران|الوزيرين)$/;

/** Whether the agreement at c is told with a dual verb or a collective subject of both sides right after it. */
function toldOfBothSides(doc: Doc, c: Candidate): boolean {
  const { tokens } = doc;
  if (c.reading.pos !== 'verb') return false;
  if (DUAL_VERB.test(tokens[c.tok]!.norm)) return true;
  const next = tokens[c.tok + 1];
  return next !== undefined && BOTH_SIDES.test(next.norm);
}

/** Gives an agreement of both sides with no actor the parties of the talks told just before it. */
export function agreedAfterTalks(doc: Doc, kept: readonly Candidate[]): void {
  for (let n = 0; n < kept.length; n++) {
    const c = kept[n]!;
    if (c.type !== 'AGREE' || c.actor.length > 0 || !toldOfBothSides(doc, c)) continue;
    const s = sentenceOf(doc, c.tok);
    for (let m = n - 1; m >= 0; m--) {
      const t = kept[m]!;
      if (sentenceOf(doc, t.tok) < s - 1) break;
      if (t.type !== 'CONSULT') continue;
      if (t.actor.length === 0 || t.recipient.length === 0) break;
      c.actor = [...t.actor, ...t.recipient.filter((id) => !t.actor.includes(id))];
      c.recipient = [];
      break;
    }
  }
}
