/**
 * Shapes of verbal nouns that the older tests (verbalNounShape, ownedVerbalNoun) leave out, for
 * the places where the grammar already says an object must stand there:
 *   - right after a subject that is closed (a definite word, the end of a name), an indefinite
 *     noun can be neither its adjective nor its complement, so a verbal noun there is the
 *     object: تفاعُل (أكد السفير الصيني تواصل دعم بلاده), فُعول (توقع X هطول أمطار), فَعال of a
 *     weak root (توقع المدرب بقاء مهاجمه);
 *   - with the speaker's own pronoun, مُفاعَلة (أكدت اللجنة في اليوم ذاته مساندتها …);
 *   - فُعول of a root whose first letter is و (وجود، وقوف، وصول): the و is the root's, not
 *     the conjunction, so after a participle it opens the object (مؤكدة وقوفها مع …).
 * The shapes stay out of the general test because a word of them may open a subject
 * elsewhere (محافظة جدة is a governorate, not a verbal noun).
 */
import type { Detection } from './context.js';
import { tok, verbAt } from './lookups.js';
import { inSet } from './word-sets.js';

/** The possessive pronouns of a noun (ه، ها، هم، هما), written ه never ة. */
const OWNED = /(ه|ها|هم|هما)$/;

/** The raw letters of token j without short vowels; '' when it is not a word. */
function rawAt(cx: Detection, j: number): string {
  const t = tok(cx, j);
  return t && t.kind === 'word' ? cx.text.slice(t.start, t.end).replace(/[\u064B-\u0652\u0640]/g, '') : '';
}

/** The word at j is a plain noun: no name, title, unnamed source, quantifier or verb. */
function plainNounAt(cx: Detection, j: number): boolean {
  const t = tok(cx, j);
  if (!t || t.kind !== 'word' || cx.mentionOf[j] || verbAt(cx, j)) return false;
  const w = t.norm;
  return !inSet(cx.lex.roles, w) && !cx.lex.rankTitles.has(w) && !cx.lex.anonymousHeads.has(w) && !cx.lex.quantifierHeads.has(w)
    && !cx.lex.npStops.has(w) && !cx.lex.demonstratives.has(w) && !cx.complementizers.has(w);
}

/** The stem of token j without a possessive pronoun (written ه in the raw text), with ت of a pronoun back to ة. */
function stemOf(cx: Detection, j: number): { stem: string; owned: boolean } {
  const w = (tok(cx, j) as { norm: string }).norm;
  const owned = OWNED.test(rawAt(cx, j)) && OWNED.test(w);
  return { stem: owned ? w.replace(OWNED, '').replace(/ت$/, 'ه') : w, owned };
}

/** تواصل، تراجع، تعاون: تفاعُل. */
const TAFAAUL = /^ت.ا[^اوي][^اوي]$/;
/**
 * هطول، نزول، صمود: فُعول (four letters, و third). Not after a clitic preposition or with م
 * first: بسوق، لمول are a preposition and a noun, ممول، مزود participles of a description;
 * nor with ت or ي first: تكون، يقوم are imperfect verbs of a hollow root.
 */
const FUUL = /^[^اويبلكفمت][^اوي]و[^اوي]$/;
/** بقاء، لقاء، بناء: فَعال of a root whose last letter is weak. */
const FAAA = /^[^اوي][^اوي]اء$/;
/** Words of that shape that are adverbs of cause or comparison, no verbal noun (جراء، سواء). */
const FAAA_ADVERBS = new Set(['جراء', 'سواء']);
/** مساندة، مشاركة، مطالبة: مُفاعَلة. */
const MUFAALA = /^م[^اوي]ا[^اوي][^اوي]ه$/;
/** وجود، وقوف، وصول: فُعول of a root in و. */
const WAW_FUUL = /^و[^اوي]و[^اوي]$/;

/**
 * An indefinite verbal noun of the shapes تفاعل، فعول or فعال (weak root) at j, with or without
 * a pronoun; only where a closed subject stands before it (see the module comment).
 */
export function moreVerbalNounShape(cx: Detection, j: number): boolean {
  if (!plainNounAt(cx, j) || /^(ال|لل)/.test(tok(cx, j)?.norm ?? '')) return false;
  const { stem, owned } = stemOf(cx, j);
  // تواجهه، تتابعها: with a pronoun, تفاعل is mostly an imperfect verb and its object.
  return (TAFAAUL.test(stem) && !owned) || FUUL.test(stem) || (FAAA.test(stem) && !FAAA_ADVERBS.has(stem)) || WAW_FUUL.test(stem);
}

/** مساندتها، مشاركته: مفاعلة with the speaker's pronoun. */
export function ownedMufaala(cx: Detection, j: number): boolean {
  if (!plainNounAt(cx, j)) return false;
  const { stem, owned } = stemOf(cx, j);
  return owned && MUFAALA.test(stem);
}

/** وجود، وقوفها: فعول of a root in و, the و no conjunction. */
export function rootWawVerbalNoun(cx: Detection, j: number): boolean {
  if (!plainNounAt(cx, j)) return false;
  return WAW_FUUL.test(stemOf(cx, j).stem);
}
