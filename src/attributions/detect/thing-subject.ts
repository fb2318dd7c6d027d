/**
 * A verb cue whose subject is a thing that cannot speak (خطوة تحث على …، كتب تحث على …، المباراة
 * التي تؤكد بقاءه، وتؤكد موجة العنف هذه …، تطالب النسخة المجانية المستخدمين …): حث، أكد، دعا،
 * طالب are used of steps, books, values, matches in the sense of "encourage, make sure", and no
 * one reports anything. Texts and bodies that speak (البيان، التقرير، الدراسة، الوزارة) are not
 * in the list. The subject is read where it is written: the source right next to the verb, the
 * antecedent of a relative pronoun before it, or an indefinite noun with its adjectives right
 * before it (a relative clause without a pronoun). The verb must agree with the thing, so that a
 * thing that is the verb's object (وانتقد الخطوة) or a frame before it (بعد المباراة قال) is not taken.
 */
import type { VerbCue } from '../lexicon.js';
import type { Detection } from './context.js';
import { firstTokenAt } from './content.js';
import { bareAt, isRelative, norm, tok, verbAt } from './lookups.js';
import { speakerAt } from './subjects.js';
import type { Draft } from './types.js';
import { inSet } from './word-sets.js';

/** Nouns of things that never speak, without the article, with the gender a verb takes after them. */
const THING_NOUNS = new Map<string, 'm' | 'f'>([
  // steps (not إجراءات: إجراءات المعاينة أوضحت … reports a finding)
  ['خطوه', 'f'], ['خطوات', 'f'],
  // games and their results
  ['مباراه', 'f'], ['مباريات', 'f'], ['مواجهه', 'f'], ['فوز', 'm'], ['تعادل', 'm'], ['انتصار', 'm'],
  // forces, waves, versions
  ['طاقه', 'f'], ['موجه', 'f'], ['نسخه', 'f'],
  // books as objects, values, customs, feelings
  ['كتب', 'f'], ['قيم', 'f'], ['عادات', 'f'], ['تقاليد', 'f'], ['مشاعر', 'f'], ['غريزه', 'f'], ['رغبه', 'f'],
]);
/** Demonstratives that may stand before or after the thing (هذه الخطوة، موجة العنف هذه). */
const DEMONSTRATIVES = new Set(['هذه', 'هذا', 'تلك', 'ذلك']);
/** How many adjectives may stand between a thing and its verb or relative pronoun. */
const MAX_ADJECTIVES = 2;

const stripArticle = (w: string): string => (w.startsWith('ال') && w.length > 4 ? w.slice(2) : w);

/** The gender of the thing at k, or undefined when the word there is not a thing. */
function thingAt(cx: Detection, k: number): 'm' | 'f' | undefined {
  if (tok(cx, k)?.kind !== 'word' || cx.mentionOf[k] || speakerAt(cx, k)) return undefined;
  return THING_NOUNS.get(stripArticle(bareAt(cx, k)));
}

/** The finite verb of d's cue (لم يكشف → يكشف), or undefined for a participle or a noun cue. */
function finiteVerbOf(cx: Detection, d: Draft): { at: number; v: VerbCue } | undefined {
  for (let i = firstTokenAt(cx, d.cue.start); i < cx.tokenCount && (tok(cx, i)?.start ?? Infinity) < d.cue.end; i++) {
    const v = verbAt(cx, i);
    if (v) return v.participle || v.gender === undefined ? undefined : { at: i, v };
  }
  return undefined;
}

/** Whether the source of d, written right next to the verb at c, is headed by a thing. */
function thingSource(cx: Detection, d: Draft, c: number): 'm' | 'f' | undefined {
  if (d.source.start === undefined || d.source.end === undefined || d.source.entity !== undefined) return undefined;
  const s0 = firstTokenAt(cx, d.source.start);
  const s1 = firstTokenAt(cx, d.source.end);
  // VSO right after the verb, or SV ending right before it.
  if (s0 !== c + 1 && !(s1 <= c && c - s1 <= 1)) return undefined;
  return thingAt(cx, DEMONSTRATIVES.has(bareAt(cx, s0)) ? s0 + 1 : s0);
}

/**
 * The head of the noun phrase that ends right before k, past up to MAX_ADJECTIVES adjectives of
 * the same definiteness (الطاقة التي، فالمباراة الأهم التي، كتب تكفيرية): the thing's gender or undefined.
 */
function thingEndingAt(cx: Detection, k: number, definite: boolean | undefined): 'm' | 'f' | undefined {
  for (let h = k - 1; h >= 0 && k - 1 - h <= MAX_ADJECTIVES && tok(cx, h)?.kind === 'word'; h--) {
    const isDefinite = bareAt(cx, h).startsWith('ال');
    if (definite !== undefined && isDefinite !== definite) return undefined;
    // The noun is tried first: كتب is also the verb "wrote".
    const g = thingAt(cx, h);
    if (g === undefined && (verbAt(cx, h) || isRelative(cx, h))) return undefined;
    if (g !== undefined) {
      // وزارة الطاقة التي: a feminine or speaking noun in construct before the thing may be the antecedent.
      if (isDefinite && tok(cx, h - 1)?.kind === 'word' && !bareAt(cx, h - 1).startsWith('ال')
        && (speakerAt(cx, h - 1) || cx.mentionOf[h - 1] || /ه$/.test(bareAt(cx, h - 1)))) return undefined;
      return g;
    }
  }
  return undefined;
}

/** Whether the cue of d is a verb whose written subject is a thing (see the module comment). */
function thingSubject(cx: Detection, d: Draft): boolean {
  const fv = finiteVerbOf(cx, d);
  if (!fv) return false;
  const { at: c, v } = fv;
  const g = thingSource(cx, d, c);
  if (g !== undefined) return g === v.gender;
  // A person or a body named after the verb is its own subject; what stands before it is none.
  if (cx.mentionOf[c + 1] || inSet(cx.lex.roles, norm(cx, c + 1))) return false;
  const c0 = firstTokenAt(cx, d.cue.start);
  if (norm(cx, c0 - 1) === 'التي' || norm(cx, c0 - 1) === 'الذي') {
    const rel = norm(cx, c0 - 1) === 'التي' ? 'f' : 'm';
    return rel === v.gender && thingEndingAt(cx, c0 - 1, true) === v.gender;
  }
  // خطوة تشجيعية تحث: an indefinite thing with its adjectives, a relative clause without a pronoun.
  return c0 === c && thingEndingAt(cx, c0, false) === v.gender;
}

/** Drops the drafts of verb cues whose subject is a thing (see `thingSubject`). */
export function dropThingSubjects(cx: Detection): void {
  for (let k = cx.drafts.length - 1; k >= 0; k--) if (thingSubject(cx, cx.drafts[k] as Draft)) cx.drafts.splice(k, 1);
}
