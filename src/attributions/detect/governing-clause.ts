/**
 * سخرت الصحافة الكتالونية من …، مشيرة؛ من جانبه عبر السفير … عن تهانيه، مؤكدا؛ حيث شارك كثير
 * من المغردين فيه مؤكدين: a circumstantial participle of saying (حال) hangs on the clause
 * before it, and its unwritten speaker is that clause's subject, whether or not the clause's
 * verb is a cue the lexicon knows or reports anything.
 *
 * The governing clause is the nearest one before the participle, in its sentence, whose verb
 * opens it (at the sentence start, after a clause particle or بعد أن; after a mark only a verb
 * the lexicon knows) and has its subject written after it (VSO). A clause whose subject is not written (وشارك في …) shares
 * the subject of the one before it, so the search goes on back; so it does past a clause whose
 * subject cannot be the participle's: the participle's gender and number, and the verb's own
 * ending, are the evidence (عرضت الإدارة …، بعد أن استبعد المدرب ألفارو …، مطالبا: the coach).
 * A verb of a relative clause (المباراة التي خاضها برشلونة) tells of its antecedent and is passed.
 */
import type { Token } from '../../core/types.js';
import type { Detection } from './context.js';
import { firstTokenAt } from './content.js';
import { bareAt, isComma, isPunct, isQuoteOpen, isRelative, lineBreakBefore, norm, roleOf, sentenceStart, tok, verbAt } from './lookups.js';
import { speakingSubjectAfter, verbPastPreamble, verbShapeAt } from './opening-verb-subject.js';
import { fitsParticiple, participleForm, type ParticipleForm } from './participle-agreement.js';
import { disagrees } from './subjects.js';
import { analyseNP } from './noun-phrase.js';
import { cannotSpeakAt } from './speaker-fit.js';
import type { Source } from './types.js';
import { CLAUSE_PARTICLES, TIME_CONJUNCTIONS } from './word-sets.js';

/** How far back (in tokens) the governing verb may stand. */
const MAX_REACH = 40;
/** How long a phrase fronted before the verb and a comma (إلى ذلك، في غضون ذلك) may be. */
const FRONTED_PHRASE = 5;

/**
 * Whether a clause opens right before v: the sentence start, a clause particle, قد, أن after
 * بعد/قبل, a short phrase fronted with its comma, or a mark before a known cue. (Another word
 * after a comma, with و or without, is as often a noun in a list or an apposition: …، تصريحات
 * المالكي، …، ومطار الأمير محمد; so is a word with و after another word: وتقدير الجمعية.)
 */
function clauseOpensBefore(cx: Detection, v: number, ss: number): boolean {
  // من جانبه عبر …، وقد أبدى …: past a fronted «on his part» or قد at the sentence start.
  if (v === ss || verbPastPreamble(cx, ss) === v || lineBreakBefore(cx, v)) return true;
  const p = norm(cx, v - 1);
  if (CLAUSE_PARTICLES.has(p) || /^[وف]?(قد|لقد)$/.test(p)) return true;
  // إلى ذلك، تبنى الحزب …: a short fronted phrase and its comma open the sentence.
  if (isPunct(cx, v - 1)) return verbAt(cx, v) !== undefined || v - ss <= FRONTED_PHRASE;
  // بعد أن استبعد، قبل أن يغادر: a clause of time.
  return (p === 'ان' || p === 'ما') && TIME_CONJUNCTIONS.has(bareAt(cx, v - 2));
}

/**
 * Whether the word at v reads as the finite verb of a clause: a known cue that reported nothing
 * there, or the shape of a past verb (not a plural in ات nor an accusative in اً: تصريحات، جهوداً).
 */
function finiteVerbAt(cx: Detection, v: number): boolean {
  const cue = verbAt(cx, v);
  if (cue) return !cue.participle && !cx.drafts.some((d) => d.cue.start === (tok(cx, v) as Token).start);
  const t = tok(cx, v) as Token;
  return verbShapeAt(cx, v) && !/ات$/.test(norm(cx, v)) && !/اً$|ًا$/.test(cx.text.slice(t.start, t.end));
}

