/**
 * The verbal noun قول after إلى or في, with its words right after it: ويخلص الباحث إلى القول
 * إن …، ذهاب الصحيفة إلى قولها إن …، ولم يتردد الوزير في القول إن …، لم تجد القناة حرجا في القول
 * إن …. The verb before it (خلص، ذهب، تردد، وجد حرجا) is no verb of saying, but the phrase
 * reports what its subject said; the noun is the cue, as بالقول is (GUIDELINE.md, rule 1 and
 * the sixth set's choices). Only a written subject that can speak makes it a report: the
 * writer's «يمكن القول إن»، «الأهم في القول أن» name nobody.
 */
import type { Detection } from './context.js';
import { isPunct, norm, span, tok } from './lookups.js';
import { COLONS, inSet } from './word-sets.js';
import { analyseNP } from './noun-phrase.js';
import { contentFrom } from './content.js';
import { emit } from './drafts.js';
import { plausibleSource } from './prepositional.js';

/** القول، قوله، قولها، قولهم: the verbal noun, bare or with its speaker's pronoun. */
const SAYING = /^(القول|قول(ه|ها|هم|هما))$/;
/** The prepositions that lead to the saying: ذهب إلى، خلص إلى، تردد في. */
const LEADING = new Set(['الي', 'في']);
/** How many words the subject may take. */
const MAX_SUBJECT = 8;

/** Can the word at k belong to the subject: a name, a definite word, a head that can speak? */
function subjectWord(cx: Detection, k: number): boolean {
  if (tok(cx, k)?.kind !== 'word') return false;
  if (cx.mentionOf[k]) return true;
  const w = norm(cx, k);
  return /^(ال|لل)/.test(w) || inSet(cx.lex.roles, w) || inSet(cx.lex.anonymousHeads, w) || inSet(cx.lex.outletNouns, w);
}

/** The subject [a, e) written between a verb and the preposition at p, or undefined. */
function subjectBefore(cx: Detection, p: number): [number, number] | undefined {
  let e = p;
  // لم تجد القناة حرجا في القول: an indefinite accusative object stands after the subject.
  const w = norm(cx, e - 1);
  if (w.endsWith('ا') && !w.startsWith('ال') && !cx.mentionOf[e - 1] && tok(cx, e - 1)?.kind === 'word') e--;
  let a = e;
  while (a > 0 && e - a < MAX_SUBJECT && subjectWord(cx, a - 1)) a--;
  // The word before the subject is its verb (or a verbal noun: ذهاب الصحيفة): a word, and not
  // a preposition whose complement the phrase would be.
  const v = a - 1;
  if (a === e || v < 0 || tok(cx, v)?.kind !== 'word' || isPunct(cx, v) || cx.lex.npStops.has(norm(cx, v))) return undefined;
  return plausibleSource(cx, a, e) ? [a, e] : undefined;
}

/** A report by إلى/في + قول at i; returns the last token taken, or i. */
export function toSayingCue(cx: Detection, i: number): number {
  const w = norm(cx, i);
  if (!w.includes('قول') || !SAYING.test(w) || !LEADING.has(norm(cx, i - 1)) || cx.consumed[i]) return i;
  const next = norm(cx, i + 1);
  if (!cx.complementizers.has(next) && !COLONS.has(next)) return i;
  const noun = tok(cx, i);
  if (!noun || cx.drafts.some((d) => d.content.start <= noun.start && noun.start < d.content.end)) return i;
  const np = subjectBefore(cx, i - 1);
  if (!np) return i;
  const source = analyseNP(cx, np[0], np[1]);
  if (!source) return i;
  const [a, z] = contentFrom(cx, i + 2, false);
  if (z <= a) return i;
  emit(cx, { cue: span(cx, i, i + 1), source, content: span(cx, a, z), stance: 'assert' }, false);
  return z - 1;
}
