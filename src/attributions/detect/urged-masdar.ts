/**
 * ناشدت الوزارة المواطنين التعاون مع …، ناشدت الإدارة الجميع الالتزام بـ…: ناشد takes the one
 * urged and what is urged as two objects, the second a definite verbal noun with no preposition.
 * The speaker's phrase ends before the one urged (الجميع، كافة …، a sound plural in ين, a name),
 * and the verbal noun after it opens the content.
 */
import type { Detection } from './context.js';
import { definiteVerbalNoun } from './frame-parts.js';
import { bareAt, isPunct, norm, normLemma, tok, verbAt } from './lookups.js';
import { obliquePlural } from './subjects.js';
import type { VerbCueState } from './verb-cue-subject.js';
import { CONTENT_OPENERS } from './word-sets.js';

/** How far from the subject's start the verbal noun may stand. */
const REACH = 10;

/** Does the one urged open at k: everyone, all of …, people in ين, or a name? */
function urgedOpens(cx: Detection, k: number): boolean {
  const w = bareAt(cx, k);
  return /^(الجميع|كافه|جميع)$/.test(w) || obliquePlural(cx, k) || cx.mentionOf[k]?.first === k;
}

/**
 * A definite verbal noun at k, of the shapes the detector knows or تفاعل (التعاون، التكاتف), or
 * a word that opens what is urged (عدم، ضرورة).
 */
function urgedAct(cx: Detection, k: number): boolean {
  const w = norm(cx, k);
  return tok(cx, k)?.kind === 'word' && !cx.mentionOf[k] && (definiteVerbalNoun(cx, k) || /^الت.ا..$/.test(w) || w === 'عدم' || CONTENT_OPENERS.has(w));
}

/** Where the speaker's phrase ends and what is urged starts, or undefined. */
export function urgedMasdar(cx: Detection, st: VerbCueState): { speakerEnd: number; contentStart: number } | undefined {
  const { cue, negated, opts, npStart, se } = st;
  if (!cue || cue.participle === true || negated || opts.forced || normLemma(cue) !== 'ناشد') return undefined;
  const m0 = cx.mentionOf[npStart];
  let s = m0 && m0.first === npStart ? m0.last : npStart + 1;
  // The speaker's definite adjectives and complements (الإدارة العامة للنظافة).
  while (s < se && s - npStart < REACH && !urgedOpens(cx, s) && /^(ال|لل)/.test(bareAt(cx, s)) && !urgedAct(cx, s)) s++;
  if (s >= se || !urgedOpens(cx, s)) return undefined;
  // جميع الأطباء، كافة المواطنين: the genitive after «all» is the one urged too.
  const from = /^(كافه|جميع)$/.test(bareAt(cx, s)) ? s + 2 : s + 1;
  for (let k = from; k < se && k - s <= 3; k++) {
    if (tok(cx, k)?.kind !== 'word' || isPunct(cx, k) || verbAt(cx, k)) return undefined;
    if (urgedAct(cx, k)) return { speakerEnd: s, contentStart: k };
  }
  return undefined;
}
