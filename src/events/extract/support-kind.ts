/**
 * «دعم» tells verbal or political backing (SUPPORT) of a stance, a plan or a party, but what is
 * backed decides the sense:
 * - backing armed men, militias or rebels (دعم الجماعات الإرهابية، يدعم
 *   التحالف المقاتلين، لدعم المقاومة) is help with arms and money, AID;
 * - backing by troops (والجنود كانوا يدعمون الدرك، توجهت قوات أخرى إلى لحج لدعم المقاومة) is
 *   reinforcement in the field, AID;
 * - backing the needy (دعم الأسر، دعم المحتاجين، لدعم اللاجئين) is relief, AID;
 * - backing a thing that is no party nor stance (دعم صفوف الفريق، دعم المشاريع، يدعم شريحتين،
 *   دعم فني، دعم القطاع الصحي) is the ordinary verb «to strengthen, to sustain», no event;
 * - backing goods, prices or stocks (دعم الصادرات، الدعم الحكومي للسلع) is a subsidy (extract/subsidy.ts), no event.
 */
import { type Doc, sentenceOf } from './context.js';
import { isBoundary } from './lexicon-sets.js';
import { subsidy } from './subsidy.js';

/**
 * Armed parties: backing them is arming or funding them. «الإرهاب» itself is left out: backing
 * terrorism (اتهمها بدعم الإرهاب) is as often a charge of sympathy as of funding.
 */
const ARMED = new Set([
  'ارهابيين', 'ارهابيه', 'ميليشيات', 'مليشيات', 'ميليشيا', 'مليشيا', 'جماعات', 'تنظيمات', 'مقاتلين',
  'مسلحين', 'متمردين', 'مقاومه', 'حوثيين', 'انقلابيين',
]);

/** Troops, as the doers before the word: their backing is in the field. */
const TROOPS = new Set(['جنود', 'قوات', 'وحدات', 'كتيبه', 'كتائب', 'الويه', 'لواء', 'تعزيزات']);

/** The needy: backing them is relief. */
const NEEDY = new Set([
  'اسر', 'محتاجين', 'فقراء', 'لاجئين', 'نازحين', 'ايتام', 'مرضي', 'متضررين', 'منكوبين', 'مهجرين', 'معوزين',
]);

/**
 * Things that are neither a party nor a stance, as the word right after the noun or verb (its
 * genitive or object): the sense is material or technical strengthening.
 */
const THINGS = new Set([
  'صفوف', 'مشاريع', 'مشروع', 'مشروعات', 'برامج', 'خدمات', 'قطاع', 'شريحه', 'شريحتي', 'شريحتين', 'شرائح', 'فني', 'تقني',
  'اقتصاد', 'ميزانيه', 'انشطه', 'منتج', 'منتجات',
]);

/** The word at k without و/ف, ل/ب and the article, and without a possessive pronoun. */
function stem(doc: Doc, k: number): string[] {
  const b = doc.bare[k]!;
  return [b, b.replace(/^ال/, ''), b.replace(/(ها|هم|ه)$/, '')];
}

/**
 * The sense of «دعم» at token i: `AID` when an armed party or the needy is backed (within four
 * words, in the clause) or troops back (within six words before it), `none` when the word right after it is a thing, else undefined (SUPPORT).
 */
export function supportKind(doc: Doc, i: number): 'AID' | 'none' | undefined {
  const { tokens, mentionAt } = doc;
  for (let k = i + 1; k < tokens.length && k - i <= 4 && sentenceOf(doc, k) === sentenceOf(doc, i); k++) {
    if (isBoundary(tokens[k]!)) break;
    const s = stem(doc, k);
    // an armed party is armed whether or not the entity layer names it (لدعم المقاومة)
    if (s.some((w) => ARMED.has(w))) return 'AID';
    if (mentionAt[k]) continue;
    if (s.some((w) => NEEDY.has(w))) return 'AID';
  }
  for (let k = i - 1; k >= 0 && i - k <= 6 && sentenceOf(doc, k) === sentenceOf(doc, i); k--) {
    if (isBoundary(tokens[k]!)) break;
    if (!mentionAt[k] && stem(doc, k).some((w) => TROOPS.has(w))) return 'AID';
  }
  if (subsidy(doc, i)) return 'none';
  const next = i + 1;
  if (next < tokens.length && sentenceOf(doc, next) === sentenceOf(doc, i) && !mentionAt[next] && tokens[next]!.kind === 'word'
    && stem(doc, next).some((w) => THINGS.has(w))) return 'none';
  return undefined;
}
