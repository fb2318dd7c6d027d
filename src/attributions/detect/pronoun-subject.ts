/**
 * وهو يقول إن …، وهي تطور نموذجا لنظارات تقول إن …: a detached pronoun (هو، هي) is the subject of
 * the clause it opens, so the words from it to the verb name no one; the speaker is the pronoun's
 * antecedent. Within the sentence that is the sentence's subject (وكان الوزير يتحدث وهو يؤكد);
 * opening a sentence, it is the subject of a nominal sentence just before (والشركة هي «…». وهي
 * تطور …), else the last speaker (or the subject named earlier). With no antecedent found the source stays
 * unwritten, as for any verb whose subject is not written.
 */
import type { Token } from '../../core/types.js';
import type { Detection } from './context.js';
import type { Source } from './types.js';
import { bareAt, isPunct, norm, sentenceOf, sentenceStart, tok, verbAt } from './lookups.js';
import { firstTokenAt } from './content.js';
import { analyseNP } from './noun-phrase.js';
import { previousSpeaker, sentenceSubject } from './subjects.js';

const PRONOUN = /^[وف]?(هو|هي)$/;
/** How many words a nominal subject may run before its predicate. */
const MAX_TOPIC = 6;

/** The subject of a nominal sentence opening at s (والشركة هي …، الوزير محمد …), or undefined. */
function nominalSubjectAt(cx: Detection, s: number): Source | undefined {
  const w = bareAt(cx, s).replace(/^[وف](?=ال)/, '');
  if (tok(cx, s)?.kind !== 'word' || verbAt(cx, s) || !(w.startsWith('ال') || cx.mentionOf[s]?.first === s)) return undefined;
  let e = s + 1;
  while (tok(cx, e)?.kind === 'word' && e - s < MAX_TOPIC && !PRONOUN.test(norm(cx, e)) && !verbAt(cx, e) && sentenceOf(cx, e) === sentenceOf(cx, s)) e++;
  if (!PRONOUN.test(norm(cx, e))) return undefined;
  const src = analyseNP(cx, s, e);
  // والشركة: the conjunction is not part of the source.
  if (src?.start !== undefined && /^[وف]ال/.test(norm(cx, s))) src.start = (tok(cx, s) as Token).start + 1;
  return src;
}

/** The source of the cue at c0 when its found source opens with a detached pronoun; else the source as found. */
export function pronounAntecedent(cx: Detection, c0: number, source: Source): Source {
  if (source.start === undefined) return source;
  const p = firstTokenAt(cx, source.start);
  const ss = sentenceStart(cx, p);
  // هذه النقطة هي موضع قلق …: a bare pronoun inside the sentence is a copula, not the subject.
  if (!PRONOUN.test(norm(cx, p)) || p >= c0 || (p > ss && !/^[وف]/.test(norm(cx, p)))) return source;
  // وهي القمة التي أكدت …: a definite noun after the pronoun is its predicate and the antecedent
  // of the relative; it is the source, without the pronoun.
  if (bareAt(cx, p + 1).startsWith('ال') && p + 1 < c0) return { ...source, start: (tok(cx, p + 1) as Token).start };
  if (p > ss && !isPunct(cx, p - 1)) return sentenceSubject(cx, p) ?? { kind: source.kind };
  const before = ss > 0 ? sentenceStart(cx, ss - 1) : -1;
  const nominal = before >= 0 ? nominalSubjectAt(cx, before) : undefined;
  return nominal ?? previousSpeaker(cx, p) ?? { kind: source.kind };
}
