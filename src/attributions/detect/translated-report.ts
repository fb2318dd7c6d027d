/**
 * وقالت الصحيفة، في تقرير ترجمته "عربي21"، إن …: the outlet that translated the report for its
 * readers is the outer link of a chain, as the one that saw it is (في تقرير اطلعت عليه
 * "عربي21", seenBy in frame-steps.ts): the report's source reached the reader through it.
 * A frame step (see frames.ts).
 */
import type { Detection } from './context.js';
import { bareAt, isRelative, span } from './lookups.js';
import { analyseNP } from './noun-phrase.js';
import { publisherEnd } from './frame-parts.js';
import { plausibleSource } from './prepositional.js';
import type { FrameScan, Verdict } from './frame-steps.js';

/** ترجمه، ترجمها، ترجمته، ترجمتها (normalised): translated it, he or she. */
const TRANSLATED = /^(ترجمه|ترجمها|ترجمته|ترجمتها)$/;
/** Texts an outlet translates, besides the statement nouns of the lexicon (normalised, bare). */
const TRANSLATED_TEXTS = /^(ال)?(مقال|مقاله|مقالات|افتتاحيه|دراسه|تحقيق|خبر|تقارير)$/;
/** How many words the translator's name may take. */
const MAX_TRANSLATOR = 6;

/** A text (تقرير، مقال) at k, the noun a translating verb after it describes. */
function translatedTextAt(cx: Detection, k: number): boolean {
  const w = bareAt(cx, k);
  return TRANSLATED_TEXTS.test(w) || cx.lex.statementNouns.has(w) || cx.lex.statementNouns.has(w.replace(/^ال/, ''));
}

/** في تقرير ترجمته X، في المقال الذي ترجمه موقع X: the translator X is the outer source. */
export function translatedBy(cx: Detection, st: FrameScan, w: string): Verdict | undefined {
  const { j, limit, frame } = st;
  if (!TRANSLATED.test(w)) return undefined;
  const text = translatedTextAt(cx, j - 1) || (isRelative(cx, j - 1) && translatedTextAt(cx, j - 2));
  if (!text) return undefined;
  // ترجمته "عربي21": a quoted name is passed whole; quoted words end the name.
  const k = publisherEnd(cx, j, limit, MAX_TRANSLATOR);
  const src = k > j + 1 && plausibleSource(cx, j + 1, k) ? analyseNP(cx, j + 1, k) : undefined;
  if (src && !frame.outer) frame.outer = { cue: span(cx, j, j + 1), source: { ...src, kind: 'outlet' } };
  st.j = k - 1;
  st.inFrame = true;
  return 'onward';
}
