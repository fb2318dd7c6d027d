/**
 * A publisher in a relative clause on a published text (تقرير أصدرته المنظمة، وثائق نشرها
 * موقع …، خبر من واشنطن نقلته وكالة …) is an attribution of the
 * publisher (GUIDELINE.md: "a publisher in a relay clause … is an attribution", as `في تصريح
 * نشرته` in dev5). The frame scan finds such a clause only between a verb's subject and its
 * content; here it is found wherever it stands — inside the subject of a verb (كشفت وثائق نشرها
 * موقع ويكيليكس أن …) or of a verb that is no cue (ويشمل تقرير أصدرته المنظمة …). Its content is
 * what the text is reported to say when a cue has the text as its source, else the rest of the
 * clause after the publisher.
 */
import type { Detection } from './context.js';
import { closingQuote, isComma, isPunct, isQuoteOpen, norm, sentenceEnd, sentenceOf, sentenceStart, span, tok, verbAt } from './lookups.js';
import { bare, PREP_PRONOUN, TIME_WORDS } from './word-sets.js';
import { publisherEnd } from './frame-parts.js';
import { plausibleSource } from './prepositional.js';
import { analyseNP } from './noun-phrase.js';
import { contentFrom, firstTokenAt } from './content.js';
import { emit } from './drafts.js';
import type { Draft } from './types.js';

/** Texts that are published (normalised, without the article), besides the lexicon's statement and carrier nouns. */
const PUBLISHED_TEXTS = new Set(['خبر', 'اخبار', 'وثائق', 'وثيقه', 'تقارير', 'دراسات', 'مقالات', 'مقاله', 'تصريحات', 'بيانات', 'ارقام', 'تفاصيل']);
/** Relative pronouns: the clause is on a definite text. */
const RELATIVES = /^[و]?(الذي|التي|اللذين|اللتين|الذين)$/;
/** How many words of the text's own phrase may stand between its head and the clause (خبر من واشنطن نقلته). */
const HEAD_REACH = 3;
/** Pictures and films carry no statement (صور تناقلتها وسائل الإعلام). */
const PICTURES = new Set(['صور', 'فيديو', 'مقطع', 'خريطه']);
/** How many words the publisher's name may have. */
const MAX_PUBLISHER = 6;
/** How many words a quoted publisher's name may have. */
const MAX_QUOTED = 4;
/** Marks that close a quoted name. */
const CLOSING_MARKS = new Set(['"', '»', '”']);

/** The noun at k without a conjunction, a preposition glued to it or the article (ولبيان، للتقرير، وثائق). */
function headNoun(w: string): string[] {
  const out = [w];
  const v = /^[وف]/.test(w) && w.length > 3 ? w.slice(1) : w;
  out.push(v);
  if (v.startsWith('لل')) out.push(v.slice(2));
  else if (/^[لب]/.test(v) && v.length > 3) out.push(v.slice(1), v.slice(1).replace(/^ال/, ''));
  out.push(v.replace(/^ال/, ''));
  return out;
}

function publishedText(cx: Detection, k: number): boolean {
  const heads = headNoun(norm(cx, k));
  return !heads.some((h) => PICTURES.has(h)) && heads.some((h) => PUBLISHED_TEXTS.has(h) || cx.lex.statementNouns.has(h) || cx.lex.carrierNouns.has(h));
}

/**
 * The head of the published text the relay verb at i describes, or -1. Only a text without
 * the article takes the clause straight after it (تقرير أصدرته، خبر من واشنطن نقلته، بيان
 * الوزارة، نقلته الوكالة): a definite text with التي/الذي (البيانات التي نشرتها الإدارة) is
 * mostly one already known, its publisher a detail of the narration, not a source cited.
 */
function textBefore(cx: Detection, i: number): number {
  let k = i - 1;
  if (isComma(cx, k)) k--;
  const s = sentenceStart(cx, i);
  // وتفيد تفاصيل القضية التي ذكرتها مواقع …، بحسب التقرير …، والذي نقلته "أرقام": a definite
  // text is cited through its publisher when it speaks here, the source of a report.
  if (RELATIVES.test(norm(cx, k)) && k > s) {
    let h = k - 1;
    if (isComma(cx, h)) h--;
    const report = h >= s ? reportOfText(cx, h) : undefined;
    // وبحسب التفاصيل التي ذكرتها صحيفة X: the relay phrase and its clause cite the publisher
    // as one cue already (prepositional.ts), no second one.
    if (!report || cx.lex.prepositional.has(norm(cx, firstTokenAt(cx, report.cue.start)))) return -1;
    const first = report.source.start !== undefined ? firstTokenAt(cx, report.source.start) : -1;
    return first >= s && first <= h && publishedText(cx, first) ? first : -1;
  }
  let words = 0;
  for (let m = k; m >= s && words < HEAD_REACH; m--) {
    if (tok(cx, m)?.kind !== 'word' || verbAt(cx, m) || RELATIVES.test(norm(cx, m))) return -1;
    if (publishedText(cx, m)) return /^[وفلب]?ال/.test(norm(cx, m)) ? -1 : m;
    words++;
  }
  return -1;
}

