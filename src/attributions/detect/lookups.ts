/**
 * The basic look-ups over one document's tokens: the token and its normal form,
 * sentence bounds, quotes, spans, the verb cue at a token, and small word tests
 * that need the lexicon.
 */
import type { Span, Token, TokenKind } from '../../core/types.js';
import type { VerbCue } from '../lexicon.js';
import { normaliseString } from '../../text/normalise/normalise.js';
import {
  ALA_NOUNS, bare, bNoun, CLAUSE_PARTICLES, COMMAS, inSet, NOUN_COMPLEMENTS, OPEN_QUOTES, ORDINALS, PLACE_NOUNS, PREP_PRONOUN, PREPOSITIONS,
} from './word-sets.js';
import type { Detection } from './context.js';
import { studentNounAt } from './student-noun.js';
import { accusedAt } from './accused-participle.js';
import { relayMasdarAt } from './relay-phrase-word.js';
import { mediumAt } from './medium-phrase.js';
import { findingSubjectNear } from './finding-subject.js';
import { learnedWithoutStaff } from './learned-by-staff.js';
import { agreedViewAhead } from './agreed-view.js';
import { urgingMasdarAt } from './urging-masdar.js';
import { negatedFeminineBayyan } from './negated-feminine.js';
import { caughtOwnAttention } from './caught-attention.js';
import { otherSenseAt } from './other-senses.js';

/** The normal form of each verb cue's lemma, computed once per lemma. */
const lemmaNorm = new Map<string, string>();

export function tok(cx: Detection, i: number): Token | undefined {
  return cx.tokens[i];
}

/** tok(cx, i)?.kind, read from the per-token array. */
export function kindAt(cx: Detection, i: number): TokenKind | undefined {
  return i >= 0 && i < cx.tokenCount ? cx.kinds[i] : undefined;
}

export function norm(cx: Detection, i: number): string {
  return i >= 0 && i < cx.tokenCount ? (cx.norms[i] as string) : '';
}

/** The normal form at i without a glued و/ف: bareAt(cx, i), read from the per-token array. */
export function bareAt(cx: Detection, i: number): string {
  return i >= 0 && i < cx.tokenCount ? (cx.bares[i] as string) : '';
}

export function sentenceOf(cx: Detection, i: number): number {
  return i >= 0 && i < cx.tokenCount ? (cx.sentenceIds[i] as number) : -1;
}

/** Is there a line break between token k−1 and token k (a paragraph or a subheading opens at k)? */
export function lineBreakBefore(cx: Detection, k: number): boolean {
  return k > 0 && cx.text.slice((tok(cx, k - 1) as Token).end, (tok(cx, k) as Token).start).includes('\n');
}

export function isPunct(cx: Detection, i: number): boolean {
  const k = kindAt(cx, i);
  return k === 'punct' || k === 'symbol';
}

export function isComma(cx: Detection, i: number): boolean {
  return COMMAS.has(norm(cx, i));
}

export function isQuoteOpen(cx: Detection, i: number): string | undefined {
  return OPEN_QUOTES.get(norm(cx, i));
}

const CLOSE_QUOTES = new Set(OPEN_QUOTES.values());

/** Whether the token at i is a quotation mark, opening or closing. */
export function isQuoteMark(cx: Detection, i: number): boolean {
  const w = norm(cx, i);
  return OPEN_QUOTES.has(w) || CLOSE_QUOTES.has(w);
}

export function sentenceEnd(cx: Detection, i: number): number {
  return i >= 0 && i < cx.tokenCount ? (cx.sentenceEnds[i] as number) : cx.tokenCount;
}

export function sentenceStart(cx: Detection, i: number): number {
  return i >= 0 && i < cx.tokenCount ? (cx.sentenceStarts[i] as number) : 0;
}

