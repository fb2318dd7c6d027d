/**
 * «التقى X، أمس في أنقرة، Y»، «استقبل X، في مكتبه بمقر الوزارة أمس، Y»: between the named subject
 * and the object, news prose sets off when and where the act took place between two commas. The
 * clause goes on past such an aside, so that the object after it is still read.
 * Kept narrow: the comma comes right after a named party, the aside opens with a time word or a
 * place preposition, holds no event word and at most nine tokens (a short bracketed day may stand
 * in it), and a party or the title of one follows the closing comma.
 */
import type { Doc } from './context.js';
import { APPOSITION_HEADS, DAY_WORDS, HEAD_NOUNS, isBoundary, PERSON_TITLE, TITLES } from './lexicon-sets.js';

const COMMA = /^(،|,)$/;
/** Words that open an aside of place or time besides the day words (في مكتبه، بمقر، لدى وصوله). */
const OPENS_PLACE = /^(في|لدي|داخل|خلال|قبل|بعد|ب\S{2,})$/;

/** Whether token k opens a party's name or its title phrase. */
function partyStart(doc: Doc, k: number): boolean {
  const { tokens, bare, mentionAt } = doc;
  const m = mentionAt[k];
  if (m && m.first === k) return true;
  const w = tokens[k]!.norm;
  const b = bare[k]!;
  return PERSON_TITLE.test(w) || TITLES.has(w) || TITLES.has(b) || APPOSITION_HEADS.has(b) || HEAD_NOUNS.has(b);
}

/**
 * With the comma at k after a named party, the index just past the closing comma of an aside of
 * time or place, or undefined when what follows the comma is no such aside.
 */
export function pastAside(doc: Doc, k: number): number | undefined {
  const { tokens, bare, mentionAt, isCandidate } = doc;
  if (!COMMA.test(tokens[k]!.norm) || k === 0) return undefined;
  const before = mentionAt[k - 1];
  if (!before || before.last !== k - 1) return undefined;
  const first = tokens[k + 1];
  if (!first || first.sentence !== tokens[k]!.sentence) return undefined;
  if (!(DAY_WORDS.has(first.norm) || DAY_WORDS.has(bare[k + 1]!) || OPENS_PLACE.test(first.norm))) return undefined;
  for (let c = k + 2; c < tokens.length && c - k <= 10; c++) {
    const t = tokens[c]!;
    if (t.sentence !== tokens[k]!.sentence || isCandidate[c]) return undefined;
    if (COMMA.test(t.norm)) return c + 1 < tokens.length && tokens[c + 1]!.sentence === t.sentence && partyStart(doc, c + 1) ? c + 1 : undefined;
    if (isBoundary(t) && t.norm !== '(' && t.norm !== ')') return undefined;
  }
  return undefined;
}
