/**
 * A second word of backing joined by و to a first one (وبدعم من وحدات الجيش وغطاء جوي من طائرات
 * التحالف، بدعم من القوات وإسناد من الطيران) tells another backing of the same party: it is a word of
 * backing too, its backer is named after its من, and it backs the one the first backs (backed-party.ts).
 */
import { type Doc, forwardEnd, sentenceOf } from './context.js';
import { BACKING_NOUNS, isBoundary } from './lexicon-sets.js';
import { coordinated, isLocative } from './mentions.js';
import type { Candidate } from './types.js';

/** Nouns of backing with و alone (the ones with ب are words of backing anyway). */
const JOINED = new RegExp(`^و(غطاء|${BACKING_NOUNS})$`);

/** Whether c is a noun of backing joined by و to a word of backing at most ten words before it. */
export function joinedBacking(doc: Doc, c: Candidate, isBacking: (b: Candidate) => boolean): boolean {
  if (c.type !== 'AID' || c.reading.pos !== 'noun' || !JOINED.test(doc.tokens[c.tok]!.norm)) return false;
  for (let k = c.tok - 1; k >= 0 && c.tok - k <= 10 && sentenceOf(doc, k) === sentenceOf(doc, c.tok); k--) {
    if (isBoundary(doc.tokens[k]!)) return false;
    const b = doc.candAt.get(k);
    if (b) return isBacking(b);
  }
  return false;
}

/**
 * Stage 4: the backer of a joined word of backing, named after من one or two words on (وغطاء جوي من X);
 * it takes the place of a subject the clause rules gave it (the one backed).
 */
export function joinedBackers(doc: Doc, isBacking: (b: Candidate) => boolean): void {
  const { tokens, mentionAt } = doc;
  for (const c of doc.cands) {
    if (!joinedBacking(doc, c, isBacking)) continue;
    for (let k = c.tok + 1; k <= c.tok + 2 && k + 1 < tokens.length; k++) {
      if (tokens[k]!.norm !== 'من') continue;
      const m = mentionAt[k + 1];
      if (m && m.first === k + 1 && !isLocative(doc, m)) {
        c.actor = coordinated(doc, m, forwardEnd(doc, m.last, 6)).ids;
        c.actorFrom = 'syntax';
      }
      break;
    }
  }
}
