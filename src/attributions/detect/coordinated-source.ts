/**
 * دعت فرنسا وألمانيا وبريطانيا إلى …، طالب الاتحاد الأوروبي والولايات المتحدة بـ…، قال بلينكن
 * ونظيره الفرنسي إن …: speakers joined by و are one source together (GUIDELINE.md: the noun
 * phrase of the source as written, as «خبراء ومختصون»، «صحيفتا إكسبريس تربيون ونيويورك تايمز»).
 * A source read from the first name alone keeps that name's entity, but its span runs over
 * the whole list.
 */
import type { Detection } from './context.js';
import { norm, roleOf } from './lookups.js';

/** نظيره، نظيرتها، نظراؤه: "his counterpart", a speaker of the same office as the one before. */
const COUNTERPART = /^و(نظير|نظيره|نظرا|نظراء)(ه|ها|هم|تها|ته)?$/;

/** An adjective after a conjunct (ونظيره الفرنسي، والعاهل الأردني): a definite nisba. */
function nisbaAt(cx: Detection, k: number): boolean {
  return /^ال.{2,}(ي|يه|يون|يين)$/.test(norm(cx, k));
}

/** Offices of heads of state the role list leaves out (والعاهل الأردني، والملك …، والسلطان …). */
const RULERS = /^(ال)?(عاهل|ملك|سلطان|امير)$/;

/**
 * Where a list of further speakers joined by و ends, when it starts at token k and fills the
 * phrase up to b (one past its last token): each conjunct a و-name the entity layer found,
 * a و-office (ووزير الخارجية، والعاهل الأردني الملك عبد الله) or a counterpart (ونظيره
 * الفرنسي), with its nisba adjectives and the office holder's name. Returns b when [k, b) is
 * such a list, else -1. A name repeated (… صالح وصالح يخشى) is no list: the second opens a clause.
 */
export function coordinatedSpeakersEnd(cx: Detection, k: number, b: number, first?: string): number {
  if (k >= b) return -1;
  let j = k;
  while (j < b) {
    const w = norm(cx, j);
    if (!w.startsWith('و') || w.length < 3) return -1;
    const m = cx.mentionOf[j];
    const office = COUNTERPART.test(w) || RULERS.test(w.slice(1)) || (roleOf(cx, w.slice(1)) !== undefined && !m);
    if (m && m.first === j && m.entity === first) return -1;
    if (m && m.first === j && (m.type === 'PER' || m.type === 'ORG' || m.type === 'GPE')) j = m.last;
    else if (office) {
      j++;
      // ووزير الخارجية، ورئيس الوزراء: an office's complement, a definite word.
      if (!COUNTERPART.test(w) && j < b && norm(cx, j).startsWith('ال') && !nisbaAt(cx, j) && !cx.lex.rankTitles.has(norm(cx, j))) j++;
    } else return -1;
    while (j < b && nisbaAt(cx, j) && (cx.mentionOf[j] === undefined || cx.mentionOf[j]?.last === j + 1)) j++;
    // والعاهل الأردني الملك عبد الله الثاني: the office holder's name after the office.
    if (office) {
      const holder = (t: number): number => {
        const n = cx.mentionOf[t];
        return t < b && n !== undefined && n.first === t && n.type === 'PER' ? n.last : -1;
      };
      if (holder(j) > j) j = holder(j);
      else if (j < b && (cx.lex.rankTitles.has(norm(cx, j)) || RULERS.test(norm(cx, j))) && holder(j + 1) > j) j = holder(j + 1);
    }
  }
  return j === b ? b : -1;
}