/** سارع، يرى right after أنه، أنها: a clause whose subject is a pronoun, of someone named before. */
function pronounSubjectClause(cx: Detection, v: number): boolean {
  return /^[وفب]?(ان|لان)(ه|ها|هم|هما)$/.test(norm(cx, v - 1));
}

/**
 * The gender the verb at v shows: ت at the end of a past verb is feminine (سخرت), ي at the
 * start of an imperfect masculine (يعمل); a bare past shows none.
 */
function verbGender(cx: Detection, v: number): 'm' | 'f' | undefined {
  const known = verbAt(cx, v)?.gender;
  if (known) return known;
  // (ت at the start is as often the past of تفعّل، تفاعل: تبنى، تقدم.)
  const w = bareAt(cx, v);
  if (/^.{2,}[^و]ت$/.test(w)) return 'f';
  return /^ي.{3,}$/.test(w) ? 'm' : undefined;
}

/**
 * سخرت الصحافة الكتالونية: a definite feminine noun after a feminine verb, before a feminine
 * participle, that the stricter test of who can speak leaves out; three endings agreeing are
 * the evidence that it is the subject (the outlet, the press, the administration).
 */
function feminineSubjectAfter(cx: Detection, v: number, k: number): Source | undefined {
  const a = v + 1;
  const t = tok(cx, a);
  const w = bareAt(cx, a);
  if (t?.kind !== 'word' || !w.startsWith('ال') || w.length < 5 || cx.text.charCodeAt(t.end - 1) !== 0x629 || cannotSpeakAt(cx, a)
    || cx.lex.nonSourceNouns.has(w) || verbAt(cx, a)) return undefined;
  // Its adjectives (الكتالونية، الصادرة).
  return analyseNP(cx, a, definiteRunEnd(cx, a, k));
}

/** The definite words from a on (a noun and its adjectives), up to a preposition, a mark or a verb, before k: where they end. */
function definiteRunEnd(cx: Detection, a: number, k: number): number {
  let e = a;
  while (e < k && e - a < 4 && tok(cx, e)?.kind === 'word' && bareAt(cx, e).startsWith('ال') && !verbAt(cx, e)) e++;
  return e;
}

/**
 * شارك كثير من المغردين السعوديين، عبر عدد من الأهالي: a quantity of people, its head a
 * quantifier before من; the phrase goes on to the people counted, which name who spoke.
 */
function quantifiedSubject(cx: Detection, v: number, k: number): Source | undefined {
  const a = v + 1;
  if (!cx.lex.quantifierHeads.has(norm(cx, a)) || norm(cx, a + 1) !== 'من') return undefined;
  const e = definiteRunEnd(cx, a + 2, k);
  return e > a + 2 ? analyseNP(cx, a, e) : undefined;
}

/** Whether one of the frame words stands in the clause of the verb at v: before k, any mark, and a dozen words. */
function frameWordAfter(cx: Detection, frameWords: readonly string[], v: number, k: number): boolean {
  for (let e = v + 1; e < k && e - v <= 14 && tok(cx, e)?.kind === 'word'; e++) if (frameWords.includes(norm(cx, e))) return true;
  return false;
}

/**
 * تقدمت البحاثة الاجتماعية في القضايا الأسرية هيفاء العبلاني، بعث المدرب «سامي نادر»: a
 * description whose complement (في and definite words) or a quotation mark stops the phrase
 * before the name it belongs to; the subject goes on to the name (and its closing mark). So
 * does a chain of further titles (شكر أمين المدينة رئيس المجلس البلدي المهندس X، أمير المنطقة …)
 * when a comma closes the name and the object follows it: a title and a name with no comma
 * after them (شكر الوزير رئيس الجمعية X على …) are as often the object.
 */
