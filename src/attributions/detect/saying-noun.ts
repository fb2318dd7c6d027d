/**
 * A verbal noun of saying that introduces words after a verb of the clause: بقوله، بقولها
 * (…، بقوله لدى زيارتها: «…») and بالقول (عبروا عن سعادتهم بالقول: …، وتابع X بالقول إنه …).
 */
import type { Token } from '../../core/types.js';
import type { Detection } from './context.js';
import { isPunct, isQuoteOpen, isComma, norm, sentenceEnd, sentenceStart, span, tok, verbAt } from './lookups.js';
import { COLONS } from './word-sets.js';
import type { Draft, Source } from './types.js';
import { analyseNP } from './noun-phrase.js';
import { clauseSubject, previousSpeaker, sentenceSubject } from './subjects.js';
import { contentFrom, firstTokenAt } from './content.js';
import { emit } from './drafts.js';
import { demonstrativeAt, subjectWrittenAroundVerb } from './possessed-saying-subject.js';
import { ownerBeforeSayingNoun } from './saying-noun-person.js';

/** بقوله، وبقولها: the noun carries its speaker as a pronoun. */
const POSSESSED_SAYING = /^و?بقول(ه|ها|هم|هما)$/;
/** بالقول: "by saying", the speaker is the clause's. */
const BARE_SAYING = /^و?بالقول$/;

/** How far after the noun its words may open (past an addressee or a time phrase). */
const MAX_GAP = 8;

/** Dashes that may enclose an aside: ومضت المصادر بالقول – نقلا عن أحد المرتزقة – إن …. */
const DASHES = new Set(['-', '–', '—']);
/** How long an aside between dashes may be. */
const MAX_ASIDE = 10;

/** The closing dash of an aside opened by the dash at k, or -1. */
function asideEnd(cx: Detection, k: number, se: number): number {
  if (!DASHES.has(norm(cx, k))) return -1;
  for (let e = k + 2; e < se && e - k <= MAX_ASIDE; e++) {
    if (DASHES.has(norm(cx, e))) return e;
    if (isPunct(cx, e) && !isQuoteOpen(cx, e)) return -1;
  }
  return -1;
}

/** Where the words after the noun at i open (past a colon or a complementizer), or -1. */
function wordsStart(cx: Detection, i: number, se: number): number {
  let k = i + 1;
  for (;;) {
    while (k < se && k - i <= MAX_GAP && !COLONS.has(norm(cx, k)) && !isQuoteOpen(cx, k) && !cx.complementizers.has(norm(cx, k)) && !verbAt(cx, k) && !isPunct(cx, k)) k++;
    // An aside between dashes (a relay, a time) stands between the noun and its words.
    const close = asideEnd(cx, k, se);
    if (close < 0) break;
    k = close + 1;
  }
  if (COLONS.has(norm(cx, k))) return cx.complementizers.has(norm(cx, k + 1)) ? k + 2 : k + 1;
  if (isQuoteOpen(cx, k)) return k;
  return cx.complementizers.has(norm(cx, k)) ? k + 1 : -1;
}

/** The last verb of the clause that ends at i (back to its comma), or -1. */
function clauseVerbBefore(cx: Detection, i: number): number {
  let clauseVerb = -1;
  for (let q = i - 1; q >= sentenceStart(cx, i) && !isComma(cx, q); q--) if (verbAt(cx, q)) clauseVerb = q;
  return clauseVerb;
}

/** The speaker written after the clause's verb (بين ذلك ناخب بوروندي بقوله), past a demonstrative object. */
function speakerAfterVerb(cx: Detection, clauseVerb: number, i: number): Source | undefined {
  let a = clauseVerb + 1;
  while (a < i && (cx.lex.demonstratives.has(norm(cx, a)) || /^ب(ذلك|هذا)$/.test(norm(cx, a)))) a++;
  return a < i ? analyseNP(cx, a, i) : undefined;
}

/** The speaker after the clause's verb up to its first preposition (عبر الأهالي عن سعادتهم بالقول). */
function subjectAfterVerb(cx: Detection, clauseVerb: number, i: number): Source | undefined {
  let e = clauseVerb + 1;
  // عبر كل من X وY عن …: "each of" opens the subject.
  if (/^كل$/.test(norm(cx, e)) && norm(cx, e + 1) === 'من') e += 2;
  while (e < i && !cx.lex.npStops.has(norm(cx, e))) e++;
  return e > clauseVerb + 1 ? analyseNP(cx, clauseVerb + 1, e) : undefined;
}

/** The draft the clause's verb already gave (وأكدوا على السير … بالقول: the verb reported too). */
function verbDraft(cx: Detection, clauseVerb: number): Draft | undefined {
  const start = (tok(cx, clauseVerb) as Token).start;
  return cx.drafts.find((d) => d.cue.start === start);
}

/**
 * The words after بقوله/بالقول at i, unless a cue before already took them. With بقوله the
 * clause's verb is the cue here (بين ذلك X بقوله; possessedNounTakesCue may move it to the
 * noun); بالقول is its own cue, the verb's speaker its
 * source (عبروا عن سعادتهم بالقول: …), as the verb may report something else or nothing.
 * Returns the last token taken, or i when nothing was found.
 */
