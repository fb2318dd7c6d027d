/**
 * تلقت غرفة العمليات بلاغاً من مواطن يفيد بأن …، ورد بلاغ إلى الشرطة مساء أمس، يفيد بـ …:
 * يفيد/تفيد with no subject of its own after it describes the indefinite notice before it (a
 * call, a message, information received), and that notice is the source (GUIDELINE.md: a
 * rumour or a notice inside reported content is its own anonymous attribution) — not the body
 * that received it, nor the spokesman who tells of it.
 */
import type { Detection } from './context.js';
import { bareAt, isQuoteOpen, norm, normLemma, sentenceStart, tok, verbAt } from './lookups.js';
import { COLONS } from './word-sets.js';
import { firstTokenAt } from './content.js';
import { analyseNP } from './noun-phrase.js';
import type { Draft } from './types.js';

/** Indefinite nouns of a notice received (normalised, without tanween). */
const NOTICE_NOUNS = new Set(['بلاغ', 'بلاغا', 'بلاغات', 'اتصال', 'اتصالا', 'اتصالات', 'رساله', 'رسائل', 'برقيه', 'اشعار', 'اشعارا',
  'اخطار', 'اخطارا', 'معلومات', 'انباء', 'تقارير', 'خبر', 'خبرا', 'اخبار', 'نداء', 'افاده', 'تنبيه', 'تنبيها', 'تنبيهات']);

/**
 * How far back the notice may stand: its sender, place and time may come between (بلاغ من شخص، ورد … مساء أمس),
 * and the receiving body's full name with its number (لعمليات الهيئة الإسعافية بالمدينة المنورة (997)).
 */
const REACH = 20;

/** 11:30: the colon of a clock time, between two numbers, opens no clause. */
const clockColon = (cx: Detection, k: number): boolean => tok(cx, k - 1)?.kind === 'number' && tok(cx, k + 1)?.kind === 'number';

/** Where the notice noun that the cue at i describes stands, or -1. */
function noticeBefore(cx: Detection, i: number): number {
  const s = sentenceStart(cx, i);
  for (let k = i - 1; k >= s && i - k <= REACH; k--) {
    const w = bareAt(cx, k);
    if (NOTICE_NOUNS.has(w)) return k;
    // A complementiser, a colon or a quotation opens the clause; another cue verb has its own subject.
    if (cx.complementizers.has(norm(cx, k)) || (COLONS.has(norm(cx, k)) && !clockColon(cx, k)) || isQuoteOpen(cx, k) || (verbAt(cx, k) && tok(cx, k)?.kind === 'word')) return -1;
  }
  return -1;
}

/**
 * Where the notice's own phrase ends: past its adjectives of relation (بلاغ هاتفي، رسالة نصية),
 * before its sender, place and time (بلاغ من مواطن إلى الشرطة مساء أمس), which name no source.
 */
function noticeEnd(cx: Detection, k: number, i: number): number {
  let e = k + 1;
  while (e < i && e - k <= 2 && tok(cx, e)?.kind === 'word' && !bareAt(cx, e).startsWith('ال') && /(ي|يه|يا|يات)$/.test(bareAt(cx, e))) e++;
  return e;
}

/** The cue of d is one imperfect يفيد/تفيد with no subject written after it. */
function subjectlessInforms(cx: Detection, d: Draft): number {
  const i = firstTokenAt(cx, d.cue.start);
  const v = verbAt(cx, i);
  if (!v || v.participle || normLemma(v) !== 'افاد' || !/^[يت]فيد$/.test(bareAt(cx, i))) return -1;
  if (d.source.start !== undefined && d.source.start >= d.cue.end) return -1;
  return i;
}

/** Gives the notice before a subjectless يفيد/تفيد as its source (see the file comment). */
export function noticeSubjects(cx: Detection): void {
  for (const d of cx.drafts) {
    const i = subjectlessInforms(cx, d);
    if (i < 0) continue;
    const k = noticeBefore(cx, i);
    if (k < 0) continue;
    const at = (tok(cx, k) as { start: number }).start;
    // بلاغاً ورد من قطاع حرس الحدود: the phrase already read from the notice is kept.
    if (d.source.start !== undefined && d.source.start >= at) continue;
    const source = analyseNP(cx, k, noticeEnd(cx, k, i));
    if (source) d.source = source;
  }
}
