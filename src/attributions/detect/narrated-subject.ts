/**
 * زارت الوزيرة المدرسة …. وقالت إن …؛ ثم ألقى الأمير كلمة …، وقال …: a subjectless verb cue goes on
 * with the subject of a verb that reports nothing (no cue the lexicon knows, so no subject was
 * remembered for it) when that verb opens a clause after the last report, in the cue's sentence
 * or, for a cue that opens its sentence, in the sentence before. The last speaker is further
 * back and is not the one who speaks here.
 *
 * With no tagger the verb is told by its place and shape only: it opens a clause (a sentence, a
 * line, after ثم، كما، حيث، إذ), has the shape of a past verb (not an imperfect or a future)
 * (verbShapeAt: no article, no ة, no particle or name…), agrees in gender with the cue (the ت of
 * زارت with وقالت), and the noun phrase after it names someone who can speak (a name, a title, an
 * unnamed source, a team or a crowd: speakingSubjectAfter). Any other noun opening a sentence
 * (حقوق الإنسان، قضية المولد) is as often a noun as a verb, and is not read as one. Only a cue
 * with و/ف, after كما/ثم or with a resumptive pronoun (أكد فيها) goes on this way.
 */
import type { VerbCue } from '../lexicon.js';
import type { Detection } from './context.js';
import { firstTokenAt } from './content.js';
import { bareAt, isRelative, lineBreakBefore, norm, normLemma, roleOf, sentenceStart, verbAt } from './lookups.js';
import { speakingSubjectAfter, verbPastPreamble, verbShapeAt } from './opening-verb-subject.js';
import { disagrees, lastSpeakerDraft, resumptiveAt } from './subjects.js';
import type { Source } from './types.js';
import { bare, BARE_PREPOSITIONS, inSet, RELATIVE_MA } from './word-sets.js';

/**
 * Past verbs whose first letters read as the article once hamza is normalised (ألقى → القي,
 * التقى), which verbShapeAt turns down as definite nouns.
 */
const ALIF_LAM_VERBS = new Set(['القي', 'الغي', 'التقي', 'التزم', 'التحق', 'الزم', 'المح', 'الحق', 'القت', 'الغت', 'التقت', 'التزمت', 'التحقت', 'المحت']);

/**
 * Has the word at v a past verb's shape, or is it a verb cue that reported nothing here (وقد
 * تابع الوكيل أعمال الصيانة: no content, so no report and no subject remembered)?
 */
function verbLikeAt(cx: Detection, v: number): boolean {
  if (HONORIFICS.has(bareAt(cx, v))) return false;
  // ويخضع، وسيدعو، وتركز: an imperfect or a future tells what is, not what was done; the cue
  // goes on with a past narrative only. (A past verb may open with ت: تابع، تحدث.)
  if (/^[وف]?(ي|س[يت])/.test(norm(cx, v))) return false;
  const cue = verbAt(cx, v);
  if (cue) return !cue.participle && !cx.mentionOf[v];
  return verbShapeAt(cx, v) || ALIF_LAM_VERBS.has(bareAt(cx, v));
}

/**
 * Where the verb of a clause opening at k stands (past من جانبه، قد، ثم، كما), or -1 when no
 * clause opens at k.
 */
function clauseVerbAt(cx: Detection, k: number, ss: number): number {
  if (k === ss || lineBreakBefore(cx, k)) return verbPastPreamble(cx, k);
  if (/^[وف]?(ثم|كما|حيث|اذ)$/.test(norm(cx, k))) return verbPastPreamble(cx, k + 1, false);
  // (A word with و after a comma is as often the next item of a list: ، ودلتا أير لاينز.)
  return -1;
}

/** Honorifics before a title (ومعالي وزير النقل، سمو الأمير): nouns with a verb's shape. */
const HONORIFICS = new Set(['معالي', 'سمو', 'صاحب', 'جلاله', 'حضره']);

/** Verbs of receiving: تلقى، تسلم، استلم، استقبل (and their feminine). */
const RECEIVING = /^(تلقي|تلقت|تسلم|تسلمت|استلم|استلمت|استقبل|استقبلت)$/;

/**
 * وهاجم كل بلد عمل فيه، انخفض عدد الأمريكيين: a quantifier over things, or over people counted in
 * a figure, is a verb's object or a statistic, no speaker; a quantifier over a title, an unnamed
 * source or a name is one (أحد المسؤولين، بعض الخبراء).
 */
function thingsCounted(cx: Detection, a: number): boolean {
  if (!inSet(cx.lex.quantifierHeads, norm(cx, a)) && bareAt(cx, a) !== 'كل') return false;
  const w = norm(cx, a + 1);
  return !(cx.mentionOf[a + 1] || roleOf(cx, w) !== undefined || inSet(cx.lex.anonymousHeads, w));
}

/** وتركز دراسات عابدين على …: a plural in ات names things, unless it is a title or an unnamed source. */
function pluralOfThings(cx: Detection, a: number): boolean {
  const w = norm(cx, a);
  return bare(w).endsWith('ات') && roleOf(cx, w) === undefined && !inSet(cx.lex.anonymousHeads, w) && cx.mentionOf[a]?.type !== 'ORG';
}

/**
 * The gender and number a cue shows: its own gender when singular; the dual وأشارتا (f) and
 * وقالا (m, an ا that is not the lemma's own, as in دعا). Undefined when it shows neither.
 */
