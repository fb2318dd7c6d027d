/**
 * A rumour going round: «وترددت أنباء عن رحيل المدرب»، «تردد في الأوساط خبر عن …»، «ترددت شائعات
 * بأن …». تردد (to be repeated, to go round) has the report itself for subject; the report is its
 * own anonymous attribution (GUIDELINE.md: a rumour inside reported content is its own anonymous
 * attribution; dev14 وترددت أنباء قوية، dev62 تردد … خبرٌ، dev65 ترددت انباء). Only with a report noun
 * as the subject, then what it says (عن، حول، ب، أن): تردد in the sense "hesitate" (لم يتردد في
 * الحديث) has a person for subject, and «يتردد صدى الخبر» has no report noun right after the verb
 * or its place phrase.
 */
import type { Detection } from './context.js';
import { bareAt, isComma, isPunct, norm, sentenceEnd, sentenceStart, span, tok, verbAt } from './lookups.js';
import { contentFrom } from './content.js';
import { emit } from './drafts.js';

/** تردد as a finite verb of the third person (perfect or imperfect), with و/ف or قد before. */
const GO_ROUND = /^(تردد|ترددت|يتردد|تتردد)$/;
/** Report nouns (without the article): news, rumours, talk. */
const REPORTS = new Set(['انباء', 'اخبار', 'خبر', 'شائعات', 'شائعه', 'اشاعات', 'اشاعه', 'احاديث', 'معلومات', 'تقارير', 'روايات']);
/** A place or time phrase may stand between the verb and its subject (في الشارع الرياضي، خلال الأيام الماضية). */
const PLACE_OPENERS = new Set(['في', 'علي', 'عبر', 'خلال', 'منذ', 'وسط', 'داخل', 'بين', 'مؤخرا', 'ايضا', 'اخيرا', 'مجددا', 'بقوه', 'كثيرا']);
/** ب of manner or time, not of what is said (بشكل كبير، بعد أيام). */
const MANNER = new Set(['بشكل', 'بصوره', 'بقوه', 'بكثره', 'بعد', 'بين', 'بسبب']);
/**
 * What may stand before the bare form تردد when it is the verb: a clause opener. After a noun
 * or a preposition it is the verbal noun (وسط تردد أنباء، بسبب تردد الشائعات), no cue.
 */
const OPENERS = /^[وف]?(ان|قد|لقد|كما|حيث|فيما|بينما|عندما|بعدما|ثم|اذ|وقد)$/;
/** How far after the verb the report noun may stand. */
const REACH = 7;
/** How many adjectives may follow the report noun before what it says (أنباء قوية، شائعات كثيرة أيضا). */
const MAX_ADJECTIVES = 5;

/** Is the word at k a report noun, with or without the article? */
function reportNounAt(cx: Detection, k: number): boolean {
  const w = bareAt(cx, k);
  return tok(cx, k)?.kind === 'word' && (REPORTS.has(w) || (w.startsWith('ال') && REPORTS.has(w.slice(2))));
}

/** Where what the report says opens at k: the index of its first word, or -1. */
function contentOpensAt(cx: Detection, k: number): number {
  const w = norm(cx, k);
  if (cx.complementizers.has(w) || w === 'عن' || w === 'حول' || w === 'بشان') return k + 1;
  // بتعرضه للإصابة، بأن: ب glued to a verbal noun or to أن.
  if (/^ب/.test(w) && w.length > 3 && !MANNER.has(w) && tok(cx, k)?.kind === 'word' && !verbAt(cx, k)) return k;
  return -1;
}

/** At the token i: تردد with a report noun as its subject. Returns the last token used, or i. */
export function rumouredReport(cx: Detection, i: number): number {
  if (!GO_ROUND.test(bareAt(cx, i))) return i;
  if (/^[وفبل]?م?ما$/.test(norm(cx, i - 1))) return relativeRumour(cx, i);
  const opens = i === sentenceStart(cx, i) || isPunct(cx, i - 1) || /^[وف]/.test(norm(cx, i)) || OPENERS.test(norm(cx, i - 1));
  if (bareAt(cx, i) === 'تردد' && !opens) return i;
  const se = sentenceEnd(cx, i);
  let r = i + 1;
  if (!reportNounAt(cx, r)) {
    if (!PLACE_OPENERS.has(norm(cx, r))) return i;
    while (r < se && r - i <= REACH && !reportNounAt(cx, r) && !isPunct(cx, r) && !verbAt(cx, r)) r++;
    if (!reportNounAt(cx, r)) return i;
  }
  // The report noun and its adjectives up to what it says (a comma may come before حول).
  let e = r + 1;
  // أنباء تفيد بأن …: a verb after the report is its own cue (the scan reads it); a participle
  // (أخبار غير مؤكدة) is an adjective.
  while (e < se && e - r <= MAX_ADJECTIVES && contentOpensAt(cx, e) < 0 && !isPunct(cx, e) && verbAt(cx, e)?.participle !== false) e++;
  const at = isComma(cx, e) ? e + 1 : e;
  const from = contentOpensAt(cx, at);
  if (from < 0 || from >= se) return i;
  const [a, b] = contentFrom(cx, from, false);
  // The source is the noun and its adjectives, not an adverb after them (كثيرة أيضا بشكل كبير).
  let srcEnd = r + 1;
  while (srcEnd < e && !MANNER.has(norm(cx, srcEnd)) && !PLACE_OPENERS.has(norm(cx, srcEnd))) srcEnd++;
  emit(cx, { cue: span(cx, i, i + 1), source: { kind: 'anonymous', ...span(cx, r, srcEnd) }, content: span(cx, a, b), stance: 'assert' }, false);
  return from - 1;
}

/** Where a media phrase after a relative تردد may reach before what it says. */
const MEDIA_REACH = 8;

/**
 * نفت الوزارة ما تردد في بعض وسائل الإعلام عن …، ونفى ما يتردد من شائعات حول …: after a relative
 * ما the subject of تردد is ما itself; the rumour's source is the media it went round in, or the
 * report noun after من that explains ما.
 */
function relativeRumour(cx: Detection, i: number): number {
  const se = sentenceEnd(cx, i);
  const p = norm(cx, i + 1);
  let s0 = i + 2;
  if (p === 'من' && reportNounAt(cx, i + 2)) s0 = i + 2;
  else if (!/^(في|علي|عبر)$/.test(p)) return i;
  let e = s0 + 1;
  while (e < se && e - s0 <= MEDIA_REACH && contentOpensAt(cx, e) < 0 && norm(cx, e) !== 'من' && !isPunct(cx, e) && !verbAt(cx, e)) e++;
  const from = norm(cx, e) === 'من' && p !== 'من' ? -1 : contentOpensAt(cx, e);
  if (from < 0 || from >= se || tok(cx, s0)?.kind !== 'word') return i;
  const [a, b] = contentFrom(cx, from, false);
  emit(cx, { cue: span(cx, i, i + 1), source: { kind: 'anonymous', ...span(cx, s0, e) }, content: span(cx, a, b), stance: 'assert' }, false);
  return from - 1;
}
