/**
 * The dual and plural of a circumstantial participle listed in its masculine singular
 * (cues.json "participles"): مضيفا → مضيفان، مضيفين; داعيا → داعيان، داعين. Two speakers
 * or a group report with them as one does with the singular («…»، مضيفان أنه …، ملوحين
 * بالانسحاب), and the gold annotates them so.
 */
/** Singulars whose plural is mostly an adjective: محملين بالهدايا "laden", not "blaming". */
const ADJECTIVAL = new Set(['محملا']);

export function participleNumbers(form: string): string[] {
  if (!form.endsWith('ا') || form.length < 4 || ADJECTIVAL.has(form)) return [];
  const stem = form.slice(0, -1);
  // داعيا، نافيا: the plural drops the ي (داعين), the dual keeps it (داعيان).
  if (stem.endsWith('ي')) return [`${stem}ان`, `${stem.slice(0, -1)}ين`];
  return [`${stem}ان`, `${stem}ين`];
}