function descriptionToName(cx: Detection, a: number, s: Source, k: number): Source {
  if (s.end === undefined) return s;
  const from = firstTokenAt(cx, s.end);
  for (let e = a; e < from; e++) if (cx.mentionOf[e]?.type === 'PER') return s;
  let titles = false;
  for (let e = from; e < k && e - from <= 4 && (tok(cx, e)?.kind === 'word' || isQuoteOpen(cx, e) !== undefined); e++) {
    const m = cx.mentionOf[e];
    if (m?.type === 'PER' && m.first === e) {
      const end = /^[»”"]$/.test(norm(cx, m.last)) ? m.last + 1 : m.last;
      // (The tagger may leave the last word of the name out: محمد بن عبدالرحمن المخرج،.)
      const comma = isComma(cx, end) ? end : isComma(cx, end + 1) && tok(cx, end)?.kind === 'word' ? end + 1 : -1;
      const apposed = !titles || (comma > 0 && comma < k - 1);
      const d = end <= k && e > from && apposed ? analyseNP(cx, a, end) : undefined;
      return d ? { ...d, kind: 'named', entity: m.entity } : s;
    }
    const w = norm(cx, e);
    if (roleOf(cx, w) !== undefined || cx.lex.rankTitles.has(w)) titles = true;
    else if (w !== 'في' && !/^(ال|لل)/.test(w) && isQuoteOpen(cx, e) === undefined) return s;
  }
  return s;
}

/** The subject written after the clause verb at v, when it can be the speaker of the participle (form) at k. */
function agreeingSubjectAfter(cx: Detection, v: number, k: number, form: ParticipleForm): Source | undefined {
  const g = verbGender(cx, v);
  // سارعت وسائل الإعلام …، معلنا: a singular participle of the other gender than the verb is not its subject's.
  if (g !== undefined && form !== 'pl' && g !== form) return undefined;
  const found = quantifiedSubject(cx, v, k) ?? speakingSubjectAfter(cx, v, k)?.source
    ?? (form === 'f' && g === 'f' ? feminineSubjectAfter(cx, v, k) : undefined);
  const s = found && descriptionToName(cx, v + 1, found, k);
  if (!s || s.start === undefined || !fitsParticiple(cx, form, s)) return undefined;
  // عبر وسائل الإعلام: a cue that is as often another word (عبر "via") is the verb only with its
  // frame word in its clause (عبر السفير … عن …).
  const cue = verbAt(cx, v);
  if (cue?.ambiguous && !frameWordAfter(cx, cue.frameWords, v, k)) return undefined;
  // وشكرت الوزير …، مؤكدة: a noun that disagrees with the verb's own ending is its object.
  if (g !== undefined && cx.mentionOf[v + 1]?.type !== 'PER' && disagrees(cx, g, v + 1)) return undefined;
  return s;
}

/**
 * The subject of the clause the participle at k hangs on (see the file comment), looked for
 * from k back to the sentence start, not before `floor`; undefined when no clause has one.
 */
export function governingSubject(cx: Detection, k: number, floor = 0): Source | undefined {
  const form = participleForm(cx, k);
  if (form === undefined) return undefined;
  const ss = sentenceStart(cx, k);
  for (let v = k - 2; v >= Math.max(ss, floor) && k - v <= MAX_REACH; v--) {
    if (tok(cx, v)?.kind !== 'word' || isRelative(cx, v - 1) || !finiteVerbAt(cx, v)) continue;
    // وأنه سارع للاتصال …، معلنا: the nearest clause has a pronoun for subject, someone named
    // before; an earlier clause's subject is not the participle's.
    if (pronounSubjectClause(cx, v)) return undefined;
    if (!clauseOpensBefore(cx, v, ss)) continue;
    const s = agreeingSubjectAfter(cx, v, k, form);
    if (s) return s;
  }
  return undefined;
}
