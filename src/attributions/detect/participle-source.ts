/**
 * Sources of circumstantial participles (مشيرا، مؤكدا، قائلا) and of the speakers they go on
 * with: a name in apposition after a title, an object that is no new subject, the antecedent
 * of a relative clause that reports.
 */
import type { VerbCue } from '../lexicon.js';
import type { Detection } from './context.js';
import { disagrees, resumesRelative } from './subjects.js';
import { bareAt, isComma, isQuoteOpen, isRelative, norm, roleOf, sentenceOf, sentenceStart, tok, verbAt } from './lookups.js';
import { firstTokenAt } from './content.js';
import { BARE_PREPOSITIONS, DATE_HEADS, inSet, PREPOSITIONS, TIME_WORDS } from './word-sets.js';
import { analyseNP } from './noun-phrase.js';
import { titleOnlyMentionAt } from './described-title.js';
import type { Source } from './types.js';

/**
 * وقال الأمين العام ، بان كي مون ، إنه …: a name between commas right after a title is the
 * title's apposition and part of the speaker. Given the subject's words npStart..j-1 and the
 * comma at j, returns the index of the comma that closes the name, or -1.
 */
export function apposedNameEnd(cx: Detection, npStart: number, j: number): number {
  if (j <= npStart || !isComma(cx, j)) return -1;
  // The words before the comma are a title alone: no name of its own inside it.
  const head = norm(cx, npStart);
  if (roleOf(cx, head) === undefined && !inSet(cx.lex.roles, head)) return -1;
  for (let k = npStart; k < j; k++) if (tok(cx, k)?.kind !== 'word' || (cx.mentionOf[k]?.type === 'PER' && !titleOnlyMentionAt(cx, k))) return -1;
  // أكد وكيل الوزارة لشؤون الكهرباء، رئيس مجلس إدارة الشركة، الدكتور صالح العواجي، أهمية …: further
  // titles of the same man, each between commas, and a rank before his name stay in the apposition.
  let at = j + 1;
  for (let titles = 0; titles <= 2; titles++) {
    const segment = at;
    while (cx.lex.rankTitles.has(norm(cx, at)) && at - segment < 2) at++;
    const m = cx.mentionOf[at];
    if (m && m.first === at && m.type === 'PER') return m.last - m.first <= 5 && isComma(cx, m.last) ? m.last : -1;
    const nextComma = titleBetweenCommas(cx, at);
    if (nextComma < 0) return -1;
    at = nextComma + 1;
  }
  return -1;
}

/** A title at k (رئيس مجلس إدارة الشركة) up to a comma, with no name, verb or أن in it: the comma, or -1. */
function titleBetweenCommas(cx: Detection, k: number): number {
  if (roleOf(cx, norm(cx, k)) === undefined && !inSet(cx.lex.roles, norm(cx, k))) return -1;
  for (let e = k + 1; e - k <= 10; e++) {
    if (isComma(cx, e)) return e;
    if (tok(cx, e)?.kind !== 'word' || cx.mentionOf[e]?.type === 'PER' || verbAt(cx, e) || cx.complementizers.has(norm(cx, e))) return -1;
  }
  return -1;
}

/**
 * ووصفه بالإنجاز الكبير واعتبر القضية النووية من القضايا …، مؤكدا: a noun after the verb that
 * does not agree with it in gender (a masculine verb, a feminine noun) is its object, not a new
 * subject for the participles that follow; the earlier subject goes on.
 */
export function objectNotSubject(cx: Detection, cue: VerbCue | undefined, npStart: number, npEnd: number): boolean {
  if (cue?.gender === undefined || npEnd <= npStart) return false;
  for (let k = npStart; k < npEnd; k++) if (cx.mentionOf[k]?.type === 'PER') return false;
  // وأبدى أمنيته، واصل هجومه: a noun with the pronoun ه (read as a feminine ending) after a verb
  // that reports nothing is its object as well.
  return disagrees(cx, cue.gender, npStart);
}

/**
 * تحدثت مع نجلها البطل العالمي الذي أخبرها أنه بخير، مؤكدا …: a verb right after a relative
 * pronoun, with no subject of its own, has the antecedent for its speaker. The antecedent is
 * the definite noun phrase before the pronoun (a construct noun, definite words, a name), up to
 * a preposition, a verb or a mark; the pronoun must agree with the verb (الذي أخبر، التي تؤكد).
 */
export function antecedentSource(cx: Detection, c0: number, cue: VerbCue | undefined): Source | undefined {
  const r = c0 - 1;
  const rel = bareAt(cx, r);
  if (rel !== 'الذي' && rel !== 'التي') return undefined;
  // التصريحات التي وصفها: a verb with the pronoun that resumes the antecedent has it for object.
  if (resumesRelative(cx, r, c0)) return undefined;
  // أخبرها: a form with an object pronoun shows no gender; a form that shows one must agree.
  if (!cue || cue.participle || (cue.gender !== undefined && (cue.gender === 'm') !== (rel === 'الذي'))) return undefined;
  const end = isComma(cx, r - 1) ? r - 1 : r;
  let a = end;
  while (a - 1 >= 0 && end - (a - 1) <= 4 && sentenceOf(cx, a - 1) === sentenceOf(cx, c0)) {
    const k = a - 1;
    const w = bareAt(cx, k);
    if (tok(cx, k)?.kind !== 'word' || verbAt(cx, k) || PREPOSITIONS.has(w) || BARE_PREPOSITIONS.has(w) || cx.complementizers.has(norm(cx, k))
      || cx.lex.npStops.has(norm(cx, k)) || cx.lex.demonstratives.has(norm(cx, k)) || TIME_WORDS.has(w) || (/^[وفبلك]/.test(w) && !w.startsWith('ال'))) break;
    const definite = w.startsWith('ال') || cx.mentionOf[k] !== undefined || /(ه|ها|هم)$/.test(w);
    // شقيق الفقيد الذي: one indefinite noun in construct opens the phrase.
    if (!definite) {
      if (k + 1 < end && bareAt(cx, k + 1).startsWith('ال')) a = k;
      break;
    }
    a = k;
  }
  if (a === end) return undefined;
  const head = bareAt(cx, a);
  if (cx.lex.nonSourceNouns.has(head) || TIME_WORDS.has(head) || DATE_HEADS.has(head)) return undefined;
  return analyseNP(cx, a, end);
}

