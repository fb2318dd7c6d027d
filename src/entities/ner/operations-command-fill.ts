/**
 * Military operations commands and operations rooms, which the tagger
 * leaves untagged or reads as the bare place they are named after:
 *
 * - قيادة عمليات / غرفة عمليات and a place, with perhaps one construct
 *   noun before it: قيادة عمليات الأنبار، قيادة عمليات بغداد، قيادة عمليات
 *   تحرير نينوى، غرفة عمليات حلب (the place is part of the name);
 * - قيادة العمليات / غرفة العمليات and a naming adjective: قيادة العمليات
 *   المشتركة، قيادة العمليات الخاصة (with a trailing nisba: … العراقية).
 *
 * The bare definite phrase (غرفة العمليات تلقت بلاغا) stays a description,
 * and an operations room of a body the tagger named (غرفة عمليات "فجر
 * ليبيا"، غرفة عمليات الهلال الأحمر) leaves that body's name alone. Only in
 * the analysis (fill), never for `ner --conll`.
 */
import { stripClitics } from './affixes.js';
import { categoryBit, type Gazetteer } from './gazetteer.js';
import type { Label } from './labels.js';
import { normaliseString } from '../../text/normalise/normalise.js';

const set = (words: string[]) => new Set(words.map((w) => normaliseString(w)));

/** Head nouns of a command: قيادة، غرفة. */
const HEADS = set(['قيادة', 'غرفة']);
const OPERATIONS = normaliseString('عمليات');
const THE_OPERATIONS = normaliseString('العمليات');
/** Adjectives that name a command of operations rather than describe the operations. */
const NAMING = set(['المشتركة', 'الخاصة']);
/** Words that cannot be the construct noun between عمليات and a place: particles, adjectives, quantifiers. */
const NOT_CONSTRUCT = set([
  'في', 'من', 'على', 'إلى', 'عن', 'مع', 'بين', 'عند', 'لدى', 'منذ', 'حتى', 'بعد', 'قبل', 'كل', 'بعض', 'أي', 'غير', 'هذا', 'هذه',
  'ذلك', 'تلك', 'أمس', 'عسكرية', 'مشتركة', 'واسعة', 'نوعية', 'إرهابية', 'انتحارية', 'جديدة', 'عدة', 'ضد',
]);
const PLACE_BITS = categoryBit('country') | categoryBit('city') | categoryBit('region') | categoryBit('town');

const letters = (n: string) => /^\p{L}+$/u.test(n);

/** The end (exclusive) of a place at k: a LOC span of the tagger, or an untagged place of the gazetteer; undefined when none. */
function placeEnd(norms: readonly string[], tags: readonly Label[], k: number, gaz: Gazetteer): number | undefined {
  if (tags[k] === 'B-LOC') {
    let end = k + 1;
    while (tags[end] === 'I-LOC') end++;
    return end;
  }
  const n = norms[k];
  if (tags[k] === 'O' && n !== undefined && ((gaz.words.get(n) ?? 0) & PLACE_BITS) !== 0) return k + 1;
  return undefined;
}

/** The end of an operations command whose head is at i (see the file comment), or undefined. */
function commandEnd(norms: readonly string[], tags: readonly Label[], i: number, gaz: Gazetteer): number | undefined {
  const head = norms[i] as string;
  if (!HEADS.has(head) && !HEADS.has(stripClitics(head).base)) return undefined;
  if (tags[i + 1] !== 'O') return undefined;
  const ops = norms[i + 1];
  if (ops === OPERATIONS) {
    const direct = placeEnd(norms, tags, i + 2, gaz);
    if (direct !== undefined) return direct;
    const noun = norms[i + 2];
    if (noun === undefined || tags[i + 2] !== 'O' || noun.startsWith('ال') || noun.length < 3 || !letters(noun) || NOT_CONSTRUCT.has(noun)) return undefined;
    return placeEnd(norms, tags, i + 3, gaz);
  }
  if (ops !== THE_OPERATIONS || tags[i + 2] !== 'O' || !NAMING.has(norms[i + 2] as string)) return undefined;
  // a nisba after it belongs to the name (قيادة العمليات المشتركة العراقية)
  const nisba = norms[i + 3];
  return nisba !== undefined && tags[i + 3] === 'O' && /^ال.{2,}يه$/.test(nisba) ? i + 4 : i + 3;
}

/** Adds the ORG spans described in the file comment to a sentence's tags; `norms` are its normalised words. */
export function operationsCommandFill(norms: readonly string[], tags: readonly Label[], gaz: Gazetteer): Label[] {
  const out = tags.slice();
  for (let i = 0; i + 2 < norms.length; i++) {
    if (out[i] !== 'O') continue;
    const end = commandEnd(norms, out, i, gaz);
    if (end === undefined) continue;
    out[i] = 'B-ORG';
    for (let j = i + 1; j < end; j++) out[j] = 'I-ORG';
    i = end - 1;
  }
  return out;
}
