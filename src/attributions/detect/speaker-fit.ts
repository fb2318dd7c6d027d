/**
 * A source must be able to speak: a person, a body, a text or an outlet, a role, a group of
 * people, an unnamed source. When the rules give a cue a noun phrase headed by something that
 * cannot (an event or change named by its verbal noun: انخفاض، عودة إيران; an abstract or a
 * thing: سلامة، الرقم القياسي، حلقة; a date; a verb or an adverb read as a noun), the cue's
 * real subject is unwritten or lies elsewhere, and in news prose an unwritten subject is the
 * speaker already being reported (وقال المتحدث …، وأرجع انخفاض هذا العام إلى …). The draft
 * then takes the previous speaker, if one was reported close before; otherwise it stays.
 */
import type { Token } from '../../core/types.js';
import type { Detection } from './context.js';
import { firstTokenAt } from './content.js';
import { bareAt, norm, sentenceOf, tok, verbAt } from './lookups.js';
import { speakerAt } from './subjects.js';
import type { Draft } from './types.js';
import { ALIF_ADVERBS, COPULAS, DATE_HEADS, MONTHS, PLACE_NOUNS, SHORT_VERBAL_NOUNS, TALKING_REPORTS, TIME_WORDS, carrierGender, inSet } from './word-sets.js';

/** Nouns of the derived verbal-noun shapes that name a body or a text, which do speak (الاجتماع، الاتحاد، استطلاع). */
const SPEAKING_SHAPES = new Set(['اجتماع', 'اتحاد', 'ائتلاف', 'اتفاق', 'اتفاقيه', 'استطلاع', 'استبيان', 'اعلان', 'انتربول']);
/** Abstract nouns and things that are never a speaker (heads, without the article). */
const THING_HEADS = new Set(['سلامه', 'حكايه', 'قصه', 'رقم', 'حلقه', 'حس', 'وجه', 'مرض', 'كره', 'اطوال', 'طول',
  'حادث', 'حادثه', 'هجوم', 'حريق', 'انفجار', 'مشكله', 'ازمه', 'ظاهره', 'طريقه', 'اسلوب', 'واقع']);
/** Demonstratives of things, which alone (وأكد ذلك، واعتبر ذلك) are the verb's object, never its speaker. */
const THING_DEMONSTRATIVES = new Set(['ذلك', 'تلك', 'ذاك']);
/** Demonstratives and ordinals before a head noun (هذا الرقم، أخر حلقة). */
const BEFORE_HEAD = new Set(['هذا', 'هذه', 'ذلك', 'تلك', 'اخر', 'اول']);
/** How many sentences back the previous speaker may stand. */
const CARRY_SENTENCES = 3;

const stripArticle = (w: string): string => (w.startsWith('ال') && w.length > 4 ? w.slice(2) : w);

/** Whether the word at k, the head of a source, names something that cannot speak. */
export function cannotSpeakAt(cx: Detection, k: number): boolean {
  const t = tok(cx, k);
  if (!t || t.kind !== 'word' || cx.mentionOf[k] || speakerAt(cx, k)) return false;
  const w = bareAt(cx, k);
  const head = stripArticle(w);
  if (carrierGender(w) !== undefined || TALKING_REPORTS.test(head) || PLACE_NOUNS.has(w) || inSet(cx.lex.quantifierHeads, w)
    || inSet(cx.lex.rankTitles, w) || SPEAKING_SHAPES.has(head)) return false;
  // المتابعين، العقاريون: a sound plural of a noun of people.
  if (/^ال.{3,}(ين|ون)$/.test(w)) return false;
  if (THING_HEADS.has(head) || SHORT_VERBAL_NOUNS.has(head) || DATE_HEADS.has(w) || TIME_WORDS.has(w) || MONTHS.has(head)) return true;
  // وكانت، سيترشح، ساخرا: a verb or an adverb, which no noun phrase opens with.
  // كثيرا من التيارات: before من the word is a quantity noun, the head of a subject.
  if (COPULAS.has(w) || (ALIF_ADVERBS.has(w) && bareAt(cx, k + 1) !== 'من') || (verbAt(cx, k) !== undefined && !verbAt(cx, k)?.participle)) return true;
  return derivedVerbalNoun(w);
}

/**
 * An indefinite verbal noun of a derived stem (انخفاض، ارتفاع، استمرار، انكسار): an event in
 * construct with what it happens to. With the article the same shapes name bodies and
 * sectors (التعليم، الإفتاء، الاتحاد); أفعال is also the plural of people (أطباء، أنصار),
 * and تفعيل names texts that do speak (تقرير، تقييم، تحليل، تصريح), so none of these is taken.
 */
function derivedVerbalNoun(w: string): boolean {
  if (w.startsWith('ال')) return false;
  const stem = w.replace(/ه$/, '');
  return /^است..ا.$/.test(stem) || /^ا.ت.ا.$/.test(stem) || /^ان..ا.$/.test(stem);
}

/** The head token of d's source: its first word past a demonstrative or an ordinal. */
function headOf(cx: Detection, d: Draft): number | undefined {
  if (d.source.start === undefined || d.source.entity !== undefined) return undefined;
  let k = firstTokenAt(cx, d.source.start);
  // A demonstrative of a thing that is the whole source is its own head (see loneThingDemonstrative).
  if (loneThingDemonstrative(cx, d, k)) return k;
  if (BEFORE_HEAD.has(bareAt(cx, k))) k++;
  return k < cx.tokenCount && (tok(cx, k) as Token).start < (d.source.end ?? Infinity) ? k : undefined;
}

/** Whether d's source is a demonstrative of a thing alone (ذلك), which names no speaker. */
function loneThingDemonstrative(cx: Detection, d: Draft, k: number): boolean {
  return THING_DEMONSTRATIVES.has(bareAt(cx, k)) && (cx.tokens[k + 1]?.start ?? Infinity) >= (d.source.end ?? 0);
}

/** Whether the head k of d's source names no speaker. */
function unfitHead(cx: Detection, d: Draft, k: number): boolean {
  return cannotSpeakAt(cx, k) || loneThingDemonstrative(cx, d, k);
}

/** The source of the nearest speaker reported before d (by position), within CARRY_SENTENCES sentences. */
function speakerBefore(cx: Detection, d: Draft): Draft | undefined {
  const at = firstTokenAt(cx, d.cue.start);
  let best: Draft | undefined;
  for (const e of cx.drafts) {
    if (e === d || !e.speaker || e.cue.start >= d.cue.start || e.source.start === undefined) continue;
    if (best === undefined || e.cue.start > best.cue.start) best = e;
  }
  if (!best || sentenceOf(cx, at) - sentenceOf(cx, firstTokenAt(cx, best.cue.start)) > CARRY_SENTENCES) return undefined;
  const h = headOf(cx, best);
  return h !== undefined && unfitHead(cx, best, h) ? undefined : best;
}

/** Gives the previous speaker to each draft whose source cannot speak (see the module comment). */
export function carrySpeakerOverThings(cx: Detection): void {
  for (const d of cx.drafts) {
    const k = headOf(cx, d);
    if (k === undefined || !unfitHead(cx, d, k) || norm(cx, k) === '') continue;
    const prev = speakerBefore(cx, d);
    if (prev) d.source = { ...prev.source };
  }
}
