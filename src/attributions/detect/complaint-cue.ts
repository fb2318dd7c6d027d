/**
 * يشكو الأهالي من انقطاع المياه is a complaint with its content (GUIDELINE.md, as اشتكى من in
 * dev17), but تشتكي من آلام في البطن، كان يشكو من ارتفاع في درجة الحرارة names a symptom: the
 * patient suffers, no one reports anything. And a plural complaint (أنهم يشتكون) read with one
 * named person as its source (the subject of the sentence before) has lost its real speakers:
 * it is dropped rather than given to the wrong one.
 */
import type { Detection } from './context.js';
import { bareAt, normLemma, verbAt } from './lookups.js';
import { firstTokenAt } from './content.js';
import type { Draft } from './types.js';

const COMPLAINING = new Set(['شكا', 'اشتكي']);
/** Heads of symptoms and illnesses after من (normalised, without the article). */
const SYMPTOMS = new Set(['الام', 'الم', 'اوجاع', 'وجع', 'صداع', 'مرض', 'امراض', 'اعراض', 'تقيو', 'قيء', 'اسهال', 'امساك', 'حمي',
  'سعال', 'كحه', 'ضيق', 'التهاب', 'التهابات', 'اصابه', 'اعياء', 'ارهاق', 'تعب', 'دوار', 'نزيف', 'ورم', 'اورام', 'سرطان', 'ارتفاع', 'حساسيه',
  'ربو', 'سكري', 'قصور', 'شلل', 'كسر', 'كسور', 'جروح', 'حروق', 'سمنه', 'بدانه', 'اكتئاب', 'ارق', 'هبوط']);
/** What rises in a body (حرارته، ضغط الدم، السكر). */
const BODY_MEASURES = /^(ال)?(حراره|حرارته|حرارتها|ضغط|السكر|سكر)$/;

/** Whether d is شكا/اشتكى من with a symptom (or من خلال, «through») as its complement. */
function symptomComplaint(cx: Detection, d: Draft): boolean {
  const c = firstTokenAt(cx, d.cue.start);
  const v = verbAt(cx, c);
  if (!v || !COMPLAINING.has(normLemma(v))) return false;
  const k = firstTokenAt(cx, d.content.start);
  const first = bareAt(cx, k);
  const head = first === 'من' ? bareAt(cx, k + 1) : first.startsWith('من') ? first.slice(2) : first;
  const noun = head.startsWith('ال') ? head.slice(2) : head;
  // يشكو من خلاله نادي الهلال: «through it», no complement.
  if (/^خلال/.test(noun)) return true;
  // ارتفاع في درجة الحرارة، ارتفاع ضغط الدم: a rise is a symptom only of the body.
  if (noun === 'ارتفاع') return [2, 3, 4].some((q) => BODY_MEASURES.test(bareAt(cx, k + q)));
  // آلام is written الام: the word is tried as it stands too.
  return SYMPTOMS.has(noun) || SYMPTOMS.has(head);
}

/** A plural complaint (يشكون، اشتكوا) whose source is one person's name. */
function pluralComplaintOfOne(cx: Detection, d: Draft): boolean {
  const c = firstTokenAt(cx, d.cue.start);
  const v = verbAt(cx, c);
  if (!v || !COMPLAINING.has(normLemma(v)) || !/(ون|وا)$/.test(bareAt(cx, c)) || d.source.start === undefined) return false;
  const m = cx.mentionOf[firstTokenAt(cx, d.source.start)];
  return m?.type === 'PER' && !/\sو/.test(cx.text.slice(d.source.start, d.source.end ?? d.source.start));
}

/** Drops complaints of a symptom and plural complaints given to one person (see the file comment). */
export function dropUnfitComplaints(cx: Detection): void {
  for (let k = cx.drafts.length - 1; k >= 0; k--) {
    const d = cx.drafts[k] as Draft;
    if (symptomComplaint(cx, d) || pluralComplaintOfOne(cx, d)) cx.drafts.splice(k, 1);
  }
}