export function sayingNounCue(cx: Detection, i: number): number {
  const w = norm(cx, i);
  // Both forms hold قول: this spares the two regular expressions at nearly every token of the scan.
  if (!w.includes('قول')) return i;
  const bareNoun = BARE_SAYING.test(w);
  if (!bareNoun && !POSSESSED_SAYING.test(w)) return i;
  const se = sentenceEnd(cx, i);
  const cs = wordsStart(cx, i, se);
  if (cs < 0 || cs >= se) return i;
  const at = (tok(cx, cs) as Token).start;
  const clauseVerb = clauseVerbBefore(cx, i);
  const own = bareNoun && clauseVerb >= 0 ? verbDraft(cx, clauseVerb) : undefined;
  // وأكدوا على السير مع القيادة بالقول: «…»: the verb's own content ends at the noun.
  const noun = tok(cx, i) as Token;
  // وقال X: «اسمحوا لي التوقف بالقول: …»: inside the words the verb opened with a colon or a
  // quotation, the noun is the speaker's own.
  const ownStart = own ? firstTokenAt(cx, own.content.start) : -1;
  if (own && own.content.start < noun.start && own.content.end > noun.start && (COLONS.has(norm(cx, ownStart - 1)) || isQuoteOpen(cx, ownStart - 1) || isQuoteOpen(cx, ownStart))) return i;
  if (own && own.content.start < noun.start && own.content.end > noun.start) own.content = { start: own.content.start, end: (tok(cx, i - 1) as Token).end };
  if (cx.drafts.some((d) => d.content.start <= at && at < d.content.end)) return i;
  let source: Source | undefined;
  // وفسرها البغوي بقوله: a person right before the noun (saying-noun-person.ts).
  if (clauseVerb < 0) source = (bareNoun ? undefined : ownerBeforeSayingNoun(cx, i)) ?? sentenceSubject(cx, i) ?? clauseSubject(cx, i) ?? previousSpeaker(cx, i);
  else if (bareNoun) source = own?.source ?? subjectAfterVerb(cx, clauseVerb, i) ?? clauseSubject(cx, i) ?? previousSpeaker(cx, i);
  else source = speakerAfterVerb(cx, clauseVerb, i);
  if (!source) return i;
  const [a, b] = contentFrom(cx, cs, false);
  const c0 = clauseVerb >= 0 && !bareNoun ? clauseVerb : i;
  emit(cx, { cue: span(cx, c0, c0 + 1), source: { ...source }, content: span(cx, a, b), stance: (verbAt(cx, c0)?.stance ?? 'assert') }, false);
  return b - 1;
}

/**
 * وتابع X في حوار … بالقول إنه …: a verb whose words come through بالقول reports them by
 * that noun, as by a participle (وأوضح X قائلا: «…», GUIDELINE.md): the cue moves to the noun,
 * or covers both when the noun follows the verb (يرد بالقول). Right after the verb's subject
 * (وأضافت المصادر بالقول) the verb stays the cue. بقوله takes the cue on its own terms
 * (possessedNounTakesCue).
 */
export function sayingNounTakesCue(cx: Detection): void {
  for (const d of cx.drafts) {
    let c = firstTokenAt(cx, d.content.start);
    // ووصف X المشهد بقوله: «…»: وصف took the noun for its ب complement; the words follow it.
    const past = POSSESSED_SAYING.test(norm(cx, c)) ? wordsStart(cx, c, sentenceEnd(cx, c)) : -1;
    if (past > c && past < cx.tokenCount) {
      d.content = { start: (tok(cx, past) as Token).start, end: Math.max(d.content.end, (tok(cx, past) as Token).end) };
      c = past;
    }
    // بقوله: «…»: the quotation opens after the colon.
    const q = isQuoteOpen(cx, c - 1) ? c - 1 : c;
    const n = [q - 1, q - 2].find((k) => k >= 0 && (BARE_SAYING.test(norm(cx, k)) || POSSESSED_SAYING.test(norm(cx, k)))
      && (k === q - 1 || cx.complementizers.has(norm(cx, q - 1)) || COLONS.has(norm(cx, q - 1))));
    if (n === undefined) continue;
    const noun = tok(cx, n) as Token;
    if (d.cue.end > noun.start) continue;
    const verb = firstTokenAt(cx, d.cue.start);
    if (POSSESSED_SAYING.test(norm(cx, n))) {
      if (possessedNounTakesCue(cx, d, verb, n)) d.cue = { start: noun.start, end: noun.end };
      continue;
    }
    // في حوار نشرته معه صحيفة …: the publisher's relay keeps its own cue.
    if (cx.lex.relayVerbs.has(norm(cx, verb))) continue;
    // وأضافت المصادر بالقول إن …: right after the verb's subject, the verb stays the cue.
    if (d.source.end !== undefined && d.source.start !== undefined && d.source.start > d.cue.start && firstTokenAt(cx, d.source.end) === n) continue;
    d.cue = verb === n - 1 ? { start: d.cue.start, end: noun.end } : { start: noun.start, end: noun.end };
  }
}

/**
 * وتحدث مدير التعليم بقوله: «…»، ووصف المفتي ما حدث بقوله إن …: بقوله after the verb's written
 * subject (and its object) reports the words as a participle does (قائلا), so it is the cue.
 * The verb stays the cue with its subject unwritten (واستدرك في تصريحات بقوله), right before
 * the noun (أفاد بقوله) or with a demonstrative object taking up what was said (بين ذلك X بقوله).
 */
function possessedNounTakesCue(cx: Detection, d: Draft, verb: number, n: number): boolean {
  // X وصف المشهد بقوله، علق مدرب الفريق X المباراة بقوله: the subject written before the verb or
  // inside a title after it (possessed-saying-subject.ts).
  if (subjectWrittenAroundVerb(cx, d, verb, n)) return true;
  if (d.source.start === undefined || d.source.end === undefined || d.source.start < d.cue.end || verb >= n - 1) return false;
  if (demonstrativeAt(cx, verb + 1)) return false;
  // وتصف "ويندي" ما حصل لها بقولها: a subject in quotation marks is still right after the verb.
  const first = firstTokenAt(cx, d.source.start);
  return first === verb + 1 || (first === verb + 2 && isQuoteOpen(cx, verb + 1) !== undefined);
}