export function matchPhrase(cx: Detection, i: number, map: Map<string, string[][]>, loose = false): number {
  const head = norm(cx, i);
  const lists = map.get(head) ?? (loose ? map.get(bare(head)) : undefined);
  if (!lists) return 0;
  for (const p of lists) {
    let ok = true;
    for (let k = 1; k < p.length; k++) {
      if (norm(cx, i + k) !== p[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return p.length;
  }
  return 0;
}

export function closingQuote(cx: Detection, i: number, limit: number): number {
  const close = isQuoteOpen(cx, i);
  if (close === undefined) return -1;
  // ” … “: reversed curly quotes close each other.
  const alt = close === '”' ? '“' : close;
  for (let j = i + 1; j < Math.min(cx.tokenCount, limit); j++) if (norm(cx, j) === close || norm(cx, j) === alt) return j;
  return -1;
}

/** Where a name that starts at k ends: past its closing quote, or at the end of the entity mention there; k when neither. */
export function nameEnd(cx: Detection, k: number, limit: number): number {
  if (isQuoteOpen(cx, k)) {
    const c = closingQuote(cx, k, limit + 4);
    return c > k ? c + 1 : k;
  }
  const m = cx.mentionOf[k];
  return m && m.first === k ? m.last : k;
}

export function span(cx: Detection, a: number, b: number): Span {
  // Out of range the tokens are missing, and so was the start or end (as tok() gave undefined).
  if (a < 0 || a >= cx.tokenCount || b - 1 < 0 || b - 1 >= cx.tokenCount) return { start: (tok(cx, a) as Token).start, end: (tok(cx, b - 1) as Token).end };
  return { start: cx.starts[a] as number, end: cx.ends[b - 1] as number };
}

export function verbAt(cx: Detection, i: number): VerbCue | undefined {
  if (i < 0 || i >= cx.tokenCount) return undefined;
  const known = cx.verbs[i];
  if (known !== undefined) return known ?? undefined;
  const v = verbAtUncached(cx, i);
  cx.verbs[i] = v ?? null;
  return v;
}

function verbAtUncached(cx: Detection, i: number): VerbCue | undefined {
  if (cx.kinds[i] !== 'word') return undefined;
  const w = cx.norms[i] as string;
  let v = cx.lex.verbs.get(w);
  // لم يستبعدوا، لن يقولوا: the jussive or subjunctive plural after a negator.
  if (!v && w.endsWith('وا') && /^[وف]?[يت]/.test(w) && cx.lex.negators.has(norm(cx, i - 1))) v = cx.lex.verbs.get(`${w.slice(0, -1)}ن`);
  // ولم تبين المصادر …: the feminine of يبين after لم (negated-feminine.ts).
  v ??= negatedFeminineBayyan(cx, i, w);
  // Most words are no verb cue: the tests below only ever turn a cue down.
  if (!v) return undefined;
  // 138 طالبا، 40 مؤكدة: after a number a form in ا (not the verb's own ا, as دعا) or a
  // participle is a counted noun.
  if (kindAt(cx, i - 1) === 'number' && (v.participle || (w.endsWith('ا') && !normLemma(v).endsWith('ا')))) return undefined;
  // روي هودجسون، أمل …، وعد …: the first word of a person's name that goes on is the name, not a verb.
  const m = cx.mentionOf[i];
  if (m !== undefined && m.type === 'PER' && m.first === i && m.last > i + 1) return undefined;
  // وصفة غنية بالبروتين: a word written with ة is a noun, never a verb with the pronoun ه (وصفه).
  // (charCodeAt: charAt would make a new one-letter string of an Arabic letter each time.)
  if (!v.participle && cx.text.charCodeAt((cx.ends[i] as number) - 1) === 0x629) return undefined;
  // في أول رد فعل، من عبر: a form that is mostly a noun is one after a preposition or before its complement.
  // طالب جامعي، طالباً وطالبة: the noun student (student-noun.ts).
  if (studentNounAt(cx, i)) return undefined;
  // بهدف حشد المواطنين وحثهم على: the verbal noun urging, not the verb (urging-masdar.ts).
  if (urgingMasdarAt(cx, i)) return undefined;
  // أحداث متهمين بالتحرش: the passive participle, accused of (accused-participle.ts).
  if (v.participle && accusedAt(cx, i)) return undefined;
  // نقلا عن: the cue "relaying from", not the dual verb (relay-phrase-word.ts).
  if (relayMasdarAt(cx, i)) return undefined;
  // أثبت الدواء فعاليته: a finding verb away from research or a text is no cue (finding-subject.ts).
  if (v.findingSubject && !findingSubjectNear(cx, i)) return undefined;
  // وعلم مراسل الأناضول أن: the masculine علم only with a correspondent after it (learned-by-staff.ts).
  if (learnedWithoutStaff(cx, i, v)) return undefined;
  // اتفقا على انتقال اللاعب: agreeing on an act is no report (agreed-view.ts).
  if (v.viewOnly && !agreedViewAhead(cx, i)) return undefined;
  // لفت نظري أن …: what caught the writer's attention is no speaker (caught-attention.ts).
  if (caughtOwnAttention(cx, i, v)) return undefined;
  // أظهرت القطط ذكاءً، كانت مفيدة لنا، نفيا قاطعا، شارع يدعى …: another sense of the form (other-senses.ts).
  if (otherSenseAt(cx, i, v)) return undefined;
  if (v.ambiguous && (PREPOSITIONS.has(norm(cx, i - 1)) || ORDINALS.has(norm(cx, i - 1)) || NOUN_COMPLEMENTS.has(norm(cx, i + 1)))) return undefined;
  return v;
}

/**
 * The object pronoun, one of `suffixes`, on the verb at i (وصفها، أكده): the word without it
 * is a form of the same verb (with `finite`, not a participle).
 */
export function verbPronoun(cx: Detection, i: number, suffixes: readonly string[], finite = false): string | undefined {
  const v = verbAt(cx, i);
  if (!v) return undefined;
  const w = norm(cx, i);
  for (const suf of suffixes) {
    if (w.length - suf.length < 3 || !w.endsWith(suf)) continue;
    const stem = cx.lex.verbs.get(w.slice(0, -suf.length));
    if (stem !== undefined && stem.lemma === v.lemma && !(finite && stem.participle)) return suf;
  }
  return undefined;
}

/** بوزارة، بشرطة، بمنطقة، بالهيئة: ب + an institution or a place. */
export function servesAt(cx: Detection, w: string): boolean {
  const rest = w.slice(1);
  const def = rest.startsWith('ال') ? rest : `ال${rest}`;
  return roleOf(cx, rest) !== undefined || roleOf(cx, def) !== undefined || PLACE_NOUNS.has(rest) || PLACE_NOUNS.has(def);
}

/** A rank title or a one-letter abbreviation (د، م، أ) before a dot or a slash at i. */
export function titleBefore(cx: Detection, i: number): boolean {
  const w = bareAt(cx, i - 1);
  return cx.lex.rankTitles.has(w) || cx.lex.rankTitles.has(norm(cx, i - 1)) || (w.length === 1 && /[دما]/.test(w));
}

/** The normal form of a verb cue's lemma (قال → قال، أكّد → اكد), or the empty string for no cue. */
export function normLemma(cue: VerbCue | undefined): string {
  return cue ? lemmaNorm.get(cue.lemma) ?? (lemmaNorm.set(cue.lemma, normaliseString(cue.lemma)).get(cue.lemma) as string) : '';
}

export function isRelative(cx: Detection, i: number): boolean {
  return cx.lex.relativePronouns.has(bareAt(cx, i));
}

export function roleOf(cx: Detection, w: string): string | undefined {
  return cx.lex.roles.get(w) ?? cx.lex.roles.get(bare(w));
}

/** أحد المعممين، بعض المشاركين، جميع الوصلات: a quantifier at k over the definite word after it. */
export function quantifiedDefinite(cx: Detection, k: number): boolean {
  return cx.lex.quantifierHeads.has(norm(cx, k)) && tok(cx, k + 1)?.kind === 'word' && bareAt(cx, k + 1).startsWith('ال');
}

/**
 * معه، لديهم، مني: a preposition with its pronoun at i — unless the word opens a person's name
 * (منى، لي), which is spelled the same once ى is normalised.
 */
export function prepPronounAt(cx: Detection, i: number): boolean {
  if (!PREP_PRONOUN.test(norm(cx, i))) return false;
  const m = cx.mentionOf[i];
  return !(m !== undefined && m.type === 'PER' && m.first === i);
}

/** The word at k names someone who can speak: an entity, a role, an anonymous source, an outlet. */
export function someoneAt(cx: Detection, k: number): boolean {
  const w = norm(cx, k);
  return cx.mentionOf[k] !== undefined || roleOf(cx, w) !== undefined || inSet(cx.lex.anonymousHeads, w) || inSet(cx.lex.outletNouns, w);
}

/** The verb at c0 opens its clause: at the sentence start, with و/ف, after a comma or a clause particle. */
export function opensClause(cx: Detection, c0: number, cue: VerbCue): boolean {
  return cue.conjoined === true || CLAUSE_PARTICLES.has(norm(cx, c0 - 1)) || isComma(cx, c0 - 1) || c0 === sentenceStart(cx, c0);
}

/**
 * علي after a title, before a non-definite word, or opening a tagged person's name (وقال علي
 * الأحمدي: the family name is definite) is a name, not the preposition على.
 */
// وأوضحت المديرية على لسان متحدثها، قال الوزير على هامش …: before لسان or هامش it is the preposition even after a title.
export function isNameAli(cx: Detection, j: number): boolean {
  // على حسابه، على تويتر: the medium (medium-phrase.ts).
  if (norm(cx, j) !== 'علي' || ALA_NOUNS.has(norm(cx, j + 1)) || mediumAt(cx, j + 1)) return false;
  return roleOf(cx, norm(cx, j - 1)) !== undefined || (tok(cx, j + 1)?.kind === 'word' && !norm(cx, j + 1).startsWith('ال'))
    || aliOpensPersonName(cx, j);
}

/** علي opening a person's name the tagger found (علي الأحمدي): never the preposition, even after أكد/شدد. */
export function aliOpensPersonName(cx: Detection, j: number): boolean {
  const m = cx.mentionOf[j];
  return norm(cx, j) === 'علي' && m !== undefined && m.type === 'PER' && m.first === j && m.last > j && !ALA_NOUNS.has(norm(cx, j + 1));
}

export function prepOf(cx: Detection, i: number, preps: string[]): boolean {
  const w = norm(cx, i);
  // ووصف باداود الابتعاث بأنه …: a name that begins with ب (its mention starts with the word) is no preposition.
  const m = cx.mentionOf[i];
  if (m !== undefined && m.start === (tok(cx, i) as Token).start && w.startsWith('ب') && !preps.includes(w)) return false;
  for (const p of preps) {
    if (w === p) return true;
    if (p.length === 1 && w.length > 2 && w.startsWith(p) && !(p === 'ب' && bNoun(w))) return true;
  }
  return false;
}

/**
 * Whether a person's name (or a rank title before one) comes from k on, before a mark, a verb
 * or a content introducer: the holder of a title named at the end of its phrase (المتحدث
 * الرسمي لوزارة العمل محمد …).
 */
export function nameCloses(cx: Detection, k: number, limit: number): boolean {
  for (let m = k; m < limit && m - k <= 12; m++) {
    const w = norm(cx, m);
    if ((cx.mentionOf[m]?.type === 'PER' && cx.mentionOf[m]?.first === m) || cx.lex.rankTitles.has(w) || cx.lex.rankTitles.has(bare(w))) return true;
    if (cx.tokens[m]?.kind !== 'word' || verbAt(cx, m) || isRelative(cx, m) || cx.complementizers.has(w)) return false;
  }
  return false;
}

/**
 * The last word of "the day before yesterday" when the scan stands on its first: أمس الأول,
 * أول أمس, أول من أمس; -1 when the words there are not that phrase.
 */
export function dayBeforeYesterdayEnd(cx: Detection, j: number): number {
  const w = norm(cx, j);
  if (w === 'امس' && norm(cx, j + 1) === 'الاول') return j + 1;
  if (w !== 'اول') return -1;
  if (norm(cx, j + 1) === 'امس') return j + 1;
  return norm(cx, j + 1) === 'من' && norm(cx, j + 2) === 'امس' ? j + 2 : -1;
}
