/**
 * Cues that are a clause: a relative ما before a verb of saying (ما أفادت به مصادر), a
 * report resumed by a pronoun, and a speaker's name before a colon.
 */
import { normaliseString } from '../../text/normalise/normalise.js';
import type { Detection } from './context.js';
import type { Draft } from './types.js';
import {
  bareAt, closingQuote, isComma, isPunct, isRelative, isQuoteOpen, norm, normLemma, sentenceEnd, sentenceStart, span, tok, verbAt,
} from './lookups.js';
import {
  BRACKETS, COPULAS, FRAME_WORDS, inSet, PREPOSITIONS, PUBLISHING, RELATIVE_MA, RELAY, TIME_WORDS,
} from './word-sets.js';
import { analyseNP } from './noun-phrase.js';
import { contentFrom, firstTokenAt } from './content.js';
import { emit } from './drafts.js';
import { plausibleSource } from './prepositional.js';
import { resumedReportContent } from './free-relative.js';
import { commentedRelative } from './commented-relative.js';
import { tatweelDashBetween } from './dateline-head.js';
import { clauseBeforeColon } from './colon-clause.js';

/**
 * ما + a verb of saying with the pronoun of what was said + its subject (وهو ما نفاه المتحدث):
 * the clause before is the content. Returns the last token used, or i when there is none.
 */
export function relativeReport(cx: Detection, i: number): number {
  // التعليق على ما نشرته الصحيفة: what is commented on, no report (commented-relative.ts).
  if (commentedRelative(cx, i)) return i;
  // ما أشار إليه القاضي، ما ينادي به المطالبون: the resumptive pronoun on a preposition.
  const resumptive = /^(به|بها|اليه|اليها|عنه|عنها|عليه|عليها)$/.test(norm(cx, i + 1)) ? cx.lex.verbs.get(norm(cx, i)) : undefined;
  const m = resumptive ? undefined : /^(.{2,}?)(ه|ها)$/.exec(norm(cx, i));
  if (!m && !resumptive) return i;
  const stem = m?.[1] as string;
  const cue = resumptive ?? cx.lex.verbs.get(stem) ?? (stem.endsWith('ا') ? cx.lex.verbs.get(`${stem.slice(0, -1)}ي`) : undefined);
  if (!cue || cue.participle || cue.ambiguous || cue.needsSaying) return i;
  // بحسب ما ذكرته الوكالة: one cue from the relay word; اتخاذ ما تراه الهيئة is discretion, not a report.
  if (normLemma(cue) === normaliseString('رأى')) return i;
  const relay = RELAY.has(bareAt(cx, i - 2)) || cx.lex.prepositional.has(norm(cx, i - 2));
  const se = sentenceEnd(cx, i);
  const n0 = resumptive ? i + 2 : i + 1;
  let e = n0;
  while (e < se && e - n0 <= 7 && !isPunct(cx, e) && !cx.complementizers.has(norm(cx, e)) && !FRAME_WORDS.has(norm(cx, e)) && !verbAt(cx, e)
    && !TIME_WORDS.has(norm(cx, e)) && !cx.lex.npStops.has(norm(cx, e)) && !isRelative(cx, e)) e++;
  if (e === n0 || !plausibleSource(cx, n0, e)) return i;
  const source = analyseNP(cx, n0, e);
  if (!source) return i;
  // The content: the clause before ما (after the last comma), or the sentence before.
  let a = relay ? i - 2 : i - 1;
  while (a > sentenceStart(cx, i) && /^[وف]?(هو|هي|هذا|وهذا|ذلك|وذلك)$/.test(norm(cx, a - 1))) a--;
  let end = a;
  while (end > sentenceStart(cx, i) && isPunct(cx, end - 1)) end--;
  let b = end;
  while (b > sentenceStart(cx, i) && !isComma(cx, b - 1)) b--;
  let cs = b;
  let ce = end;
  while (ce > cs && isPunct(cx, ce - 1)) ce--;
  if (ce <= cs) {
    const prev = sentenceStart(cx, i) - 1;
    if (prev < 0) return i;
    cs = sentenceStart(cx, prev);
    ce = prev + 1;
    while (ce > cs && isPunct(cx, ce - 1)) ce--;
    if (ce <= cs) return i;
  }
  // ويزعم X أن …، وهو ما تنفيه Y: ما stands for the claim X made (free-relative.ts).
  const content = resumedReportContent(cx, cs, ce) ?? span(cx, cs, ce);
  emit(cx, { cue: span(cx, relay ? i - 2 : i, resumptive ? i + 2 : i + 1), source, content, stance: cue.stance });
  return e - 1;
}

