/**
 * حثهم is the verb «he urged them» and the verbal noun «urging them» (بهدف حشد المواطنين
 * وحثهم على …، وتشجيعهم وحثهم على …، إلى جانب حثهم على …). The verbal noun is read where the
 * conjunct before it is a noun: a word governed by إلى, بهدف or جانب (إلى حشد، إلى جانب) or a
 * conjunct opened by و with the shape of a verbal noun (وتشجيع، ومخاطبة). A reporting verb, a
 * complementiser or a negator before it leaves the verb (ودعا …، وحثهم).
 */
import type { Detection } from './context.js';

/** The bare perfect of حث with a third-person object pronoun (normalised). */
const URGED_WITH_OBJECT = /^[وف]?حث(ه|ها|هم|هما|هن)$/;
/** Words after which the next word is a noun (normalised). */
const GOVERNING = new Set(['الي', 'بهدف', 'جانب', 'اجل']);
/** Prepositions that open a conjunct without being its head (ومع لاعبي الفريقين). */
const PREPOSITION_CONJUNCTS = new Set(['مع', 'في', 'من', 'علي', 'عن', 'الي', 'عبر', 'بين']);
/** How far back the conjunct before the verb is looked for. */
const REACH = 12;

/** A verbal noun's shape: تفعيل/تفعلة (تشجيع، توعية), مفاعلة (مخاطبة) or إفعال (الإصلاح), with the article or a pronoun. */
function masdarShaped(w: string): boolean {
  const s = w.replace(/^ال/, '');
  const bare = /(هما|هم|هن|ها|ه)$/.exec(s);
  const stem = bare && s.length - bare[0].length >= 5 ? s.slice(0, -bare[0].length) : s;
  // ة is normalised to ه, as the pronoun is: the word is tried with and without it.
  return [s, stem].some((x) => /^ت..ي.(ه)?$/.test(x) || /^م.ا..ه$/.test(x) || /^ا..ا.$/.test(x));
}

/** Whether حث with its object pronoun at i is the verbal noun, not the verb. */
export function urgingMasdarAt(cx: Detection, i: number): boolean {
  const t = cx.tokens[i];
  if (!t || t.kind !== 'word' || !URGED_WITH_OBJECT.test(t.norm)) return false;
  const stop = Math.max(0, i - REACH);
  let crossedComma = false;
  for (let k = i - 1; k >= stop; k--) {
    const p = cx.tokens[k];
    if (!p) return false;
    if (p.kind !== 'word') {
      const s = cx.text.slice(p.start, p.end);
      if (/^[،,]$/.test(s)) { crossedComma = true; continue; }
      if (/^[.!?؟:؛;]$/.test(s)) return false;
      continue;
    }
    const w = p.norm;
    if (cx.complementizers.has(w) || cx.lex.negators.has(w) || /^[وف]?(ان|انه|انها|انهم|الا|لكن|لكنه)$/.test(w)) return false;
    if (cx.lex.verbs.has(w)) return false;
    if (w.startsWith('و') && w.length > 3) {
      const head = w.slice(1);
      if (PREPOSITION_CONJUNCTS.has(head)) continue;
      return masdarShaped(head);
    }
    if (crossedComma) continue;
    if (GOVERNING.has(cx.tokens[k - 1]?.norm ?? '')) return true;
  }
  return false;
}
