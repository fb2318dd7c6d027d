/**
 * Verbs whose speaker is a text (تنص المادة على، نصت القرارات على، وينص الاتفاق على): a
 * statute, a decision, an agreement or a document stipulates (GUIDELINE.md, rounds 25 and
 * 26). The nouns that name no speaker elsewhere (القرار، النظام) are their sources; a
 * subject that is no text (الخطوة تنص على تمويل …) makes the verb no report.
 */
import type { Detection } from './context.js';
import { bareAt, norm, tok } from './lookups.js';
import { analyseNP } from './noun-phrase.js';
import type { Draft } from './types.js';
import { firstTokenAt } from './content.js';

/** Is the word at k the head of a text: a rule or a document, or "one of" (أحد بنود)? */
function textHeadAt(cx: Detection, k: number): boolean {
  const h = bareAt(cx, k);
  const definite = h.startsWith('ال') ? h : `ال${h}`;
  return cx.lex.nonSourceNouns.has(h) || cx.lex.nonSourceNouns.has(definite) || cx.lex.carrierNouns.has(h)
    || cx.lex.statementNouns.has(h.replace(/^ال/, '')) || cx.lex.quantifierHeads.has(h);
}

/** A draft of a verb whose speaker must be a text, with a source that is none. */
function untextedStipulation(cx: Detection, d: Draft): boolean {
  if (!cx.lex.verbs.get(norm(cx, firstTokenAt(cx, d.cue.start)))?.textSubject) return false;
  return d.source.start === undefined || !textHeadAt(cx, firstTokenAt(cx, d.source.start));
}

/**
 * الاتفاق الأميركي مع تركيا، الذي ينص على …: the antecedent read as the source ends in the
 * complement of a text (مع تركيا); the text before that preposition is the one that stipulates.
 * Returns the text's phrase, through the complement, or undefined.
 */
function textBeforeComplement(cx: Detection, d: Draft): Draft['source'] | undefined {
  if (d.source.start === undefined || d.source.end === undefined) return undefined;
  const a = firstTokenAt(cx, d.source.start);
  if (!/^(مع|بين|حول|بشان)$/.test(norm(cx, a - 1))) return undefined;
  // The text and its definite adjectives (الاتفاق الأميركي) right before the preposition.
  for (let h = a - 2; h >= 0 && a - 2 - h < 3 && tok(cx, h)?.kind === 'word'; h--) {
    if (textHeadAt(cx, h)) {
      const end = firstTokenAt(cx, d.source.end);
      return analyseNP(cx, h, end);
    }
    if (!bareAt(cx, h).startsWith('ال')) return undefined;
  }
  return undefined;
}

/** Drops the drafts of text verbs whose source is not a text. */
export function dropUntextedStipulations(cx: Detection): void {
  for (let k = cx.drafts.length - 1; k >= 0; k--) {
    const d = cx.drafts[k] as Draft;
    if (!untextedStipulation(cx, d)) continue;
    const text = textBeforeComplement(cx, d);
    if (text) d.source = text;
    else cx.drafts.splice(k, 1);
  }
}
