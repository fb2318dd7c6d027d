/**
 * «مجموعة» is "a group of" only before من (مجموعة من الخبراء، مجموعة منهم); followed by a name
 * it is a named group or company (مجموعة "أنونيموس"، مجموعة QNB، مجموعة فولكس فاجن الألمانية،
 * مجموعة بريتش بتروليوم "بي بي" العالمية), a named source as the gold has it. The name is
 * often in quotes: there the quotation is the group's name, not what it said.
 */
import { normaliseString } from '../../text/normalise/normalise.js';
import type { Detection } from './context.js';
import { bareAt, isPunct, norm, span, tok } from './lookups.js';
import type { MentionRef, Source } from './types.js';

const GROUP = normaliseString('مجموعة');
/** What a group "of" is followed by: من and its pronouns. */
const OF = /^من(ه|ها|هم|هما|هن|نا)?$/;

/** Whether the word at k is the indefinite مجموعة (with or without و/ف). */
function groupAt(cx: Detection, k: number): boolean {
  return norm(cx, k) === GROUP || bareAt(cx, k) === GROUP;
}

/**
 * A short quotation [j, c] that names a group: right after مجموعة (مجموعة «فاغنر»), or closing
 * its name before a definite nisba (مجموعة بريتش بتروليوم "بي بي" العالمية).
 */
export function groupNameQuote(cx: Detection, j: number, c: number): boolean {
  if (c - j > 5 || c <= j + 1) return false;
  if (groupAt(cx, j - 1)) return true;
  let k = j - 1;
  while (k >= j - 4 && tok(cx, k)?.kind === 'word' && !groupAt(cx, k)) k--;
  if (k < j - 4 || !groupAt(cx, k) || OF.test(norm(cx, k + 1))) return false;
  return /^ال.+(ي|يه)$/.test(norm(cx, c + 1));
}

/** The source of [a, b) when it is a named group (مجموعة + a name, not من); undefined otherwise. */
export function namedGroupSource(cx: Detection, a: number, b: number): Source | undefined {
  if (!groupAt(cx, a) || b <= a + 1 || OF.test(norm(cx, a + 1)) || (isPunct(cx, a + 1) && !/^["«“(]$/.test(norm(cx, a + 1)))) return undefined;
  let named: MentionRef | undefined;
  for (let k = a; k < b && !named; k++) {
    const m = cx.mentionOf[k];
    if (m && m.type === 'ORG') named = m;
  }
  const s: Source = { kind: 'named', ...span(cx, a, b) };
  if (named) s.entity = named.entity;
  return s;
}
