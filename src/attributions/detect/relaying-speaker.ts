/**
 * After a relay (نقلت الوكالة عن الوزير قوله …، أضافت الصحيفة نقلا عن مصادر أن …) the last speaker
 * is the one relayed, but a later verb without a subject often goes on with the one who relays:
 *  - ونقلت عنه قوله …: a verb of relaying whose عن carries a pronoun names the relayed one with
 *    that pronoun; its own subject is the relaying speaker;
 *  - وتابعت أن …: a feminine verb, like the relaying verb, after a relayed speaker whose head is
 *    no feminine singular (مصادر، مسؤول): only the relaying outlet or body agrees with it.
 */
import type { VerbCue } from '../lexicon.js';
import type { Detection } from './context.js';
import { firstTokenAt } from './content.js';
import { bareAt, norm, tok, verbAt } from './lookups.js';
import type { Draft, Source } from './types.js';

/** عنه، عنها، عنهم، عنهما: the one relayed from, named by a pronoun. */
const FROM_PRONOUN = /^عن(ه|ها|هم|هما)$/;

/** The gender the verb of draft d shows by its own form (قالت، نقلت، ذكر). */
function verbGender(cx: Detection, d: Draft): 'm' | 'f' | undefined {
  const i = firstTokenAt(cx, d.cue.start);
  const g = verbAt(cx, i)?.gender;
  if (g !== undefined) return g;
  const w = norm(cx, i);
  return /^[وف]?ت/.test(w) || /[^و]ت$/.test(w) ? 'f' : /^[وف]?ي/.test(w) ? 'm' : undefined;
}

/** The relayed speaker's head is a feminine singular, or a person named: it may take a feminine verb itself. */
function mayBeFeminine(cx: Detection, last: Draft): boolean {
  const a = firstTokenAt(cx, last.source.start as number);
  const h = bareAt(cx, a);
  return cx.mentionOf[a]?.type === 'PER' || (h.endsWith('ه') && !cx.lex.mascNounsInH.has(h)) || h.endsWith('ات');
}

/**
 * The relaying speaker when the carried source of the verb cue [c0, c1) is the relayed one of
 * the last report and the verb goes on with the relaying one (see the file comment); else undefined.
 */
export function relayingSpeakerGoesOn(cx: Detection, cue: VerbCue | undefined, c1: number, last: Draft | undefined, carried: Source): Source | undefined {
  if (!cue || cue.participle || !last || last.viaKey === undefined || last.source.start === undefined) return undefined;
  if (carried.start !== last.source.start) return undefined;
  const outer = cx.drafts.find((d) => d.key === last.viaKey);
  if (!outer || outer.source.start === undefined || tok(cx, firstTokenAt(cx, outer.source.start)) === undefined) return undefined;
  if (cue.chain === true && FROM_PRONOUN.test(norm(cx, c1))) return { ...outer.source };
  if (cue.gender === 'f' && verbGender(cx, outer) === 'f' && !mayBeFeminine(cx, last)) return { ...outer.source };
  return undefined;
}
