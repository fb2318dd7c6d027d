/**
 * Prepositional cues (بحسب، وفقا لـ، نقلا عن …) and a saying noun with a possessive (وفق قوله).
 */
import { normaliseString } from '../../text/normalise/normalise.js';
import { forcesHead } from './forces-source.js';
import type { Span, Token } from '../../core/types.js';
import type { Detection } from './context.js';
import {
  bareAt, closingQuote, isComma, isPunct, isQuoteOpen, isRelative, matchPhrase, norm, roleOf, sentenceEnd, sentenceOf, sentenceStart, span, tok, verbAt,
} from './lookups.js';
import { bare, COLONS, inSet, MAX_NP, PREPOSITIONS, RELAY, SAYING_POSSESSIVES } from './word-sets.js';
import type { Source } from './types.js';
import { analyseNP } from './noun-phrase.js';
import { clauseSubject, earlierSubject, previousSpeaker } from './subjects.js';
import { contentFrom, firstTokenAt } from './content.js';
import { emit } from './drafts.js';
import { relayedThatClause } from './relay-phrase-word.js';
import { inflectedSourceHead } from './inflected-source.js';
import { relayJustBefore } from './relay-chain.js';
import { clauseVerbAt } from './clause-verb.js';

/** Indefinite nouns of information that a body gives out (تقديرات، معلومات، بيانات), not people (خبراء، شهود). */
const INFORMATION_NOUNS = new Set(['تقديرات', 'معلومات', 'بيانات', 'إحصاءات', 'إحصائيات', 'أرقام', 'توقعات', 'تسريبات', 'تأكيدات']
  .map((w) => normaliseString(w)));

/** Words with the ف that answers a fronted «according to» phrase, opening its content. */
const ANSWERING_FA = new Set(['فان', 'فقد', 'فمن', 'فسوف', 'فهناك', 'فلا', 'فلم', 'فلن']);

/** Does [a, b) name someone who can say things (حسب المصادر, not حسب الخطة)? */
export function plausibleSource(cx: Detection, a: number, b: number): boolean {
  for (let k = a; k < Math.min(b, a + 2); k++) if (cx.mentionOf[k] || (isQuoteOpen(cx, k) && closingQuote(cx, k, b + 1) > k)) return true;
  const w0 = norm(cx, a);
  if (carrierGenitive(cx, a, b)) return true;
  let h = inSet(cx.lex.roles, w0) || inSet(cx.lex.anonymousHeads, w0) || inSet(cx.lex.outletNouns, w0) ? w0 : bare(w0);
  if (h.startsWith('لل')) h = `ا${h.slice(1)}`;
  else if (h.startsWith('ل') && !h.startsWith('ال') && h.length > 3) h = h.slice(1);
  const stem = h.replace(/(ه|ها|هم|هما|هن)$/, '');
  if (inSet(cx.lex.anonymousHeads, h) || inSet(cx.lex.roles, h) || inSet(cx.lex.outletNouns, h) || inSet(cx.lex.carrierNouns, h)
    || cx.lex.statementNouns.has(h) || cx.lex.statementNouns.has(stem) || cx.lex.roles.has(`ال${h}`) || forcesHead(h)) return true;
  return false;
}

/** The noun [k] stripped of a glued ل (لنتائج → نتائج, للنتائج → النتائج). */
function withoutLam(w: string): string {
  if (w.startsWith('لل')) return `ا${w.slice(1)}`;
  return w.startsWith('ل') && !w.startsWith('ال') && w.length > 3 ? w.slice(1) : w;
}

/**
 * نتائج مسح، أرقام الدراسة، خلاصة التقرير: a noun in construct with a text that carries
 * information (a survey, a study, a report) cites that text, whatever the head.
 */
function carrierGenitive(cx: Detection, a: number, b: number): boolean {
  if (a + 1 >= b) return false;
  const g = norm(cx, a + 1);
  const indefinite = g.startsWith('ال') ? g.slice(2) : g;
  return cx.lex.carrierNouns.has(indefinite);
}

/**
 * وفقا لتقديرات هيئة الاتصالات، وفق تقديرات منظمة العفو: an indefinite noun of information
 * (an unnamed source's head: تقديرات، معلومات) in construct with the body it comes from names
 * that body; the definite noun alone (وفقا للتقديرات) may be conformity to estimates.
 */
function ownersInformation(cx: Detection, a: number, b: number): boolean {
  const h = withoutLam(norm(cx, a));
  return a + 1 < b && INFORMATION_NOUNS.has(h) && tok(cx, a + 1)?.kind === 'word'
    && (bareAt(cx, a + 1).startsWith('ال') || cx.mentionOf[a + 1]?.first === a + 1 || plausibleSource(cx, a + 1, b));
}

