/**
 * أغلب المحللين الغربيين يرون …، المسؤولون في الوزارة أكدوا …، التحقيقات الأولية أكدت …: a
 * nominal sentence (SVO) whose subject is a definite or quantified noun phrase that opens the
 * clause and is followed directly by the verb. Without this reading the noun after the verb —
 * its object (تراجع روسيا، وفاة السائق) — is taken for the speaker, or the verb is dropped.
 *
 * Guards, from the grammar of such sentences:
 * - the phrase opens the clause: the sentence start, a comma, or أن/إن (not بعد أن، منذ أن),
 *   and not with ف, which opens the writer's own conclusion (فالاتحاد أكد عجزه);
 * - it can speak: a name, a role or source word of the lexicon, a definite human plural in
 *   ون/ين, or a quantifier (أغلب، معظم) over one of those — so time and place phrases
 *   (الأسبوع الماضي أكدت الوزارة) and fronted prepositional phrases are left out;
 * - it is not a fronted object: the verb carries no object pronoun resuming it (الاتفاق أكده الطرفان);
 * - it ends in a definite word or a name: a verb after an indefinite noun describes that noun;
 * - the verb agrees with it: a plural verb (يرون، أكدوا) needs a human plural, a singular verb
 *   no masculine plural in ون/ين, a masculine verb no feminine noun in ة.
 */
import type { Token } from '../../core/types.js';
import type { Detection } from './context.js';
import { bareAt, isComma, isRelative, norm, sentenceStart, tok, verbAt, verbPronoun } from './lookups.js';
import { inSet, PREPOSITIONS, TIME_CONJUNCTIONS } from './word-sets.js';
import type { Source } from './types.js';
import { analyseNP } from './noun-phrase.js';

/** The longest subject phrase looked at, in words. */
const MAX_WORDS = 5;
/** Object pronouns on the verb that would resume a fronted object. */
const OBJECT_PRONOUNS = ['ه', 'ها', 'هم', 'هما'];
/** الأسبوع الماضي، السنين: definite words in ين/ون or of time that speak for no one. */
const SPEAKING_FOR_NO_ONE = new Set(['السنين', 'الاثنين', 'اليوم', 'الاسبوع', 'الشهر', 'العام', 'السنه', 'الليله', 'الصباح', 'المساء', 'الاخير', 'البحرين']);

/** Words between a subject and its verb that leave the subject as it is. */
const LINKING_WORDS = new Set(['اذ', 'قد', 'لقد', 'ايضا', 'كذلك', 'كان', 'كانت', 'كانوا']);

/** A definite human plural in ون/ين (المسؤولون، المحللين). */
function humanPlural(w: string): boolean {
  return /^ال.{3,}(ون|ين)$/.test(w) && !SPEAKING_FOR_NO_ONE.has(w);
}

/** Can the word at k, the head of the phrase, speak? */
function speakingHead(cx: Detection, k: number): boolean {
  const w = bareAt(cx, k);
  if (SPEAKING_FOR_NO_ONE.has(w)) return false;
  const m = cx.mentionOf[k];
  if (m) return m.first === k && (m.type === 'PER' || m.type === 'ORG');
  if (inSet(cx.lex.roles, w) || inSet(cx.lex.anonymousHeads, w) || inSet(cx.lex.outletNouns, w)) return true;
  if (w.startsWith('ال') && (cx.lex.anonymousHeads.has(w.slice(2)) || cx.lex.roles.has(w.slice(2)))) return true;
  return humanPlural(w);
}

/** Does the verb at c0 agree with the phrase headed at h (the noun after a quantifier)? */
function agrees(cx: Detection, c0: number, h: number, quantified: boolean): boolean {
  const v = norm(cx, c0);
  const w = bareAt(cx, h);
  const named = cx.mentionOf[h] !== undefined;
  if (/(ون|وا)$/.test(v)) return quantified || humanPlural(w) || named || cx.lex.roles.has(w);
  if (humanPlural(w) && !named) return false;
  const g = verbAt(cx, c0)?.gender;
  if (g === 'm' && w.endsWith('ه') && !named && !cx.lex.mascNounsInH.has(w)) return false;
  return true;
}

/** The definite or quantified subject written just before the verb at c0, or undefined. */
export function nominalSubject(cx: Detection, c0: number): Source | undefined {
  const v = verbAt(cx, c0);
  if (!v || v.participle) return undefined;
  // وأكدت، فقالت: a verb with a conjunction opens a clause of its own.
  if ((tok(cx, c0)?.segments ?? []).some((g) => g.role === 'proclitic' && /^[وف]$/.test(g.form))) return undefined;
  if (verbPronoun(cx, c0, OBJECT_PRONOUNS, true) !== undefined) return undefined;
  const ss = sentenceStart(cx, c0);
  let k = c0 - 1;
  while (k >= ss && c0 - k <= MAX_WORDS) {
    const t = tok(cx, k) as Token;
    if (t.kind !== 'word' || verbAt(cx, k) || cx.complementizers.has(norm(cx, k)) || isRelative(cx, k)) break;
    if (cx.text.slice(t.end, (tok(cx, k + 1) as Token).start).includes('\n')) break;
    k--;
  }
  const s = k + 1;
  if (s >= c0) return undefined;
  // The phrase opens the clause.
  const opener = norm(cx, k);
  const opens = k < ss || isComma(cx, k) || (cx.complementizers.has(opener) && (bareAt(cx, k - 1) === 'الي' || !TIME_CONJUNCTIONS.has(bareAt(cx, k - 1))));
  if (!opens) return undefined;
  const head = bareAt(cx, s);
  // فالاتحاد أكد عجزه: ف opens the writer's own conclusion, not a report of what someone said.
  if (PREPOSITIONS.has(head) || (norm(cx, s).startsWith('ف') && !head.startsWith('ف'))) return undefined;
  const quantified = cx.lex.quantifierHeads.has(head) && s + 1 < c0 && bareAt(cx, s + 1).startsWith('ال');
  const h = quantified ? s + 1 : s;
  if (!bareAt(cx, h).startsWith('ال') && cx.mentionOf[h] === undefined) return undefined;
  if (!speakingHead(cx, h) || !agrees(cx, c0, h, quantified)) return undefined;
  // والفلاسي هو ثاني عسكري تعلن الإمارات …: a verb right after an indefinite noun describes that
  // noun (a relative clause without الذي); a definite phrase ends in a definite word or a name.
  // Particles and كان between the phrase and its verb (إذ تعلن، كان قد أبلغ) are skipped.
  let e = c0 - 1;
  while (e > s && LINKING_WORDS.has(bareAt(cx, e))) e--;
  if (cx.mentionOf[e] === undefined && !/^(ال|لل|بال)/.test(bareAt(cx, e))) return undefined;
  const source = analyseNP(cx, s, c0);
  // والمسؤولون أكدوا: the conjunction is not part of the source.
  if (source?.start === (tok(cx, s) as Token).start && source.entity === undefined && /^[وف]/.test(norm(cx, s)) && norm(cx, s) !== head) source.start += 1;
  return source;
}
