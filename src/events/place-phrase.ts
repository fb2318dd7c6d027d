/**
 * A party named inside a phrase of place is the place of the act, not a party of it: «بالعاصمة
 * الجزائرية»، «في مدن الضفة الغربية»، «في العاصمة الليبية طرابلس»، «بولاية كسلا». A place noun
 * (city, capital, province, region, district, street…) that carries ب or stands after في/داخل/قرب,
 * then the name or the nisba of a state or a place right after it, or after another such name of the
 * same chain. The learned argument chooser takes no actor or recipient from there.
 */
import type { Token } from '../core/types.js';

const PLACE = 'مدينه|مدن|العاصمه|عاصمه|محافظه|محافظات|منطقه|مناطق|ولايه|ولايات|بلده|بلدات|قريه|قري|اقليم|مخيم|مخيمات|حي|احياء|ريف|مديريه|قضاء|شارع|شوارع|ساحه|ميدان';
/** The place noun glued to ب (بالعاصمة، بمدينة، وبمحافظة). */
const GLUED = new RegExp(`^(و|ف)?ب(ال)?(${PLACE})$`);
/** The place noun after a separate preposition of place (في مدن، داخل مدينة). */
const BARE = new RegExp(`^(ال)?(${PLACE})$`);
const BEFORE = /^(و|ف)?(في|داخل|قرب)$/;

interface Span { first: number; last: number; entityType: string }

/**
 * Whether the mention over tokens [first, last] of a GPE or LOC party opens right after a place noun
 * of a phrase of place, or right after another mention that does.
 */
export function inPlacePhrase(tokens: readonly Token[], m: Span, before: (k: number) => Span | undefined): boolean {
  for (let hop = 0, cur = m; hop < 3; hop++) {
    if (cur.entityType !== 'GPE' && cur.entityType !== 'LOC') return false;
    const j = cur.first - 1;
    if (j < 0 || tokens[j]!.sentence !== tokens[cur.first]!.sentence) return false;
    const w = tokens[j]!.norm;
    if (GLUED.test(w)) return true;
    if (BARE.test(w)) return j > 0 && BEFORE.test(tokens[j - 1]!.norm);
    const prev = before(j);
    if (!prev) return false;
    cur = prev;
  }
  return false;
}
