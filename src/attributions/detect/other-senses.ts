/**
 * Forms of a verb of saying that, in their construction, carry another sense and report
 * nothing, so they are no verb cue at all (they neither end another report's content nor give
 * a subject to the participles after them):
 * - أظهر "displayed" a quality: an indefinite accusative object (أظهر اللاعب هدوءًا، أظهرت
 *   القطط مهارة) with a subject that is no text, data or research; with data the same object is
 *   a finding (أظهرت البيانات ارتفاعًا) and stays.
 * - مفيدة، مفيدا "useful": the participle of أفاد reports only with its content introduced
 *   right after it (مفيدا أن، مفيدة بأن، مفيدا: «…»); otherwise it is the adjective (كانت مفيدة لنا).
 * - نفيا تاما "a complete denial": the verbal noun as an absolute object, with its adjective;
 *   افتراء وكذب "slander and lies": the noun joined to another.
 * - شارع يدعى «…»، رجل يدعى فلان: «is called», after the indefinite noun it names.
 */
import type { VerbCue } from '../lexicon.js';
import type { Detection } from './context.js';
import { carrierHeadAt } from './carrier-head.js';
import { ALIF_ADVERBS, carrierGender, COLONS, inSet, OPEN_QUOTES, TIME_WORDS } from './word-sets.js';
import { normaliseString } from '../../text/normalise/normalise.js';

/** Heads, without the article, of findings that show a result (نتائج الفحص، التحاليل، البحث). */
const FINDING_HEADS = new Set(['نتائج', 'نتيجة', 'فحص', 'فحوص', 'فحوصات', 'تحليل', 'تحاليل', 'تشخيص', 'بحث', 'أبحاث', 'بحوث', 'تصميم',
  'مؤشر', 'مؤشرات', 'اختبار', 'اختبارات', 'قياس', 'قياسات', 'إحصائية', 'أرقام', 'سجلات', 'قائمة', 'مسوح', 'الكشف'].map((w) => normaliseString(w)));
/** How far after the verb its object may stand (past a subject of a few words). */
const OBJECT_REACH = 6;
/** How far before the verb its subject may stand, with its adjectives (بيانات مخيبة للآمال أظهرت). */
const SUBJECT_REACH = 4;
/** The tanwin of the accusative (ً). */
const TANWIN_FATH = '\u064B';

const word = (cx: Detection, k: number): string => (k >= 0 && k < cx.tokenCount && cx.kinds[k] === 'word' ? (cx.bares[k] as string) : '');
const raw = (cx: Detection, k: number): string => cx.text.slice(cx.starts[k] as number, cx.ends[k] as number);

/** Is the word at k the head of a text, data or research, which shows findings? */
function informingHeadAt(cx: Detection, k: number): boolean {
  const h = word(cx, k);
  if (h === '') return false;
  const head = h.startsWith('ال') ? h.slice(2) : h;
  return carrierHeadAt(cx, k) || carrierGender(h) !== undefined || FINDING_HEADS.has(head) || inSet(cx.lex.anonymousHeads, h)
    || cx.lex.statementNouns.has(head);
}

/** An indefinite noun in the accusative at k: the tanwin written (ذكاءً) or the alif of it (هدوءا، التزاما). */
function indefiniteAccusativeAt(cx: Detection, k: number): boolean {
  const h = word(cx, k);
  if (h === '' || h.startsWith('ال') || cx.mentionOf[k] || ALIF_ADVERBS.has(h)) return false;
  const r = raw(cx, k);
  return r.includes(TANWIN_FATH) || (h.length >= 5 && h.endsWith('ا') && !/(يا|ها|نا)$/.test(h));
}

/** أظهرت القطط ذكاءً: أظهر with an indefinite accusative object and a subject that informs of nothing. */
function displayedQuality(cx: Detection, i: number, v: VerbCue): boolean {
  if (v.lemma !== 'أظهر' || v.participle) return false;
  // بعد بيانات مخيبة للآمال أظهرت ارتفاعا: the informing subject before the verb, past its adjectives.
  for (let k = i - 1; k >= 0 && k >= i - SUBJECT_REACH && word(cx, k) !== ''; k--) if (informingHeadAt(cx, k)) return false;
  for (let k = i + 1; k < cx.tokenCount && k <= i + OBJECT_REACH; k++) {
    const w = word(cx, k);
    if (w === '' || cx.complementizers.has(w)) return false;
    if (informingHeadAt(cx, k)) return false;
    if (TIME_WORDS.has(w)) continue;
    if (indefiniteAccusativeAt(cx, k)) return true;
  }
  return false;
}

/** كانت مفيدة لنا: the participle of أفاد without its content introduced right after it. */
function usefulAdjective(cx: Detection, i: number, v: VerbCue): boolean {
  if (v.lemma !== 'أفاد' || !v.participle) return false;
  const next = (cx.norms[i + 1] as string | undefined) ?? '';
  if (cx.complementizers.has(next) || COLONS.has(next) || OPEN_QUOTES.has(next)) return false;
  // مفيدا بوجود …، مفيدة بأن …: the content after ب.
  return !(cx.kinds[i + 1] === 'word' && next.startsWith('ب') && next.length > 3);
}

/** أنفيه نفيا قاطعا: the verbal noun نفيا with its indefinite accusative adjective. */
function absoluteDenial(cx: Detection, i: number, v: VerbCue): boolean {
  if (v.lemma !== 'نفى' || word(cx, i) !== 'نفيا') return false;
  // The adjective is short (تاما، باتا): any indefinite word in ا that names no one.
  const adj = word(cx, i + 1);
  return adj.length >= 4 && adj.endsWith('ا') && !adj.startsWith('ال') && !cx.mentionOf[i + 1] && cx.lex.verbs.get(cx.norms[i + 1] as string) === undefined;
}

/** شارع يدعى «…»: يدعى spelled with ى right after the indefinite noun it names. */
function calledAfterNoun(cx: Detection, i: number, v: VerbCue): boolean {
  if (v.lemma !== 'ادعى' || !/^[يت]دعي$/.test(word(cx, i)) || !raw(cx, i).endsWith('ى')) return false;
  const before = word(cx, i - 1);
  return before.length >= 3 && !before.startsWith('ال') && cx.lex.verbs.get(cx.norms[i - 1] as string) === undefined && !cx.mentionOf[i - 1];
}

/** هذا افتراء وكذب: كذب joined by و to an indefinite noun before it is the noun "lies". */
function lieNoun(cx: Detection, i: number, v: VerbCue): boolean {
  if (v.lemma !== 'كذب' || v.participle || (cx.norms[i] as string) !== 'وكذب') return false;
  const before = word(cx, i - 1);
  return before.length >= 3 && !before.startsWith('ال') && !TIME_WORDS.has(before) && !cx.mentionOf[i - 1]
    && cx.lex.verbs.get(cx.norms[i - 1] as string) === undefined;
}

/** Whether the verb cue v at i carries another sense here and reports nothing (see the module comment). */
export function otherSenseAt(cx: Detection, i: number, v: VerbCue): boolean {
  return displayedQuality(cx, i, v) || usefulAdjective(cx, i, v) || absoluteDenial(cx, i, v) || lieNoun(cx, i, v)
    || calledAfterNoun(cx, i, v);
}
