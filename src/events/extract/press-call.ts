/**
 * «وقال الوزير في اتصال هاتفي مع "الوطن" إن …»، «وأوضح المتحدث في اتصال هاتفي من عدن أن …»،
 * «وذكر الوزير في اتصال هاتفي أجرته معه «الشرق الأوسط» أن …»: a phone call that frames what a
 * source says is the outlet's interview, the way the words reached the paper, no contact between
 * parties. It stays an event when a person or a state is on the other end (وقال الملك في اتصال
 * هاتفي مع الرئيس الأمريكي إن …) or an unnamed party is (مع والد الشهيد).
 */
import { type Doc, isAdjective, sentenceOf } from './context.js';
import { isBoundary, QUOTE_OPEN } from './lexicon-sets.js';
import type { Candidate } from './types.js';

const IN = /^(و)?في$/;
const PHONE_ADJECTIVE = /^(هاتفي|هاتفيا|هاتفيه|هاتفيًا)$/;
/** The interview told as made by the outlet (أجرته معه، أجراه معها). */
const MADE_WITH_SOURCE = /^(اجراه|اجرته|اجرتها|اجراها|اجروه)$/;
const WITH = /^(مع|ب|ل|لـ|الي)$/;

/** Whether the token at k starts a party on the other end of the call: a person or a state, also by a nisba in a title (نظيره الأمريكي). */
function callee(doc: Doc, k: number, end: number): 'party' | 'outlet' | 'unnamed' {
  const { tokens, mentionAt } = doc;
  if (QUOTE_OPEN.has(tokens[k]?.norm ?? '')) return 'outlet';
  for (let j = k; j < end && j - k <= 4; j++) {
    const m = mentionAt[j];
    if (!m) continue;
    if (m.entity.type === 'PER' || (m.entity.type === 'GPE' && (isAdjective(m) || j > k))) return 'party';
    return j === k && m.entity.type === 'ORG' ? 'outlet' : 'unnamed';
  }
  return 'unnamed';
}

/** Whether the call noun c frames a statement reported to an outlet, with nobody named on its other end. */
export function pressCall(doc: Doc, c: Candidate): boolean {
  const { tokens, input } = doc;
  const i = c.tok;
  if (c.type !== 'CONSULT' || c.lemma.mode !== 'phone' || c.reading.pos !== 'noun' || i === 0 || !IN.test(tokens[i - 1]!.norm)) return false;
  const t = tokens[i]!;
  const framing = input.attributions.some((a) => a.cue.end <= tokens[i - 1]!.start && t.end <= a.content.start && a.content.start - t.end < 120);
  if (!framing) return false;
  let k = i + 1;
  if (PHONE_ADJECTIVE.test(tokens[k]?.norm ?? '')) k++;
  const end = Math.min(tokens.length, k + 8);
  const next = tokens[k];
  if (!next || sentenceOf(doc, k) !== sentenceOf(doc, i) || isBoundary(next)) return true;
  if (MADE_WITH_SOURCE.test(next.norm)) return true;
  if (WITH.test(next.norm)) return callee(doc, k + 1, end) === 'outlet';
  // A prefixed preposition on the callee (بالرئيس، لـ"اليوم"، للصحيفة).
  if (/^(ب|ل)./.test(next.norm) && !/^(بعد|بين)$/.test(next.norm)) return callee(doc, k, end) === 'outlet';
  // «من عدن»، «من مقر إقامته»: the place the source speaks from; a person after من made the call.
  if (next.norm === 'من') return callee(doc, k + 1, end) !== 'party';
  return true;
}