/**
 * A named body or one named by its office at k, in construct (هيئة الاتصالات، الوزارة), not an
 * unnamed group (الخبراء) nor one after ل (شهود لوكالة …, the addressee).
 */
function namedBodyAt(cx: Detection, k: number): boolean {
  const w = withoutLam(norm(cx, k));
  if (/^ل/.test(norm(cx, k)) && !norm(cx, k).startsWith('ال')) return false;
  return cx.mentionOf[k]?.first === k || (roleOf(cx, w) !== undefined && !inSet(cx.lex.anonymousHeads, w));
}

/**
 * وبحسب التفاصيل التي حصلت عليها "سبق"، بحسب المقتطفات التي نشرتها وسائل الإعلام:
 * information that a source (an outlet, a named body) obtained or published is a source,
 * whatever its head noun; the score an applicant obtained (وفقا للدرجة التي حصل عليها
 * المتقدم) is not.
 */
function obtainedOrPublished(cx: Detection, j: number): boolean {
  if (!isRelative(cx, j)) return false;
  const v = norm(cx, j + 1);
  if (!(cx.lex.seenVerbs.has(v) || cx.lex.relayVerbs.has(v) || verbWithObjectPronoun(cx, j + 1))) return false;
  let k = j + 2;
  while (/^(عليه|عليها|منه|منها)$/.test(norm(cx, k))) k++;
  return k < sentenceEnd(cx, k) && plausibleSource(cx, k, k + 2);
}

/** The start of the clause that ends at token i: past the last comma and clause word after ss. */
function clauseStartBefore(cx: Detection, ss: number, i: number): number {
  for (let k = i - 1; k > ss; k--) {
    if (!isComma(cx, k)) continue;
    const n = matchPhrase(cx, k + 1, cx.lex.boundaries, true);
    if (n > 0) return k + 1 + n;
  }
  return ss;
}

/** The words [a, i) as content, without the punctuation before the cue; undefined when none is left. */
function contentBeforeCue(cx: Detection, a: number, i: number): Span | undefined {
  let b = i;
  while (b > a && isPunct(cx, b - 1)) b--;
  return b > a ? span(cx, a, b) : undefined;
}

/**
 * … وفق قوله، حسب تعبيره: the words before are the last speaker's (or the
 * clause subject's); the cue is the phrase [i, e).
 */
function possessiveSaying(cx: Detection, i: number, e: number): number {
  const ss = sentenceStart(cx, i);
  const source = clauseSubject(cx, i) ?? previousSpeaker(cx, i) ?? earlierSubject(cx, i);
  if (!source) return i;
  // The words of the last report in this sentence (مؤكدا أن …، وفق قوله).
  const last = cx.drafts[cx.drafts.length - 1];
  const from = last ? firstTokenAt(cx, last.content.start) : -1;
  const a = last && from >= ss && from < i && sentenceOf(cx, from) === sentenceOf(cx, i) ? from : clauseStartBefore(cx, ss, i);
  const content = contentBeforeCue(cx, a, i);
  if (!content) return i;
  emit(cx, { cue: span(cx, i, e), source: { ...source }, content, stance: 'assert' }, false);
  for (let k = i; k < e; k++) cx.consumed[k] = 1;
  return e - 1;
}

/**
 * …، على حد قوله. / -على حد قوله-: "as he put it" set off at the end of a clause or between
 * dashes, the speaker is the pronoun. Run into a clause (لأنه على حد تعبيره أسلوب …) it only
 * colours the words around it and is not annotated (dev snn-02000).
 */
function asHePutIt(cx: Detection, i: number): boolean {
  if (!(bareAt(cx, i) === 'علي' && norm(cx, i + 1) === 'حد' && SAYING_POSSESSIVES.has(norm(cx, i + 2)))) return false;
  return i + 3 >= sentenceEnd(cx, i) || isPunct(cx, i + 3);
}

/**
 * ذكره، أوضحته، قاله: a verb of saying with the pronoun of its object (the ما before it);
 * its subject is not written after it.
 */
function verbWithObjectPronoun(cx: Detection, k: number): boolean {
  const m = /^(.{2,}?)(ه|ها)$/.exec(norm(cx, k));
  const v = m ? cx.lex.verbs.get(m[1] as string) : undefined;
  return v !== undefined && !v.participle && !v.ambiguous;
}

/** Can a source's noun phrase open at k (not a preposition, an addressee لـ, punctuation or the end)? */
function startsNounPhrase(cx: Detection, k: number): boolean {
  const w = norm(cx, k);
  return k < sentenceEnd(cx, k) && (!isPunct(cx, k) || isQuoteOpen(cx, k) !== undefined) && !PREPOSITIONS.has(w) && !cx.lex.npStops.has(w) && !/^لل/.test(w) && !/^ل(ه|ها|هم)$/.test(w);
}