/**
 * Where the publisher's name after the token a ends, or a + 1 when there is none that can
 * publish: a short quoted name whole (خبر نشرته "سبق" بعنوان …), else the name read as a
 * relay's publisher; إحدى الصحف is read past its quantifier.
 */
function publisherAt(cx: Detection, a: number, se: number): number {
  if (isQuoteOpen(cx, a + 1)) {
    const c = closingQuote(cx, a + 1, se);
    if (c > a + 2 && c - a - 1 <= MAX_QUOTED && cx.mentionOf[a + 2]) return c + 1;
  }
  // حوار نشرته معه إحدى الصحف بالقول إنه …: the verbal noun of saying ends the name; so do a
  // time word and, after a definite word, a word without the article that names no one (تقرير
  // أصدرته المنظمة شهادات …: the object of the clause's main verb).
  const end = publisherEnd(cx, a, se, MAX_PUBLISHER, (x) => cx.lex.sayingNouns.has(norm(cx, x)) || TIME_WORDS.has(norm(cx, x))
    || (x > a + 1 && /^ال/.test(bare(norm(cx, x - 1))) && !/^(ال|لل)/.test(bare(norm(cx, x))) && tok(cx, x)?.kind === 'word' && !cx.mentionOf[x]));
  const from = cx.lex.quantifierHeads.has(norm(cx, a + 1)) ? a + 2 : a + 1;
  return end > from && plausibleSource(cx, from, end) ? end : a + 1;
}

/** The draft whose source phrase holds the token at k (كشفت وثائق نشرها …: the verb كشفت). */
function reportOfText(cx: Detection, k: number): Draft | undefined {
  const at = cx.starts[k] as number;
  return cx.drafts.find((d) => d.source.start !== undefined && d.source.end !== undefined && d.source.start <= at && at < d.source.end);
}

/** Adds the attribution of each publisher in a relative clause on a published text (see the file comment). */
export function relayClauses(cx: Detection): void {
  for (let i = 1; i < cx.tokenCount; i++) {
    if (!cx.lex.relayVerbs.has(norm(cx, i))) continue;
    const at = cx.starts[i] as number;
    if (cx.drafts.some((d) => d.cue.start <= at && at < d.cue.end)) continue;
    const head = textBefore(cx, i);
    if (head < 0) continue;
    const se = sentenceEnd(cx, i);
    // حوار نشرته معه إحدى الصحف: the pronoun of the interviewee stands before the publisher.
    const a = PREP_PRONOUN.test(norm(cx, i + 1)) ? i + 1 : i;
    const end = publisherAt(cx, a, se);
    if (end <= a + 1) continue;
    const source = analyseNP(cx, a + 1, end);
    if (!source || source.end === undefined) continue;
    // The clause goes on after the publisher's phrase as analyseNP read it.
    let after = a + 1;
    while (after < end && (cx.starts[after] as number) < source.end) after++;
    while (after < se && CLOSING_MARKS.has(norm(cx, after))) after++;
    const report = reportOfText(cx, head);
    // وراجعت الدراسة التي نشرتها X …. وأشارت إلى أن …: a report in another sentence that names
    // the text as its speaker is no content of this clause.
    let content = report && sentenceOf(cx, firstTokenAt(cx, report.cue.start)) === sentenceOf(cx, i) ? report.content : undefined;
    if (!content) {
      // بيان الوزارة، نقلته الوكالة، مراجعة التقرير …: the clause goes on past the comma.
      if (isComma(cx, after)) after++;
      if (after >= se || isPunct(cx, after)) continue;
      const [cs, ce] = contentFrom(cx, after, false);
      content = span(cx, cs, ce);
    }
    emit(cx, { cue: span(cx, i, i + 1), source, content, stance: 'assert' }, false);
  }
}
