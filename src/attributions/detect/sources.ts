/**
 * Where a verb cue's written speaker is when the first guess would be wrong: the subject
 * of a reported clause (… إلى أن كوريا الجنوبية أعلنت …), which may be long, and the
 * adverbials after a verb that never speak (أكد بشكل قاطع).
 */
import type { Token } from '../../core/types.js';
import type { Detection } from './context.js';
import { firstTokenAt } from './content.js';
import { norm } from './lookups.js';
import { DATE_HEADS } from './word-sets.js';

/**
 * Whether the complementizer at k opens the content of the report just found: then إلى أن
 * (وأشارت الوكالة إلى أن كوريا الجنوبية أعلنت …) is a verb's frame, not "until", and the
 * noun phrase after it is the subject of the clause's verb.
 */
export function opensReportedClause(cx: Detection, k: number): boolean {
  const last = cx.drafts[cx.drafts.length - 1];
  if (!last || !cx.complementizers.has(norm(cx, k))) return false;
  const at = firstTokenAt(cx, last.content.start);
  return at === k + 1 || at === k;
}

/**
 * Whether the words [a, i) can all belong to the long subject of a reported clause: after
 * its first word (the noun of أن, accusative: عدداً من العناصر …), an accusative
 * indefinite (بلاغًا) or a date word (ظهر اليوم) belongs to a verb inside the phrase
 * (أن غرفة العمليات تلقت ظهر اليوم بلاغًا يفيد …), so the phrase is no subject.
 */
export function longSubjectHolds(cx: Detection, a: number, i: number): boolean {
  // وقال إنه يدرس الخيارات …، إنه سيستقيل … لكنه نفى: after أن with a pronoun the clause opens with its verb.
  if (norm(cx, a - 1) !== 'ان' || /^س?[يتن]/.test(norm(cx, a)) && !cx.mentionOf[a]) return false;
  for (let k = a + 1; k < i; k++) {
    const t = cx.tokens[k] as Token;
    const w = norm(cx, k);
    if (/\u064B/.test(cx.text.slice(t.start, t.end)) || DATE_HEADS.has(w)) return false;
    // الشركة تزيد إنتاج …، العشرات من سكان الفلوجة خرجوا في مظاهرة …: a verb's shape (an
    // imperfect prefix, the plural وا) inside the phrase.
    if (/^[يت]/.test(w) || /[^ا]وا$/.test(w)) return false;
  }
  return true;
}

/** هناك، هنالك: "there is"; a verb after the noun it introduces describes that noun (أن هناك دلائل تؤكد …). */
export function existentialAt(cx: Detection, k: number): boolean {
  return /^[وف]?(هناك|هنالك)$/.test(norm(cx, k));
}

/** بشكل، بصورة، بطريقة: the head of an adverbial of manner. */
const MANNER_HEADS = /^(بشكل|بصوره|بطريقه|بلهجه|بنبره|بكل)$/;

/**
 * Where the words at k stop being an adverbial of manner after a verb (أكد بشكل قاطع أن،
 * قال بصورة واضحة إن، أكد بكل وضوح): its head and one adjective or noun, never the subject.
 * Returns k when no such phrase is there.
 */
export function pastMannerAdverbial(cx: Detection, k: number): number {
  if (!MANNER_HEADS.test(norm(cx, k))) return k;
  const w = norm(cx, k + 1);
  const t = cx.tokens[k + 1];
  if (t?.kind !== 'word' || w.startsWith('ال') || cx.complementizers.has(w) || cx.mentionOf[k + 1]) return k;
  return k + 2;
}

/** A dash or hyphen between a byline's name and its outlet or place (أميرة المولد – عين اليوم، سبق- الرياض). */
const BYLINE_DASH = /\s[-–—]|[-–—]\s/;

/**
 * Whether the token at k lies in a byline or dateline: a short line of its own, a writer's
 * name or a place, a dash or hyphen and an outlet (أميرة المولد – عين اليوم، الرياض - واس), or
 * a short line closed by a colon. The writer of the article is never a speaker in it.
 */
export function inByline(cx: Detection, k: number): boolean {
  const t = cx.tokens[k];
  if (!t) return false;
  const from = cx.text.lastIndexOf('\n', t.start) + 1;
  const nl = cx.text.indexOf('\n', t.end);
  // A line that ends the text is no byline: the article follows it.
  if (nl < 0 || cx.text.slice(nl).trim() === '') return false;
  const line = cx.text.slice(from, nl).trim();
  const words = line.split(/\s+/).filter((w) => /[\u0621-\u064A]/.test(w)).length;
  if (words < 2 || words > 8) return false;
  if (/[:：]\s*[-–—]?$/.test(line)) return true;
  const dash = BYLINE_DASH.exec(line);
  if (!dash) return false;
  // Both sides short: a name (or a place) and an outlet, never a sentence.
  const side = (s: string): number => s.split(/\s+/).filter((w) => /[\u0621-\u064A]/.test(w)).length;
  const left = side(line.slice(0, dash.index));
  const right = side(line.slice(dash.index + dash[0].length));
  return left >= 1 && left <= 4 && right >= 1 && right <= 4;
}
