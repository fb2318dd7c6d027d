/**
 * مسؤول في الأمم المتحدة، مصدر في وزارة الخارجية، مصادر محلية في تعز: an unnamed source is
 * described by the body or the place he belongs to, so the في phrase is part of the source
 * (GUIDELINE: the source is the noun phrase with its description). Only a body or a place
 * follows: مسؤول في مؤتمر صحفي, مصدر في تصريح are the occasion and the medium.
 */
import type { VerbCue } from '../lexicon.js';
import type { Detection } from './context.js';
import { bareAt, closingQuote, isQuoteOpen, norm, roleOf, tok, verbAt } from './lookups.js';
import { PLACE_NOUNS } from './word-sets.js';

/** Heads of unnamed people (not of reports or documents, whose في phrase is where they appeared). */
const UNNAMED_PEOPLE = /^(مصدر|مصادر|مصدران|مسؤول|مسئول|مسؤوله|مسؤولون|مسئولون|مسؤولين|مسئولين|مسؤولان|مسؤولو|دبلوماسي|دبلوماسيون|قيادي|قياديون|قياديين|ضابط|ضباط)$/;

/** Whether the word at k opens a body or a place: an organisation's or a place's mention, or a body noun. */
function bodyAt(cx: Detection, k: number): boolean {
  const m = cx.mentionOf[k];
  if (m && m.first === k && (m.type === 'ORG' || m.type === 'GPE' || m.type === 'LOC')) return true;
  const w = norm(cx, k);
  const role = roleOf(cx, w) ?? roleOf(cx, `ال${w}`);
  return role === 'body' || role === 'ministry' || PLACE_NOUNS.has(w);
}

/**
 * With the subject npStart..j-1 an indefinite unnamed head and its indefinite adjectives, and في
 * at j before a body or a place: the first token after that body's phrase (its mention, or the
 * body noun with the definite words after it), else -1.
 */
export function unnamedSourceBodyEnd(cx: Detection, cue: VerbCue | undefined, npStart: number, j: number): number {
  if (norm(cx, j) !== 'في' || j <= npStart || j - npStart > 4 || cue?.preps.includes('في')) return -1;
  if (!UNNAMED_PEOPLE.test(bareAt(cx, npStart))) return -1;
  for (let k = npStart; k < j; k++) {
    if (tok(cx, k)?.kind !== 'word' || cx.mentionOf[k] !== undefined || bareAt(cx, k).startsWith('ال') || verbAt(cx, k)) return -1;
  }
  const b = j + 1;
  if (!bodyAt(cx, b)) return -1;
  const m = cx.mentionOf[b];
  let e = m && m.first === b ? m.last : b + 1;
  // محافظة «لحج»: the quoted name of the place.
  if (isQuoteOpen(cx, e)) {
    const c = closingQuote(cx, e, e + 5);
    if (c > e + 1) e = c + 1;
  }
  // وزارة الداخلية الكويتية، الحكومة الأفغانية: the definite words after the body noun.
  while (e - b <= 4 && tok(cx, e)?.kind === 'word' && bareAt(cx, e).startsWith('ال') && !verbAt(cx, e)) {
    // مسؤول في إدارة الرئيس باراك أوباما: a person's office or name inside belongs to another
    // speaker's description; the phrase is left as it was (the head alone).
    const role = roleOf(cx, norm(cx, e));
    if (cx.mentionOf[e]?.type === 'PER' || (role !== undefined && role !== 'body' && role !== 'ministry') || cx.lex.rankTitles.has(norm(cx, e))) return -1;
    const n = cx.mentionOf[e];
    e = n && n.first === e ? n.last : e + 1;
  }
  return e;
}
