/**
 * نفى المدير ما تداوله مغردون عن استقالته، حيال ما تداولته بعض المواقع بخصوص …، تفاعلا مع ما
 * نشرته «الوطن» بعنوان «…»: a free relative ما with a relaying verb (frames.relay) and its
 * subject written after it is a report of that subject (the gold annotates every such relative
 * with its subject, dev28 تداولته, dev44 تداوله, dev46 نشرته). What was relayed is the topic
 * after the subject (عن، بخصوص، حول، بشأن، بعنوان); without one the relative is left alone.
 */
import type { Detection } from './context.js';
import { bareAt, isComma, norm, sentenceEnd, span } from './lookups.js';
import { analyseNP } from './noun-phrase.js';
import { contentFrom } from './content.js';
import { emit } from './drafts.js';

/** Words that open what was relayed, after the subject (normalised). */
const TOPIC = new Set(['عن', 'بخصوص', 'حول', 'بشان', 'بعنوان']);
/** Words that end the subject before the topic: a platform or a time (normalised). */
const SUBJECT_END = new Set(['علي', 'عبر', 'في', 'امس', 'اليوم', 'الاسبوع', 'مؤخرا', 'اخيرا', 'صباح', 'مساء']);
/** Forms of تداول with a masculine object pronoun, not in frames.relay (a masdar elsewhere: تداوله بين الناس). */
const CIRCULATED = new Set(['تداوله', 'تداولها']);
/** Words that cannot open the subject (normalised). */
const NOT_SUBJECT = new Set(['بين', 'من', 'في', 'علي', 'عن', 'الي', 'مع', 'عبر', 'له', 'لها', 'لهم']);
/** How many words the subject and what follows it may take before the topic. */
const REACH = 10;

/** At the relative ما at i: the relaying verb's report. Returns the last token used, or i. */
export function relayedRelative(cx: Detection, i: number): number {
  if (bareAt(cx, i) !== 'ما' || !(cx.lex.relayVerbs.has(norm(cx, i + 1)) || CIRCULATED.has(norm(cx, i + 1)))) return i;
  const se = sentenceEnd(cx, i);
  const a = i + 2;
  let t = a;
  while (t < se && t - a <= REACH && !TOPIC.has(norm(cx, t)) && !isComma(cx, t)) t++;
  // ما تداوله بين الناس: a preposition after the verb, no subject.
  if (t >= se || !TOPIC.has(norm(cx, t)) || t === a || NOT_SUBJECT.has(norm(cx, a))) return i;
  let b = a + 1;
  while (b < t && !SUBJECT_END.has(norm(cx, b))) b++;
  const source = analyseNP(cx, a, b);
  if (!source) return i;
  const [cs, ce] = contentFrom(cx, t + 1, false);
  if (ce <= cs) return i;
  emit(cx, { cue: span(cx, i + 1, i + 2), source, content: span(cx, cs, ce), stance: 'assert' }, false);
  return i + 1;
}
