/**
 * وكتب الوزير رسالة جاء فيها …، ووجه المدرب رسالة إلى اللاعبين قال فيها …، غرد الأمير تغريدة
 * قال فيها …: after a verb of writing, the indefinite text right after its written subject (a
 * letter, a tweet, an editorial) is the verb's object, the thing written, no word of the writer's
 * name; the writer alone is the speaker of the words the text carries, which «جاء فيها» opens.
 */
import { normaliseString } from '../../text/normalise/normalise.js';
import type { VerbCue } from '../lexicon.js';
import type { Detection } from './context.js';
import { closingQuote, isComma, isQuoteOpen, norm, normLemma, tok, verbAt } from './lookups.js';
import { subjectEndsBefore } from './nominal-object.js';
import { cameInAt, wordsAfter } from './came-in-text.js';
import { bare, BARE_PREPOSITIONS, COLONS } from './word-sets.js';
import type { VerbCueState } from './verb-cue-subject.js';

/** Verbs that make or send a text (the reading of وجه here is "sent": وجه رسالة). */
const WRITING = new Set(['كتب', 'دون', 'غرد', 'أرسل', 'بعث', 'وجه', 'نشر', 'أصدر', 'سطر'].map((w) => normaliseString(w)));
/** Written texts that the lexicon's statement and carrier nouns leave out. */
const WRITTEN_TEXTS = new Set(['مقاله', 'افتتاحيه', 'خطاب', 'برقيه', 'تدوينه', 'منشور', 'مذكره', 'قصيده', 'خاطره'].map((w) => normaliseString(w)));
/** How far past the text «جاء فيها» may stand: the text's adjectives, its addressee, its medium. */
const REACH = 12;

/** The written text that ends the subject of a verb of writing at j, its subject closed before it. */
export function writtenTextObject(cx: Detection, cue: VerbCue | undefined, npStart: number, j: number): boolean {
  if (j <= npStart || !WRITING.has(normLemma(cue)) || tok(cx, j)?.kind !== 'word' || cx.mentionOf[j]) return false;
  const w = bare(norm(cx, j));
  if (w.startsWith('ال')) return false;
  // رسالةً، بياناً: the tanwin of the accusative written as ا.
  const noun = w.replace(/ا$/, '');
  return (cx.lex.statementNouns.has(noun) || cx.lex.carrierNouns.has(noun) || WRITTEN_TEXTS.has(noun)) && subjectEndsBefore(cx, j);
}

/**
 * Past the written text that ended the subject, the words it carries a little further on (the
 * text's adjectives, its addressee or its medium between), opened by «جاء فيها», أن/إن or a
 * colon, before a comma or another verb: where they start, or -1.
 */
export function wordsOfWrittenText(cx: Detection, st: VerbCueState): number {
  const { cue, negated, opts, se, npStart, npEnd, objectAt } = st;
  if (negated || opts.forced || objectAt >= 0 || !writtenTextObject(cx, cue, npStart, npEnd)) return -1;
  for (let k = npEnd + 1; k < se && k - npEnd <= REACH; k++) {
    const w = norm(cx, k);
    const at = cameInAt(cx, k) ? wordsAfter(cx, k) : cx.complementizers.has(w) || COLONS.has(w) ? k + 1 : -1;
    if (at >= 0) return at < se && tok(cx, at) !== undefined ? at : -1;
    // على «فيسبوك»: a short quoted name of the medium.
    if (isQuoteOpen(cx, k)) {
      const c = closingQuote(cx, k, se);
      if (c < 0 || c - k > 4) return -1;
      k = c;
      continue;
    }
    // عبر حسابه: the preposition, not the verb of expressing spelled the same.
    if (isComma(cx, k) || (verbAt(cx, k) && !BARE_PREPOSITIONS.has(w))) return -1;
  }
  return -1;
}
