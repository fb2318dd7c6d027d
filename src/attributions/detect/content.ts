/**
 * The reported content: where the clause after a cue starts and ends.
 */
import type { Token } from '../../core/types.js';
import type { Detection } from './context.js';
import { closingQuote, isComma, isPunct, isQuoteOpen, isRelative, matchPhrase, norm, sentenceEnd, verbAt } from './lookups.js';
import { OPEN_QUOTES } from './word-sets.js';
import { withoutSaying } from './frame-parts.js';
import { reportingRelativeAfter } from './free-relative.js';
import { joinedRefusalAt } from './refusal-boundary.js';
import { bracketedQuoteClose } from './bracketed-quote.js';

/** Is token i the first word of the text (after punctuation only)? */
export function textOpensAt(cx: Detection, i: number): boolean {
  for (let k = 0; k < i; k++) if (!isPunct(cx, k)) return false;
  return true;
}

/** The first token that starts at or after character offset off. */
export function firstTokenAt(cx: Detection, off: number): number {
  let lo = 0;
  let hi = cx.tokenCount;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((cx.tokens[mid] as Token).start < off) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Is token t the start of a new reporting clause, which ends the content before it? */
function newClauseAt(cx: Detection, t: number): number {
  // …، ورفضت الوزارة التعليق: a joined refusal to comment (refusal-boundary.ts).
  if (joinedRefusalAt(cx, t)) return isComma(cx, t - 1) ? t - 1 : t;
  const v = verbAt(cx, t);
  const neg = cx.lex.negators.has(norm(cx, t)) && verbAt(cx, t + 1) !== undefined;
  if (!v && !neg && !cx.lex.prepositional.has(norm(cx, t))) return -1;
  if (isRelative(cx, t - 1)) return -1;
  // وزادت الطلبات، بين الطرفين: a form that is mostly another word ends nothing.
  if (v?.ambiguous) return -1;
  if (v?.participle || v?.conjoined) return t;
  if (neg && /^[وف]/.test(norm(cx, t))) return t;
  if (isComma(cx, t - 1)) return t - 1;
  if (norm(cx, t - 1) === 'كما' || norm(cx, t - 1) === 'وكما' || norm(cx, t - 1) === 'فيما' || norm(cx, t - 1) === 'بينما') return t - 1;
  return -1;
}

/** The content from token cs to the end of its clause; [first, last) token indices. */
export function contentFrom(cx: Detection, cs: number, relative: boolean): [number, number] {
  const close = closingQuote(cx, cs, cx.tokenCount);
  if (close > cs + 1 && isQuoteOpen(cx, cs)) return [cs + 1, close];
  // (…): a quotation in plain brackets (bracketed-quote.ts).
  const bracket = bracketedQuoteClose(cx, cs);
  if (bracket > cs + 1) return [cs + 1, bracket];
  const se = sentenceEnd(cx, cs);
  let e = se;
  for (let t = cs + 1; t < se; t++) {
    if (isComma(cx, t)) {
      if (relative) {
        e = t;
        break;
      }
      // …، وهو ما نفاه X: the next reporting cue (free-relative.ts).
      if (matchPhrase(cx, t + 1, cx.lex.boundaries, true) > 0 || reportingRelativeAfter(cx, t)) {
        e = t;
        break;
      }
      continue;
    }
    if (matchPhrase(cx, t, cx.lex.excluded) > 0) {
      e = t;
      break;
    }
    // … دون أن تفصح عن تفاصيلهما: what the speaker left unsaid is the writer's clause.
    if (!relative && withoutSaying(cx, t)) {
      e = t;
      break;
    }
    const nc = newClauseAt(cx, t);
    if (nc >= 0) {
      e = nc;
      break;
    }
    if (isQuoteOpen(cx, t)) {
      const c = closingQuote(cx, t, se);
      if (c > t) t = c;
    }
  }
  while (e > cs && isPunct(cx, e - 1) && !['"', '»', '”', ')'].includes(norm(cx, e - 1))) e--;
  // A closing quote without its opening one in the content is not part of it.
  if (e > cs && ['"', '»', '”'].includes(norm(cx, e - 1))) {
    let opens = 0;
    for (let t = cs; t < e - 1; t++) if (OPEN_QUOTES.has(norm(cx, t))) opens++;
    if (norm(cx, e - 1) === '"' ? opens % 2 === 0 : opens === 0) e--;
  }
  return [cs, Math.max(e, cs + 1)];
}
