/**
 * A body's short name in quotation marks right after its full name (وزارة الدفاع الأمريكية
 * «البنتاغون»، بعثة الأمم المتحدة في العراق "يونامي"، منظمة العفو الدولية «أمنستي») is an
 * apposition: part of the source, as the guideline's `اتحاد … لكرة القدم «كونميبول»`. The
 * quotation is not what the body said when the report's content still follows it: the verb's
 * preposition (أعلنت … عن)، a complementizer, or the verbal noun that is its object (أعلنت …
 * «…» مقتل). Quoted words ending the sentence (أعلنت الوزارة «حالة الطوارئ».) stay content.
 */
import type { Detection } from './context.js';
import { bareAt, closingQuote, isQuoteOpen, norm, roleOf, tok } from './lookups.js';
import { verbalNounShape } from './frame-parts.js';
import { firstTokenAt } from './content.js';
import type { Draft } from './types.js';

/** Prepositions that open a reporting verb's content (أعلن عن، كشف عن، أشار إلى، حذر من، طالب بـ). */
const CONTENT_PREPOSITIONS = new Set(['عن', 'الي', 'علي', 'من']);

/** صحيفة "ليبراسيون" افتتاحية بعنوان "…": a name in marks of its own; the mark after it closes them. */
function quotedName(cx: Detection, first: number): boolean {
  return isQuoteOpen(cx, first - 1) !== undefined;
}

/** Only words between the marks at j and c, and no complementizer among them: a name, not a clause. */
function wordsOfAName(cx: Detection, j: number, c: number): boolean {
  for (let k = j + 1; k < c; k++) if (tok(cx, k)?.kind !== 'word' || cx.complementizers.has(norm(cx, k))) return false;
  return true;
}

/** Heads of a body's name in the roles lexicon (وزارة، هيئة، منظمة، وكالة …), and بعثة that it lacks. */
const BODY_ROLES = new Set(['body', 'ministry', 'agency']);
const MISSION = /^(ال)?بعثه$/;
/** Roles of a person (وزير، رئيس، متحدث، مسؤول، الخبير): a body after them is their office. */
const PERSON_ROLES = new Set(['spokesman', 'minister', 'president', 'official', 'person']);

/**
 * Whether a body's full name ends right before the mark at j: an organisation's mention, or
 * a body's head a few words back with a definite word or a place's name last (بعثة الأمم
 * المتحدة في العراق "…"، where the tagger found only the place).
 */
function bodyNameBefore(cx: Detection, j: number): boolean {
  const m = cx.mentionOf[j - 1];
  if (m && m.last === j && quotedName(cx, m.first)) return false;
  if (m && m.type === 'ORG' && m.last === j) return true;
  if (!(m && m.last === j) && !bareAt(cx, j - 1).startsWith('ال')) return false;
  // وزير الخارجية «…»: a person's title over the body makes the quotation his words.
  let body = false;
  for (let k = j - 1; k >= Math.max(0, j - 7) && tok(cx, k)?.kind === 'word'; k--) {
    const role = roleOf(cx, norm(cx, k));
    if (role !== undefined && PERSON_ROLES.has(role)) return false;
    if (BODY_ROLES.has(role ?? '') || MISSION.test(bareAt(cx, k))) body = true;
  }
  return body;
}

/** Whether the quotation [j, c] (its marks at j and c) is the short name of the named body just before it. */
export function quotedAliasAt(cx: Detection, j: number, c: number): boolean {
  if (c <= j + 1 || c - j > 4) return false;
  // The named body's full name ends right at the opening mark.
  if (!bodyNameBefore(cx, j)) return false;
  // A name, not words: no verbal noun opening the marks (أكدت الوزارة «ضرورة التزام» …).
  if (!wordsOfAName(cx, j, c) || verbalNounShape(cx, j + 1)) return false;
  const after = c + 1;
  if (tok(cx, after)?.kind !== 'word') return false;
  const w = norm(cx, after);
  return CONTENT_PREPOSITIONS.has(w) || cx.complementizers.has(w) || verbalNounShape(cx, after);
}

/** Whether the mark at c closes a body's quoted short name (see quotedAliasAt): "يونامي" مقتل … */
export function quotedAliasClosesAt(cx: Detection, c: number): boolean {
  for (let j = c - 2; j >= c - 4 && j > 0; j--) if (isQuoteOpen(cx, j) !== undefined) return closingQuote(cx, j, c + 1) === c && quotedAliasAt(cx, j, c);
  return false;
}

/**
 * The source of a draft written as an organisation's name, followed by its quoted short name
 * that the content does not start in (وزارة الدفاع الأمريكية «البنتاغون» عن …): the source
 * span runs to the closing mark, as the guideline writes the apposition.
 */
export function takeQuotedAlias(cx: Detection, d: Draft): void {
  const { start, end } = d.source;
  if (start === undefined || end === undefined) return;
  const j = firstTokenAt(cx, end);
  if (isQuoteOpen(cx, j) === undefined) return;
  const m = cx.mentionOf[j - 1];
  if (!m || m.type !== 'ORG' || m.last !== j || m.end !== end || quotedName(cx, m.first)) return;
  const c = closingQuote(cx, j, j + 5);
  if (c <= j + 1) return;
  if (!wordsOfAName(cx, j, c)) return;
  const close = cx.ends[c] as number;
  if (d.content.start < close && d.content.end > end) return;
  d.source = { ...d.source, end: close };
}
