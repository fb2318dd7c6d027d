/**
 * شركات الطيران التي تتهم الناقلات المنافسة بـ…، بقواعد القانون الدولي التي تؤكد احترام …: a
 * verb right after الذي/التي whose gap is its subject. When the relative clause leaves the
 * subject out, nothing resumes the antecedent: no object pronoun on the verb (التي وصفها)
 * and no pronoun of the antecedent's gender on a word after it (التي كشفت عنها، التي أكد الوزير
 * أهميتها، الذي قال فيه). The verb then agrees with the pronoun, and the noun phrase written
 * after it is its object, not its subject; the speaker is the antecedent.
 *
 * Kept narrow: only a finite verb (no participle), a relative pronoun right before it, an
 * antecedent found by antecedentSource (a definite noun phrase that may speak, agreeing with
 * the verb), no one who could speak written right after the verb (a name, a title, an unnamed
 * source: الذي أعلن الوزير، التي تعلن القسام — a gap elided more often than a speaker made an
 * object), and no antecedent of time or manner, whose في or بـ is left out (في الوقت الذي أوضح
 * مسؤول، المرة الثانية التي تعلن، بالقدر الذي).
 */
import type { VerbCue } from '../lexicon.js';
import type { Detection } from './context.js';
import { bareAt, isPunct, isRelative, sentenceEnd, tok } from './lookups.js';
import { antecedentSource } from './participle-source.js';
import type { Source } from './types.js';
import { speakerAt } from './subjects.js';
import { firstTokenAt } from './content.js';

/** The pronoun that resumes each relative pronoun, as it ends a word. */
const RESUMING: Record<string, RegExp> = { الذي: /[^ا]ه$/, التي: /ها$/ };

/** How far after the verb a resumptive pronoun is looked for. */
const REACH = 8;

/** Antecedents of time, manner or degree (في الوقت الذي، المرة التي، بالشكل الذي): never the subject. */
const ADVERBIAL_HEADS = /^(ال)?(وقت|حين|لحظه|يوم|مره|فتره|ساعه|طريقه|شكل|قدر|حد|درجه|مكان|زمن)$/;

/**
 * The antecedent of the relative pronoun before the verb cue over [c0, c1) when it is the
 * verb's subject (see the file comment), else undefined. npStart is where the noun phrase the
 * verb would otherwise take for subject opens.
 */
export function relativeGapSubject(cx: Detection, c0: number, c1: number, npStart: number, cue: VerbCue | undefined): Source | undefined {
  if (!cue || cue.participle || cue.conjoined || !isRelative(cx, c0 - 1)) return undefined;
  const resuming = RESUMING[bareAt(cx, c0 - 1)];
  if (!resuming) return undefined;
  if (speakerAt(cx, npStart)) return undefined;
  const se = sentenceEnd(cx, c0);
  for (let k = c1 - 1; k < se && k < c1 + REACH; k++) {
    const t = tok(cx, k);
    if (!t || (isPunct(cx, k) && k >= c1)) break;
    if (t.kind !== 'word' || cx.mentionOf[k]) continue;
    // The written form, with ة kept apart from ه (الحكومة is no pronoun).
    if (resuming.test(cx.text.slice(t.start, t.end).replace(/[\u064B-\u0652]/g, ''))) return undefined;
  }
  const source = antecedentSource(cx, c0, cue);
  if (source?.start === undefined || ADVERBIAL_HEADS.test(bareAt(cx, firstTokenAt(cx, source.start)))) return undefined;
  return source;
}
