/**
 * تنشط الفرق والمجموعات التطوعية في منطقة الباحة …، مؤكدين أن …: a plural participle of saying
 * hangs on a clause whose verb is no cue; its speaker is that clause's subject, the noun
 * phrase right after the verb that opens the sentence, when that phrase names more than one.
 */
import type { Detection } from './context.js';
import { bareAt, isPunct, isRelative, norm, sentenceStart, tok, verbAt } from './lookups.js';
import { PREPOSITIONS } from './word-sets.js';
import type { Source } from './types.js';
import { analyseNP } from './noun-phrase.js';
import { pluralSource } from './plural-antecedent.js';

/** مؤكدين، لافتين، مشيرين: the sound masculine plural of a participle (not a singular in ين). */
function pluralParticiple(cx: Detection, c0: number): boolean {
  return /^[وف]?م.{3,}ين$/.test(norm(cx, c0));
}

/** The plural subject of the sentence for the plural participle at c0, or undefined. */
export function pluralClauseSubject(cx: Detection, c0: number): Source | undefined {
  if (!pluralParticiple(cx, c0)) return undefined;
  const ss = sentenceStart(cx, c0);
  // An imperfect verb opens the sentence (تنشط، يعمل, no article); the subject follows it.
  const v = norm(cx, ss);
  if (tok(cx, ss)?.kind !== 'word' || !/^[وف]?[يت].{2,}$/.test(v) || v.startsWith('ال') || verbAt(cx, ss)) return undefined;
  if (!bareAt(cx, ss + 1).startsWith('ال') || ss + 1 >= c0) return undefined;
  let e = ss + 1;
  while (e < c0 && e - ss <= 10 && tok(cx, e)?.kind === 'word' && !isPunct(cx, e) && !verbAt(cx, e) && !isRelative(cx, e)
    && !(e > ss + 1 && PREPOSITIONS.has(norm(cx, e)))) e++;
  const s = analyseNP(cx, ss + 1, e);
  return s && pluralSource(cx, s) ? s : undefined;
}