function cueNumber(cx: Detection, c0: number, cue: VerbCue): { gender: 'm' | 'f'; dual: boolean } | undefined {
  if (cue.gender !== undefined) return { gender: cue.gender, dual: false };
  const w = bareAt(cx, c0);
  if (!/^[وف]?[^يت]/.test(w) || w.endsWith('وا')) return undefined;
  if (w.endsWith('تا')) return { gender: 'f', dual: true };
  return w.endsWith('ا') && !normLemma(cue).endsWith('ا') ? { gender: 'm', dual: true } : undefined;
}

/**
 * Does the subject at a name two: a definite dual (الأخصائيتان، الوزيران), or two coordinated
 * (فاطمة القحطاني ومدى المدلج، الوزير ونظيره)?
 */
function twoAt(cx: Detection, a: number, s: Source): boolean {
  if (/^ال.{2,}(ان|ين)$/.test(norm(cx, a))) return true;
  return s.start !== undefined && /\sو\S/.test(cx.text.slice(s.start, s.end ?? s.start));
}

/** The gender a past verb shows: the ت of زارت، قدمت is feminine. */
function pastGender(cx: Detection, v: number): 'm' | 'f' {
  const b = bareAt(cx, v);
  // أسمته هيفاء، استقبلتها الوزيرة: the ت before an object pronoun is feminine too.
  return (b.length >= 4 && b.endsWith('ت')) || /.{2}ت(ه|ها|هم|هما)$/.test(b) ? 'f' : 'm';
}

/** The subject of the nearest clause-opening verb that reports nothing before the cue at c0 (see the file comment). */
export function narratedSubject(cx: Detection, c0: number, cue: VerbCue | undefined): Source | undefined {
  if (!cue || cue.participle) return undefined;
  const number = cueNumber(cx, c0, cue);
  if (!number) return undefined;
  const { gender, dual } = number;
  // Only a cue that goes on with the narrative: with و/ف (وقال)، after كما or ثم, or with the
  // pronoun resuming the object before it (ألقى كلمة أكد فيها). A bare cue is as often inside
  // someone's quoted words (أعتقد، يفيد).
  if (!cue.conjoined && !/^[وف]?(كما|ثم)$/.test(norm(cx, c0 - 1)) && !resumptiveAt(cx, c0 + 1)) return undefined;
  // ما يشير إلى، الذي يؤكد: the relative is the subject.
  if (RELATIVE_MA.has(norm(cx, c0 - 1)) || isRelative(cx, c0 - 1)) return undefined;
  const ss = sentenceStart(cx, c0);
  const opens = c0 === ss || lineBreakBefore(cx, c0) || (c0 === ss + 1 && /^[وف]?(ثم|كما)$/.test(norm(cx, ss)));
  let floor = opens && ss > 0 ? sentenceStart(cx, ss - 1) : ss;
  // No report in between: the verb comes after the last speaker's cue and words.
  const last = lastSpeakerDraft(cx);
  if (last) floor = Math.max(floor, firstTokenAt(cx, last.cue.end), firstTokenAt(cx, last.content.end));
  const known = cx.lastSubject;
  for (let k = c0 - 2; k >= floor; k--) {
    // وقد تابع الوكيل أعمال الصيانة: a verb cue that reported nothing had its subject remembered.
    // (In the cue's own sentence clauseSubject already goes on with it.)
    if (known && known.at === k) {
      if (sentenceStart(cx, k) === ss) return undefined;
      // Only a verb that opens its clause, with a subject that can speak (not وبينت قيام الطاقم …).
      let opensHere = false;
      for (let j = k; j >= Math.max(floor, k - 3) && !opensHere; j--) opensHere = clauseVerbAt(cx, j, sentenceStart(cx, j)) === k;
      if (!opensHere || !verbLikeAt(cx, k) || !speakingSubjectAfter(cx, k, c0)) return undefined;
      const g = verbAt(cx, k)?.gender ?? pastGender(cx, k);
      const a = known.source.start !== undefined ? firstTokenAt(cx, known.source.start) : -1;
      // Only the verb's own subject (وأشاد بما قدمه الصندوق: not the relative clause's).
      let own = a > k;
      for (let j = k + 1; j < a && own; j++) own = !RELATIVE_MA.has(norm(cx, j)) && !isRelative(cx, j) && !BARE_PREPOSITIONS.has(norm(cx, j));
      return g === gender && own && !disagrees(cx, gender, a) && !thingsCounted(cx, a) && (!dual || twoAt(cx, a, known.source)) ? { ...known.source } : undefined;
    }
    const v = clauseVerbAt(cx, k, sentenceStart(cx, k));
    if (v < floor || v >= c0 - 1 || !verbLikeAt(cx, v) || pastGender(cx, v) !== gender) continue;
    // تلقى الرئيس برقية من نظيره، أكد فيها: the one who receives is not the one who speaks.
    if (RECEIVING.test(bareAt(cx, v))) continue;
    const found = speakingSubjectAfter(cx, v, c0, dual);
    if (!found || disagrees(cx, gender, found.a) || thingsCounted(cx, found.a) || pluralOfThings(cx, found.a)) continue;
    // وتركز دراسات عابدين: a verb in ت before a plural in ات is the feminine imperfect, not a
    // past verb of form V (تحدث الوزير), whatever its last letter says.
    if (gender === 'm' && bareAt(cx, v).startsWith('ت') && bareAt(cx, found.a).endsWith('ات')) continue;
    // وأشارتا، وقالا: a dual cue takes only a subject of two.
    if (dual && !twoAt(cx, found.a, found.source)) continue;
    return found.source;
  }
  return undefined;
}
