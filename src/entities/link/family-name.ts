/**
 * Which last word of a person's name is a family name, found alone for
 * them elsewhere in the document. Not the father's name after بن (محمد بن
 * سلمان بن عبدالعزيز … عبدالعزيز), not a ruling house after آل (… آل سعود), which
 * many people of one document bear; and for a person of the knowledge base,
 * only a word its names end on, since the tagger may run a name into the
 * next word (الأمير محمد بن نايف بن عبدالعزيز برقية). A family name after
 * آل stays one (عادل آل عمر … آل عمر) unless a ruling house bears it.
 */

/** Words before a last name that make it a father's name, normalised. */
const FATHER_BEFORE = new Set(['بن', 'بنت', 'ابن']);

/** Ruling houses, named after آل (normalised آل → ال), whose name every member bears. */
const RULING_HOUSES = new Set(['سعود', 'نهيان', 'مكتوم', 'ثاني', 'خليفه', 'الصباح', 'سعيد', 'القاسمي', 'النعيمي', 'المعلا', 'الشرقي']);

/**
 * Whether the last of `words` (normalised) may stand alone for their bearer;
 * `knownForms`, the knowledge-base names of a linked person as words.
 */
export function familyNameOf(words: readonly string[], knownForms?: readonly (readonly string[])[]): boolean {
  const n = words.length;
  if (n < 2) return false;
  const last = words[n - 1] as string;
  const before = words[n - 2] as string;
  if (FATHER_BEFORE.has(before) || (before === 'ال' && RULING_HOUSES.has(last))) return false;
  return knownForms === undefined || knownForms.some((f) => f[f.length - 1] === last);
}