/**
 * A verb with the pronoun of what it reports and its subject after it, wherever it stands —
 * also inside another speaker's frame, which the main pass steps over: a free relative
 * (قالت اليابان التي تسعى إلى التحقق من صحة ما كشفه موقع ويكيليكس عن …، إنها …) or a
 * publishing verb on the noun before it (وفي بيانات نشرها مركز الجامعة، …؛ في برنامج بثته
 * قناة …؛ في حصيلة أعلنتها مصادر …).
 */
export function resumptiveReports(cx: Detection): void {
  // Which tokens start inside some draft's cue. This pass only adds drafts (emit pushes,
  // cues already found keep their spans), so the marks are brought up to date with the drafts
  // added since the last look instead of searching all drafts at every token.
  const inCue = new Uint8Array(cx.tokenCount);
  let marked = 0;
  const cueAt = (k: number): boolean => {
    if (k < 0 || k >= cx.tokenCount) return false;
    for (; marked < cx.drafts.length; marked++) {
      const { start, end } = (cx.drafts[marked] as Draft).cue;
      for (let t = firstTokenAt(cx, start); t < cx.tokenCount && (cx.starts[t] as number) < end; t++) inCue[t] = 1;
    }
    return inCue[k] === 1;
  };
  for (let i = 1; i < cx.tokenCount; i++) {
    if (cx.kinds[i] !== 'word' || cueAt(i)) continue;
    const prev = norm(cx, i - 1);
    if (RELATIVE_MA.has(prev) || bareAt(cx, i - 1) === 'ما') {
      // وفقا لما نقلته الوكالة: the relay word before ما is already the cue.
      if (!verbAt(cx, i) && !cueAt(i - 2)) relativeReport(cx, i);
      continue;
    }
    // Only a word ending in the pronoun can be a publishing verb with it; the test of the
    // last letter spares the regular expression at most words.
    const w = norm(cx, i);
    if (!w.endsWith('ه') && !w.endsWith('ها')) continue;
    const m = /^(.{2,}?)(ه|ها)$/.exec(w);
    if (!m || !PUBLISHING.has(m[1] as string)) continue;
    // After a noun (بيانات، برنامج تلفزيوني) or a relative pronoun on it (البيان الذي نقلته),
    // in the phrase that frames the report (في بيان …، بحسب البيان …); البيانات التي نشرتها
    // الإدارة تخضع للتعديل, أوامر أصدرها الرئيس speak of the statement, not through it.
    if (tok(cx, i - 1)?.kind !== 'word' || verbAt(cx, i - 1) || PREPOSITIONS.has(prev) || cx.lex.negators.has(prev)) continue;
    let framed = -1;
    for (let k = i - 2; k >= Math.max(sentenceStart(cx, i), i - 5) && tok(cx, k)?.kind === 'word' && !verbAt(cx, k); k--) {
      if (/^[وف]?(في|بحسب|حسب|وفق|وفقا|طبقا)$/.test(norm(cx, k))) {
        framed = k;
        break;
      }
    }
    if (framed < 0) continue;
    const se = sentenceEnd(cx, i);
    let e = i + 1;
    while (e < se && e - i <= 8 && !isPunct(cx, e) && !cx.complementizers.has(norm(cx, e)) && !FRAME_WORDS.has(norm(cx, e)) && !verbAt(cx, e)
      && !TIME_WORDS.has(norm(cx, e)) && !cx.lex.npStops.has(norm(cx, e))) e++;
    // نقلته وكالة «يونهاب»، بثته قناة «اليمن اليوم»: a quoted name closes the subject.
    if (isQuoteOpen(cx, e)) {
      const c = closingQuote(cx, e, se);
      if (c > e && c - e <= 4) e = c + 1;
    }
    if (e === i + 1 || !plausibleSource(cx, i + 1, e)) continue;
    const source = analyseNP(cx, i + 1, e);
    if (!source) continue;
    let cs = e;
    while (cs < se && isPunct(cx, cs) && !isQuoteOpen(cx, cs)) cs++;
    // Nothing after the subject: the clause before the frame phrase is what was reported.
    const [a, bEnd] = cs < se ? contentFrom(cx, cs, false) : [sentenceStart(cx, i), framed];
    let b = bEnd;
    while (b > a && isPunct(cx, b - 1)) b--;
    if (b <= a) continue;
    emit(cx, { cue: span(cx, i, i + 1), source, content: span(cx, a, b), stance: 'assert' }, false);
  }
}

