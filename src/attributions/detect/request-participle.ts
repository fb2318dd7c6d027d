/**
 * …، طالبا منه تصحيح الخطأ، …، طالبةً من المراسل عدم توجيه أي سؤال: the circumstantial participle
 * of asking someone for something, with what is asked as a verbal noun after the من phrase, is
 * urging (GUIDELINE.md: verbs of urging with their content; the dev gold annotates this participle
 * wherever it stands after a clause, unlike the finite طلب منه إرسال, an act). طالبا is also the
 * noun "student" (نجد طالبا من الشرق الأوسط يدرس …) and the dual of طالب: only after a comma, with
 * من and what is asked right after its noun phrase. Its speaker is the subject of the clause it
 * closes (إلا أن الاتحاد رفض إرسالها، طالبا منه …؛ ويبدو أن الوزير اتخذ موقفا، طالبا …), else the
 * subject of its sentence, as for any circumstantial participle.
 */
import type { Detection } from './context.js';
import { bareAt, isComma, isPunct, norm, sentenceEnd, sentenceStart, span, tok, verbAt } from './lookups.js';
import { analyseNP } from './noun-phrase.js';
import type { Source } from './types.js';
import { BARE_PREPOSITIONS } from './word-sets.js';
import { contentFrom } from './content.js';
import { emit } from './drafts.js';
import { refusingSpeaker } from './refusal-participle.js';
import { anonymityAt } from './frame-parts.js';

/** طالبا، طالبةً، طالبين (normalised: ة is ه, tanween dropped). */
const PARTICIPLE = /^[وف]?طالب(ا|ه|ين)$/;
/** منه، منها، منهم، منهما: the one asked, as a pronoun. */
const ASKED_PRONOUN = /^من(ه|ها|هم|هما|هن)$/;

/** Is the word at k what is asked: a verbal noun opening a phrase (عدم، تصحيح، إرسال)? */
function askedAt(cx: Detection, k: number): boolean {
  const w = norm(cx, k);
  return tok(cx, k)?.kind === 'word' && !w.startsWith('ال') && w.length >= 3 && !BARE_PREPOSITIONS.has(w) && !verbAt(cx, k) && !cx.mentionOf[k];
}

/** Where what is asked starts after the participle at i, or -1. */
function askedStart(cx: Detection, i: number, se: number): number {
  const next = norm(cx, i + 1);
  if (ASKED_PRONOUN.test(next)) return askedAt(cx, i + 2) ? i + 2 : -1;
  if (next !== 'من') return -1;
  // من المراسل، من الجهات المختصة، من نظيره السعودي: a definite noun with its adjectives, or a name.
  let k = i + 2;
  const m = cx.mentionOf[k];
  if (m && m.first === k) k = m.last + 1;
  else {
    if (tok(cx, k)?.kind !== 'word') return -1;
    k++;
    while (k < se && k - i < 6 && norm(cx, k).startsWith('ال') && !isPunct(cx, k)) k++;
  }
  return k < se && askedAt(cx, k) ? k : -1;
}

/**
 * إلا أن اتحاد القدم رفض إرسالها، ويبدو أن الوزير اتخذ موقفا: the subject right after the last أن
 * of contrast or seeming (إلا أن، غير أن، بيد أن، يبدو أن) before the participle — a name, or a noun with the definite words after it — when a word that is
 * no cue (the clause's own verb) follows it and no report stands between it and the participle.
 */
function clauseSubjectBefore(cx: Detection, i: number): Source | undefined {
  const ss = sentenceStart(cx, i);
  for (let k = i - 1; k > ss && i - k <= 15; k--) {
    if (verbAt(cx, k)) return undefined;
    if (bareAt(cx, k) !== 'ان') continue;
    // Only an أن of contrast or seeming: after a verb of saying it opens the speaker's words.
    if (!/^(الا|غير|بيد|يبدو)$/.test(bareAt(cx, k - 1))) return undefined;
    const a = k + 1;
    const m = cx.mentionOf[a];
    let b = m && m.first === a ? m.last + 1 : a + 1;
    if (!m) while (b < i && b - a < 4 && norm(cx, b).startsWith('ال')) b++;
    const t = tok(cx, b);
    if (tok(cx, a)?.kind !== 'word' || t?.kind !== 'word' || b >= i - 1 || norm(cx, b).startsWith('ال')) return undefined;
    return analyseNP(cx, a, b);
  }
  return undefined;
}

/** At token i: emits the request of a طالبا participle and returns the last token used, or i. */
export function requestParticiple(cx: Detection, i: number): number {
  if (!PARTICIPLE.test(norm(cx, i)) || anonymityAt(cx, i)) return i;
  if (!isComma(cx, i - 1) && !/^و/.test(norm(cx, i))) return i;
  const se = sentenceEnd(cx, i);
  const k = askedStart(cx, i, se);
  if (k < 0) return i;
  const source = clauseSubjectBefore(cx, i) ?? refusingSpeaker(cx, i);
  if (!source) return i;
  const [a, b] = contentFrom(cx, k, false);
  emit(cx, { cue: span(cx, i, i + 1), source, content: span(cx, a, b), stance: 'assert' }, false);
  return k - 1;
}
