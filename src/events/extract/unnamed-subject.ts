/**
 * Subjects after a verb that are common noun phrases with no name
 * («اقتحم مستوطنون المسجد الأقصى»، «هاجمت طائرات مسيرة مطار أبها»،
 * «شنت طائرات حربية روسية غارات»), and parties named after a phrase of place
 * around a building («اعتصموا أمام مبنى وزارة المالية»).
 *
 * An indefinite noun cannot govern a name in the genitive once an indefinite
 * adjective follows it, and a sound masculine plural that keeps its ن
 * (مستوطنون، مسلحين) is never the first term of a genitive: a name after
 * either is the object, not part of the subject. A nisba adjective of the
 * phrase (طائرات حربية روسية) still names its party.
 */
import { type Doc, isAdjective, sentenceOf } from './context.js';
import { isBoundary } from './lexicon-sets.js';
import type { MentionRef } from './types.js';

/** A definite nisba adjective written as a name's word (المتمردين الحوثيين): in agreement, no genitive. */
const NISBA = /^(و)?ال..+(ي|يه|يين|يون)$/;

/**
 * Indefinite adjectives of the forces, arms and unknown doers that open a subject (طائرات
 * مسيرة، طائرات حربية، قوات أمنية، مسلحون مجهولون), normalised. Only these: an indefinite
 * noun after a head is as often a genitive (سكان قرية، رئيس بلدية، عضو شرف الاتحاد).
 */
const MODIFIERS = new Set([
  'مسيره', 'مسير', 'حربيه', 'حربي', 'جويه', 'جوي', 'عسكريه', 'عسكري', 'بحريه', 'بحري', 'مسلحه', 'مسلح', 'مسلحون', 'مسلحين',
  'مجهوله', 'مجهول', 'مجهولون', 'مجهولين', 'ملثمون', 'ملثمين', 'ملثم', 'مفخخه', 'انتحاريه', 'انتحاري', 'صاروخيه', 'مقاتله',
  'حكوميه', 'حكومي', 'نظاميه', 'امنيه', 'امني', 'خاصه', 'اضافيه', 'مدرعه', 'ثقيله', 'معاديه', 'معادي',
]);

/** An indefinite adjective of a force or an arm, with no name, event or clitic. */
function plainIndefinite(doc: Doc, k: number): boolean {
  const { tokens, mentionAt, isCandidate } = doc;
  const t = tokens[k];
  if (!t || t.kind !== 'word' || mentionAt[k] || isCandidate[k] || isBoundary(t)) return false;
  return MODIFIERS.has(t.norm);
}

/** A sound masculine plural that keeps its ن (مستوطنون، مسلحين): complete, with no genitive. */
function soundPlural(w: string): boolean {
  return w.length >= 5 && /(ون|ين)$/.test(w) && !/^(ال|و|ف)/.test(w);
}

export type HeadPhrase = { kind: 'nisba'; at: number } | { kind: 'whole' };

/**
 * At token k, right after the head noun (k - 1) of a subject after a verb: whether the
 * head is an indefinite noun whose phrase is complete without a name. `nisba` gives the
 * token of a nisba adjective that ends the phrase (طائرات حربية روسية); `whole` says the
 * phrase names no party, so a name after it is the object (مستوطنون المسجد الأقصى).
 */
export function indefiniteHead(doc: Doc, v: number, k: number, end: number): HeadPhrase | undefined {
  const { tokens, mentionAt } = doc;
  const h = k - 1;
  if (h <= v || mentionAt[h] || /^(ال|و|ف)/.test(tokens[h]!.norm)) return undefined;
  const m = mentionAt[k];
  if (m && m.first === k) {
    if (isAdjective(m) || !soundPlural(tokens[h]!.norm) || NISBA.test(tokens[k]!.norm)) return undefined;
    return { kind: 'whole' };
  }
  if (!plainIndefinite(doc, k)) return undefined;
  let j = k + 1;
  if (j < end && plainIndefinite(doc, j)) j++;
  const n = mentionAt[j];
  // A state's nisba, also when the entity layer reads it as a name (طائرات حربية تركية).
  const nisba = n !== undefined && n.first === j && (isAdjective(n) || (n.entity.type === 'GPE' && n.last === j && NISBA_FORM.test(tokens[j]!.norm)));
  if (j < end && nisba) return { kind: 'nisba', at: j };
  return { kind: 'whole' };
}

/** An indefinite nisba adjective (تركية، روسي، أمريكيون). */
const NISBA_FORM = /^(?!ال).+(يه|ي|يون|يين)$/;

/** Words of place before which a party's name is a building or a place (أمام مبنى وزارة المالية). */
const NEAR = /^(و)?(امام|خلف|قباله|بمحاذاه|حول|خارج|عند|بجوار|محيط|بمحيط)$/;
const BUILDINGS = /^(ال)?(مقر|مقار|مبني|مباني|مدخل|بوابه|باب|سور|مكتب|منزل|قصر|ساحه)$/;

/** A party named after a phrase of place around a building: «أمام مقر البرلمان»، «خارج مبنى السفارة». */
export function aroundBuilding(doc: Doc, m: MentionRef): boolean {
  const { tokens, bare } = doc;
  let j = m.first - 1;
  if (j >= 0 && BUILDINGS.test(bare[j]!)) j--;
  if (j < 0 || sentenceOf(doc, j) !== sentenceOf(doc, m.first)) return false;
  return NEAR.test(tokens[j]!.norm);
}
