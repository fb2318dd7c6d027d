/**
 * A unit, patrol or detachment of a force named by «من» and the force (دورية من جيش الاحتلال،
 * قوة من الجيش اللبناني، وحدات من الحرس الثوري) acts for that force, as members of a party do
 * (عناصر من حزب العمال). The words are units of armed or security forces only, so that «من»
 * after them names the force they belong to rather than a place or a source.
 */
import type { Doc } from './context.js';

/** Nouns of a unit of a force (folded, without clitics). */
const UNIT_NOUNS = new Set([
  'دوريه', 'دوريات', 'قوه', 'قوات', 'وحده', 'وحدات', 'سريه', 'سرايا', 'كتيبه', 'كتائب', 'فرقه', 'مفرزه',
  'مجموعه', 'مجموعات', 'تشكيلات', 'رتل', 'ارتال', 'طائرات', 'مقاتلات', 'مروحيات', 'زوارق', 'اليات', 'جرافات',
]);

/** Whether token k is a noun of a unit of a force (a leading و or ف aside). */
export function isUnitNoun(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  if (!t || t.kind !== 'word') return false;
  return UNIT_NOUNS.has(doc.bare[k]!) || UNIT_NOUNS.has(t.norm.replace(/^(و|ف)(?=..)/, ''));
}

/**
 * Whether the subject phrase after the verb at v opens with a unit noun and «من» (اعتقلت دورية
 * من …): only right after the verb, where the unit is the subject and not a counted object.
 */
export function unitOfAfterVerb(doc: Doc, v: number, k: number): boolean {
  return k === v + 1 && isUnitNoun(doc, k) && doc.tokens[k + 1]?.norm === 'من';
}