/** Closing quotes, the punctuation a speaker's name before a colon may hold (one array for all calls). */
const CLOSING_QUOTES = ['"', '»', '”'];

/** A speaker's name at the start of a sentence followed by a colon. */
export function colonCue(cx: Detection, i: number): void {
  const ss = sentenceStart(cx, i);
  if (i - ss < 1 || i - ss > 6) return;
  for (let k = ss; k < i; k++) if (isPunct(cx, k) && !isQuoteOpen(cx, k) && !CLOSING_QUOTES.includes(norm(cx, k))) return;
  if (i + 1 >= sentenceEnd(cx, i) && !isQuoteOpen(cx, i + 1)) return;
  // المدينة نيوز :- …: a dateline.
  if (BRACKETS.has(norm(cx, i + 1)) && norm(cx, i + 1) !== '(') return;
  // سبق ـ أبها: …: a dateline, its dash a tatweel (dateline-head.ts).
  if (tatweelDashBetween(cx, ss, i)) return;
  // رابط الخبر بصحيفة الوئام: …، للمزيد: a label, not a speaker.
  if (cx.lex.colonNonSpeakers.has(bareAt(cx, ss))) return;
  // كانت إنتاجية اليابان متقاعسة لسنوات: …: a clause, not a speaker's name.
  if (COPULAS.has(bareAt(cx, ss)) || verbAt(cx, ss)) return;
  // وصدق الله: …، وفي روتردام تكرر الأمر: …: a clause that opens otherwise than a name does (colon-clause.ts).
  if (clauseBeforeColon(cx, ss, i)) return;
  // أرسل النادي بياناً جاء فيه: …، وكتب X رسالة قال فيها: …: a cue already found before the
  // colon is what the colon opens the words of; the clause before it is no speaker's name.
  const from = (tok(cx, ss) as { start: number }).start;
  const to = (tok(cx, i) as { start: number }).start;
  if (cx.drafts.some((d) => d.cue.start >= from && d.cue.end <= to)) return;
  let hasName = false;
  for (let k = ss; k < i; k++) if (cx.mentionOf[k]) hasName = true;
  if (!hasName && !inSet(cx.lex.roles, norm(cx, ss)) && !isQuoteOpen(cx, i + 1)) return;
  const source = analyseNP(cx, ss, i);
  if (!source) return;
  const [a, b] = contentFrom(cx, i + 1, false);
  emit(cx, { cue: span(cx, i, i + 1), source, content: span(cx, a, b), stance: 'assert' });
}
