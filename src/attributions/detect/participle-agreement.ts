/**
 * مشيرا، مشيرة، مؤكدين: a circumstantial participle of saying agrees with its unwritten
 * speaker in gender and number. A candidate speaker that cannot agree with it belongs to
 * someone else: a masculine singular participle after a body named by a feminine noun (وزارة،
 * مديرية) or by a plural (جهات، مصادر); a feminine one after a man's title; a sound plural one
 * after a single person, body or outlet. Nor is a phrase that opens with a preposition (ببرودة
 * أعصاب، لمستشفى، على أسئلة) or a clause (كلما اقتربنا) anyone's name.
 *
 * In the development gold none of 388 masculine singular participles has a body named by a
 * feminine noun for speaker, and one a plural (السلطات), so the occasional news habit of
 * «وزارة …، مشيرا» is not followed here.
 */
import type { Detection } from './context.js';
import { firstTokenAt } from './content.js';
import { bareAt, norm, roleOf, sentenceOf, tok } from './lookups.js';
import { pluralSource } from './plural-antecedent.js';
import { disagrees } from './subjects.js';
import type { Draft, Source } from './types.js';
import { BARE_PREPOSITIONS, ONE_MAN_TITLES, PREPOSITIONS, titleHeads } from './word-sets.js';

/** The participle's gender and number: masculine or feminine singular, or plural. */
export type ParticipleForm = 'm' | 'f' | 'pl';

/** Titles of one man (مدير، المتحدث): no feminine or plural participle is theirs. */
const MAN_TITLES = titleHeads([...ONE_MAN_TITLES, 'مدرب', 'لاعب', 'امين', 'وكيل', 'محافظ', 'امير', 'شيخ', 'دكتور', 'مهندس', 'عميد',
  'عقيد', 'لواء', 'مواطن']);

/** كلما اقتربنا، عندما، إذا: a clause that opens where a speaker was looked for names no one. */
const CLAUSE_OPENERS = /^[وف]?(كلما|عندما|حينما|لما|بينما|فيما|اذا|لو|لكن|ان|انه|انها|كما)$/;

/**
 * The form of the participle written at k (normalised: ة as ه, no tanwin), or undefined: a
 * feminine plural (مؤكدات) is left unchecked.
 */
export function participleForm(cx: Detection, k: number): ParticipleForm | undefined {
  const w = norm(cx, k).replace(/^[وف](?=م|قا)/, '');
  if (/^(م.{3,}|قا[يئ]ل)(ين|ون)$/.test(w)) return 'pl';
  if (/^(م.{3,}|قا[يئ]ل)ه$/.test(w)) return 'f';
  if (/^(م.{3,}|قا[يئ]ل)ا?$/.test(w)) return 'm';
  return undefined;
}

/** ببرودة، لمستشفى، على: the phrase at a opens with a preposition, written apart or as a clitic. */
function prepositionFirst(cx: Detection, a: number): boolean {
  // علي الرشيدي: a name written as a preposition is a name.
  if (cx.mentionOf[a]?.first === a) return false;
  const w = norm(cx, a);
  if (PREPOSITIONS.has(w) || BARE_PREPOSITIONS.has(w)) return true;
  const segs = tok(cx, a)?.segments ?? [];
  return segs.some((s) => s.role === 'proclitic' && /^[بلك]$/.test(s.form));
}

/** Whether the head word at a alone names more than one (جهات، مصادر، المختصون، بعض). */
function pluralHead(cx: Detection, a: number): boolean {
  const t = tok(cx, a);
  return t !== undefined && pluralSource(cx, { kind: 'anonymous', start: t.start, end: t.end });
}

/** Whether a person is named inside the source s, whose first token is a. */
function personInside(cx: Detection, a: number, s: Source): boolean {
  for (let k = a; k < cx.tokenCount && (tok(cx, k)?.start ?? Infinity) < (s.end ?? s.start ?? 0); k++) if (cx.mentionOf[k]?.type === 'PER') return true;
  return false;
}

/**
 * Whether the source s can be the speaker of a participle of the given form. A strict reading
 * (for a speaker sought among earlier reports) wants a plural participle's speaker to show that
 * it is more than one.
 */
export function fitsParticiple(cx: Detection, form: ParticipleForm, s: Source, strict = false): boolean {
  if (s.start === undefined) return true;
  const a = firstTokenAt(cx, s.start);
  if (tok(cx, a)?.kind !== 'word') return true;
  if (prepositionFirst(cx, a) || CLAUSE_OPENERS.test(norm(cx, a))) return false;
  const person = cx.mentionOf[a]?.type === 'PER';
  const h = bareAt(cx, a);
  // تصريحات لوزير الدفاع X: a person named inside the phrase is its speaker. السلطات, the
  // authorities, stand for the state, which news gives a masculine participle.
  if (form === 'm') return person || personInside(cx, a, s) || h === 'السلطات' || (!disagrees(cx, 'm', a) && !pluralHead(cx, a));
  if (form === 'f') return person || (!disagrees(cx, 'f', a) && !MAN_TITLES.test(h));
  // A sound plural: not one person, one man's title, or one body in ة; nor things in ات.
  if (pluralSource(cx, s) && !/ات$/.test(h)) return true;
  if (strict) return false;
  const role = roleOf(cx, h);
  // موقع "…": one outlet is not a plural speaker.
  return !person && !MAN_TITLES.test(h) && role !== 'person' && !(h.length >= 4 && /(ه|ات)$/.test(h)) && !cx.lex.outletNouns.has(h.replace(/^ال/, ''));
}

/** Whether s can be the unwritten speaker of the participle cue whose word is at k. */
export function participleSpeaker(cx: Detection, cue: { participle: boolean } | undefined, k: number, s: Source): boolean {
  const form = cue?.participle ? participleForm(cx, k) : undefined;
  return form === undefined || fitsParticiple(cx, form, s);
}

/**
 * When no subject of the participle's sentence agrees with it: the nearest earlier report whose
 * speaker does, in this sentence or, for a speaker who may go on (وأضاف), the three before it
 * (بحسب ما أوضحه المختصون …، مؤكدين).
 */
export function agreeingSpeaker(cx: Detection, cue: { participle: boolean } | undefined, k: number): Source | undefined {
  const form = cue?.participle ? participleForm(cx, k) : undefined;
  if (form === undefined) return undefined;
  const here = sentenceOf(cx, k);
  for (let i = cx.drafts.length - 1; i >= 0; i--) {
    const d = cx.drafts[i] as Draft;
    const at = sentenceOf(cx, firstTokenAt(cx, d.cue.start));
    if (here - at > 3) return undefined;
    // A plural participle takes only a speaker that shows it is more than one (not النادي).
    if ((at === here || d.speaker) && d.source.start !== undefined && fitsParticiple(cx, form, d.source, true)) return { ...d.source };
  }
  return undefined;
}
