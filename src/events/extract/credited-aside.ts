/**
 * «كثف التحالف، الجمعة بحسب سكاي نيوز، غاراته»: news prose sets off the outlet an account is
 * credited to between two commas, inside the clause of a support verb and its noun. Reading back
 * from the noun, the search for the support verb (and its subject) goes on past such an aside;
 * otherwise the clause stops at its comma and the outlet, the nearest name, is taken for the doer.
 * Kept narrow: at most eight tokens between the commas, one of them a word of crediting (بحسب،
 * حسب، وفق، نقلا عن), none an event word.
 */
import type { Doc } from './context.js';
import { ACCORDING } from './lexicon-sets.js';

const COMMA = /^(،|,)$/;

/** With the comma at k closing an aside of crediting, the index of the comma that opens it. */
export function creditedAsideStart(doc: Doc, k: number): number | undefined {
  const { tokens, isCandidate } = doc;
  if (!COMMA.test(tokens[k]?.norm ?? '')) return undefined;
  let credited = false;
  for (let j = k - 1; j >= 0 && k - j <= 9 && tokens[j]!.sentence === tokens[k]!.sentence; j--) {
    const w = tokens[j]!.norm;
    if (COMMA.test(w)) return credited && j < k - 2 ? j : undefined;
    if (isCandidate[j] || w === '.' || w === '؛' || w === ':') return undefined;
    if (ACCORDING.test(w) && w.length > 2) credited = true;
  }
  return undefined;
}

/** Nouns of news outlets that may stand between the word of crediting and the name (بحسب وكالة …). */
const OUTLET_HEAD = /^(ال)?(وكاله|صحيفه|جريده|قناه|موقع|مجله|اذاعه|تلفزيون|شبكه)$/;

/**
 * Whether the name starting at token `first` is the one an account is credited to (بحسب سكاي نيوز،
 * وفقا لوكالة رويترز، حسب قناة الجزيرة): such a name is marked, neither subject nor object of a verb.
 */
export function creditedName(doc: Doc, first: number): boolean {
  const { tokens } = doc;
  let j = first - 1;
  // «وكالة» begins with و: the word as written or without a clitic (لوكالة).
  if (j >= 0 && (OUTLET_HEAD.test(tokens[j]!.norm) || OUTLET_HEAD.test(tokens[j]!.norm.replace(/^(و|ف)?(ل|ب)/, '')))) j--;
  if (j < 0 || tokens[j]!.sentence !== tokens[first]!.sentence) return false;
  return /^(و|ف)?(ب)?(حسب|حسبما|وفق|وفقا|طبقا)$/.test(tokens[j]!.norm);
}