/** بحسب X، وفقا لـ X، نقلا عن X، على لسان X. */
export function prepositionalCue(cx: Detection, i: number): number {
  if (SAYING_POSSESSIVES.has(norm(cx, i + 1)) && (RELAY.has(norm(cx, i)) || RELAY.has(bareAt(cx, i)))) return possessiveSaying(cx, i, i + 2);
  if (asHePutIt(cx, i)) return possessiveSaying(cx, i, i + 3);
  const options = cx.lex.prepositional.get(norm(cx, i));
  if (!options) return i;
  let plen = 0;
  let needsL = false;
  for (const o of options) {
    let ok = true;
    for (let k = 1; k < o.phrase.length; k++) if (norm(cx, i + k) !== o.phrase[k]) ok = false;
    if (ok) {
      plen = o.phrase.length;
      needsL = o.needsL;
      break;
    }
  }
  if (plen === 0) return i;
  return phraseCue(cx, i, plen, needsL);
}

/** The prepositional cue of plen words at i (its ل glued to the next word when needsL): its source and content. */
export function phraseCue(cx: Detection, i: number, plen: number, needsL: boolean): number {
  const se = sentenceEnd(cx, i);
  let npStart = i + plen;
  let cueEnd = npStart;
  if (needsL) {
    const w = norm(cx, npStart);
    if (!(w.startsWith('ل') && w.length > 1) && w !== 'ل') return i;
    if (w === 'ل') npStart++;
  }
  // بحسب ما ذكرت صحيفة X: the verb belongs to the cue.
  let relayVerb = false;
  // وفقا لما أوردته وكالة …: ما glued to the ل.
  const verbOrRelay = (k: number): boolean => verbAt(cx, k) !== undefined || cx.lex.relayVerbs.has(norm(cx, k)) || verbWithObjectPronoun(cx, k);
  if (needsL && norm(cx, npStart) === 'لما' && verbOrRelay(npStart + 1)) {
    npStart += 2;
    cueEnd = npStart;
    relayVerb = true;
  } else if (norm(cx, npStart) === 'ما' && verbOrRelay(npStart + 1)) {
    npStart += 2;
    cueEnd = npStart;
    relayVerb = true;
  } else if (/^و?ب?حسبما$/.test(norm(cx, i)) && verbOrRelay(npStart)) {
    npStart += 1;
    cueEnd = npStart;
    relayVerb = true;
  }
  // وفقا لما نصت عليه المادة، بحسب ما أفاد به: the resumptive pronoun is not the source.
  if (relayVerb && /^(عليه|عليها|به|بها|عنه|عنها)$/.test(norm(cx, npStart))) npStart++;
  // …، حسب ما ذكره في حسابه، وفقا لما أوضحه للصحيفة: no source written after the verb; the
  // clause's speaker said it.
  if (relayVerb && verbWithObjectPronoun(cx, npStart - 1) && !startsNounPhrase(cx, npStart)) return possessiveSaying(cx, i, npStart);
  let j = npStart;
  while (j < se && j - npStart < MAX_NP) {
    const w = norm(cx, j);
    // وبحسب (سيدتي نت) من المتوقع …: a source in brackets.
    if (j === npStart && w === '(') {
      let c = j + 1;
      while (c < se && c - j <= 6 && norm(cx, c) !== ')' && tok(cx, c)?.kind === 'word') c++;
      if (norm(cx, c) === ')' && c > j + 1) {
        j = c + 1;
        break;
      }
    }
    if (isComma(cx, j) || COLONS.has(w) || cx.complementizers.has(w) || (isPunct(cx, j) && !isQuoteOpen(cx, j))) break;
    // … فإن، فقد، فمن المنتظر، فسوف: the ف that answers the fronted phrase opens the content.
    if (j > npStart && (w === 'في' || w === 'خلال' || w === 'امس' || w === 'اليوم' || ANSWERING_FA.has(w))) break;
    // وبحسب بيان النادي الذي تسلمت "الوطن" نسخة منه: the relative clause is not the source.
    if (j > npStart && isRelative(cx, j)) break;
    if (verbAt(cx, j) && j > npStart) break;
    // وبحسب بيان تمكن المكتب … من: the verb opens the reported clause (clause-verb.ts).
    if (j > npStart && clauseVerbAt(cx, j)) break;
    // بحسب ما نقلته صحيفة "نيكي" عن مصادر مطلعة: the original source follows عن.
    if (relayVerb && j > npStart && w === 'عن') break;
    if (isQuoteOpen(cx, j)) {
      const c = closingQuote(cx, j, se);
      if (c > j) {
        j = c + 1;
        continue;
      }
    }
    j++;
  }
  if (j === npStart) return i;
  // The phrase's noun phrase: the first word may carry ل (لتقرير).
  const thatClause = !relayVerb && relayedThatClause(cx, i, j);
  // ووفقا للمصدرين، طبقا لتلك التقارير: a dual, a plural or a demonstrative before the head (inflected-source.ts).
  if (!relayVerb && !plausibleSource(cx, npStart, j) && !inflectedSourceHead(cx, npStart, j) && !obtainedOrPublished(cx, j) && !thatClause) return i;
  // وفقا لإرشادات منظمة الصحة، طبقا للوائح، حسب البرنامج: conformity to rules, not a source.
  if (!relayVerb && !carrierGenitive(cx, npStart, j) && !ownersInformation(cx, npStart, j)) {
    const h = withoutLam(norm(cx, npStart));
    if (cx.lex.nonSourceNouns.has(h) || cx.lex.nonSourceNouns.has(`ال${h}`)) return i;
  }
  let source = analyseNP(cx, npStart, j);
  if (!source) return i;
  // وفقا لتقديرات مؤسسة X: the information of a named body is that body's (named), not an unnamed source.
  if (!relayVerb && source.kind === 'anonymous' && ownersInformation(cx, npStart, j) && namedBodyAt(cx, npStart + 1)) source = { ...source, kind: 'named' };
  if (needsL && source.start === (tok(cx, npStart) as Token).start && source.kind === 'named' && source.entity === undefined) {
    // وفقا لتقرير لوكالة X: keep the span but say nothing more.
  }
  // نقل عن inside: بحسب ما نقلت X عن Y
  let inner: { cue: Span; source: Source } | undefined;
  if (relayVerb && norm(cx, j) === 'عن') {
    let k = j + 1;
    const start = k;
    while (k < se && k - start < MAX_NP && !isComma(cx, k) && !(isPunct(cx, k) && !isQuoteOpen(cx, k)) && !cx.complementizers.has(norm(cx, k))) k++;
    const s = analyseNP(cx, start, k);
    if (s) inner = { cue: span(cx, j, j + 1), source: s };
    j = k;
  }
  // Where is the content? Before the phrase, or after it.
  const ss = sentenceStart(cx, i);
  let atStart = true;
  for (let k = ss; k < i; k++) {
    const w = norm(cx, k);
    if (!(w === 'و' || w === 'ف' || isPunct(cx, k))) atStart = false;
  }
  let content: Span;
  // بحسب تقارير، نقلا عن مسؤولين: the clause the relay before covers (relay-chain.ts).
  const through = atStart || thatClause ? undefined : relayJustBefore(cx, i);
  if (thatClause) {
    const [a, b] = contentFrom(cx, j + 1, false);
    content = span(cx, a, b);
  } else if (atStart) {
    let cs = j;
    // وبحسب بيان النادي الذي تسلمت "الوطن" نسخة منه، فإن …: past the relative clause.
    if (isRelative(cx, cs)) {
      let k = cs + 1;
      while (k < se && k - cs < 15 && !isComma(cx, k)) k++;
      if (isComma(cx, k)) cs = k;
    }
    while (cs < se && (isComma(cx, cs) || norm(cx, cs) === 'فان' || norm(cx, cs) === 'فقد' || norm(cx, cs) === 'ف')) cs++;
    if (cs >= se) return i;
    // وبحسب "رويترز"، فقد ذكر X أن …: X's words reached the reader through the relay.
    const v = verbAt(cx, cs) ?? (cx.lex.negators.has(norm(cx, cs)) ? verbAt(cx, cs + 1) : undefined);
    if (v && !v.participle && !relayVerb) {
      const relayDraft = emit(cx, { cue: span(cx, i, Math.max(cueEnd, i + plen)), source, content: span(cx, cs, cs + 1), stance: 'assert' }, false);
      cx.pendingRelay = { key: relayDraft.key, at: cs };
      for (let k = i; k < cs; k++) cx.consumed[k] = 1;
      return cs - 1;
    }
    const [a, b] = contentFrom(cx, cs, false);
    content = span(cx, a, b);
  } else if (through) {
    content = through.content;
  } else {
    // From the last clause boundary before the phrase.
    const before = contentBeforeCue(cx, clauseStartBefore(cx, ss, i), i);
    if (!before) return i;
    content = before;
  }
  if (source.kind === 'named' && relayVerb === false && inSet(cx.lex.carrierNouns, (norm(cx, npStart)).replace(/^ل/, ''))) {
    source = { ...source };
  }
  const main = emit(cx, { cue: span(cx, i, Math.max(cueEnd, i + plen)), source, content, stance: 'assert', ...(through && { viaKey: through.key }) }, false);
  if (inner) emit(cx, { cue: inner.cue, source: inner.source, content, stance: 'assert', viaKey: main.key }, false);
  for (let k = i; k < j; k++) cx.consumed[k] = 1;
  return j - 1;
}