/**
 * نجلها الذي أخبرها أنه بخير، مؤكدا أنه …: a participle right after the words of a verb in a
 * relative clause goes on with that verb's speaker (the antecedent), though that report sits
 * inside another speaker's words.
 */
export function relativeSpeakerBefore(cx: Detection, c0: number): Source | undefined {
  const d = cx.drafts[cx.drafts.length - 1];
  if (!d || d.source.start === undefined) return undefined;
  const v = firstTokenAt(cx, d.cue.start);
  if (!isRelative(cx, v - 1) || sentenceOf(cx, v) !== sentenceOf(cx, c0)) return undefined;
  // Only a masculine antecedent and participle (الذي …، مؤكدا): after التي the antecedent is as
  // often a thing (اللقطات التي تزعم …، مؤكدة: the outlet), and التقارير التي تشير …، مشيرا is another's.
  if (bareAt(cx, v - 1) !== 'الذي' || /(ه|ين|ون|ان)$/.test(norm(cx, c0))) return undefined;
  // Only punctuation between the end of its words and the participle.
  const after = firstTokenAt(cx, d.content.end);
  if (after > c0) return undefined;
  for (let k = after; k < c0; k++) if (tok(cx, k)?.kind === 'word') return undefined;
  return { ...d.source };
}

/**
 * قال البنك …، غير أن منظمات غير حكومية سارعت إلى التنديد …، مؤكدة أنها …؛ لكن أنصار البيئة طعنوا
 * على القرار قائلين: after غير أن / إلا أن / لكن a new subject opens its clause with a verb that
 * reports nothing; a participle past that verb goes on with that subject, not the last speaker.
 * Only a verb whose ending shows it agrees with the participle (ت with a feminine ة, وا with a
 * plural ين) closes the subject: a verb outside the lexicon is known by that ending alone.
 */
export function contrastSubject(cx: Detection, c0: number): Source | undefined {
  const p = norm(cx, c0);
  // منظمات، حكومات: a plural in ات is a noun.
  const ending = /ه$/.test(p) ? /[^اه]ت$/ : /ين$/.test(p) ? /[^اي]وا$/ : undefined;
  if (!ending) return undefined;
  const ss = sentenceStart(cx, c0);
  for (let k = c0 - 1; k > ss && c0 - k <= 20; k--) {
    // A report of its own in between has its speaker, which the participle follows.
    if (verbAt(cx, k) || isRelative(cx, k)) return undefined;
    const w = norm(cx, k);
    const opens = w === 'لكن' || w === 'ولكن' || (w === 'ان' && /^و?(غير|الا)$/.test(norm(cx, k - 1)));
    if (!opens) continue;
    for (let v = k + 2; v < c0 && v - k <= 6; v++) {
      const t = tok(cx, v);
      if (t?.kind !== 'word') return undefined;
      const raw = cx.text.slice(t.start, t.end);
      if (ending.test(norm(cx, v)) && !raw.endsWith('ة') && !bareAt(cx, v).startsWith('ال') && !cx.mentionOf[v]) return analyseNP(cx, k + 1, v);
    }
    return undefined;
  }
  return undefined;
}

/**
 * أعلنت قراري، أعلنت استعدادي، توقعت وفرقائي: a verb written with ت whose noun after it carries
 * the first person's ي is the first person (أعلنتُ), speaking of himself — the writer's voice, or
 * a speaker's own words within a quotation — and no report. Only ي as written: a name in ى
 * (قالت منى، ليلى) is a subject.
 */
export function firstPersonAfter(cx: Detection, c1: number, npStart: number): boolean {
  const v = tok(cx, c1 - 1);
  const t = tok(cx, npStart);
  if (v?.kind !== 'word' || t?.kind !== 'word' || cx.mentionOf[npStart] || verbAt(cx, npStart)) return false;
  const strip = (s: string): string => s.replace(/[\u064B-\u0652]/g, '');
  if (!strip(cx.text.slice(v.start, v.end)).endsWith('ت')) return false;
  const raw = strip(cx.text.slice(t.start, t.end));
  const w = bareAt(cx, npStart);
  // أعلنت بوغاتي أن …: a foreign name in ي that the tagger missed is the subject, with what was
  // said after it; the first person's noun is the object, with no content after it.
  const next = norm(cx, npStart + 1);
  if (cx.complementizers.has(next) || next === 'عن' || next === ':' || isQuoteOpen(cx, npStart + 1) !== undefined) return false;
  // ولفت معالي مدير عام المؤسسة: an honorific in ي before a title or a name opens the subject.
  if (roleOf(cx, next) !== undefined || inSet(cx.lex.roles, next) || cx.mentionOf[npStart + 1]) return false;
  // تعني: a short imperfect verb, not a noun.
  return raw.endsWith('ي') && !w.startsWith('ال') && w.length >= (/^[يتن]/.test(w) ? 5 : 4);
}
