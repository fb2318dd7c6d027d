/**
 * مبيناً مدير إدارة الدفاع المدني العقيد كريم النصيري، أن …، موضحاً المتحدث الأمني أن …: a
 * circumstantial participle that opens its clause may have its subject written right after it,
 * as a verb has (VSO), in the looser style of local news. When a title or a person's name follows
 * the participle and runs, with no verb in it, to أن/إن (a comma may close it first), that noun
 * phrase is the speaker, not the one before. A participle followed by its object (مؤكدا الحرص
 * على …، مبينا أهمية …) has no title or name there and is left to the verb cue.
 */
import type { VerbCue } from '../lexicon.js';
import type { Detection } from './context.js';
import { isComma, isPunct, isQuoteOpen, norm, normLemma, roleOf, sentenceEnd, sentenceStart, span, tok, verbAt } from './lookups.js';
import { analyseNP } from './noun-phrase.js';
import { contentFrom } from './content.js';
import { emit } from './drafts.js';
import { inSet, URGING } from './word-sets.js';

/** How many words the subject may run (a title, its office, a rank and a full name). */
const MAX_SUBJECT = 14;

/** Does a subject open at k: a title or office noun, or the first word of a person's name? */
function subjectOpensAt(cx: Detection, k: number): boolean {
  const w = norm(cx, k);
  if (tok(cx, k)?.kind !== 'word' || verbAt(cx, k) || cx.complementizers.has(w)) return false;
  // مؤكداً سموه، مذكراً معاليه: a noun with the pronoun ه (an honorific) stands for the one named
  // before; the participle goes on with him as usual.
  const t = tok(cx, k);
  if (t && cx.text.charAt(t.end - 1) === 'ه' && cx.mentionOf[k] === undefined) return false;
  if (cx.mentionOf[k]?.first === k && cx.mentionOf[k]?.type === 'PER') return true;
  // مدير، المتحدث، رئيس: a title, with or without the article (a construct title is indefinite).
  return roleOf(cx, w) !== undefined || inSet(cx.lex.roles, w) || cx.lex.rankTitles.has(w);
}

/**
 * At the participle i that opens a sentence or follows a comma: when its subject is written after
 * it, emits the report and returns the last token used; otherwise i.
 */
export function participleThenSubject(cx: Detection, i: number, v: VerbCue): number {
  // مبلغا رئيس الجمهورية أن …، مطالبين رئيس الوزراء بأن …: a verb that takes an addressee or
  // urges someone has him after it, not its subject; and a plural participle agrees with a
  // plural subject, which goes before it (تظاهر الآلاف …، مطالبين …).
  if (!v.participle || v.addressee || URGING.has(normLemma(v)) || /(ين|ات)$/.test(norm(cx, i)) || !subjectOpensAt(cx, i + 1)) return i;
  if (!(i === sentenceStart(cx, i) || isPunct(cx, i - 1))) return i;
  const se = sentenceEnd(cx, i);
  let e = i + 1;
  while (e < se && e - i <= MAX_SUBJECT && !cx.complementizers.has(norm(cx, e)) && !isComma(cx, e)) {
    if (tok(cx, e)?.kind !== 'word' || verbAt(cx, e) || isQuoteOpen(cx, e)) return i;
    e++;
  }
  const at = isComma(cx, e) ? e + 1 : e;
  if (at >= se || !cx.complementizers.has(norm(cx, at)) || e === i + 1) return i;
  const source = analyseNP(cx, i + 1, e);
  if (!source) return i;
  const [a, b] = contentFrom(cx, at + 1, false);
  emit(cx, { cue: span(cx, i, i + 1), source, content: span(cx, a, b), stance: v.stance });
  return at;
}
