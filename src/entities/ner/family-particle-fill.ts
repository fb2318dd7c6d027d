/**
 * The family particle آل ("house of") continues a person's name with the family's name after
 * it (حمد آل درهم، عبدالعزيز بن عبدالله آل الشيخ، راشد بن عبدالله آل خليفة). The tagger
 * sometimes ends the name at آل, or on it, and leaves the family name out — most often when
 * that name is itself a title word (آل الشيخ) or an unknown one. A person's span that ends on
 * آل, or right before it, is carried over آل and the word after it. Only in the analysis
 * (fill), never for `ner --conll`.
 */
import type { Label } from './labels.js';
import { normaliseString } from '../../text/normalise/normalise.js';

const AL = normaliseString('آل');
/** A word that can be a family name: letters only, not a particle that opens another phrase. */
const NOT_FAMILY = new Set(['في', 'من', 'الي', 'علي', 'عن', 'مع', 'و', 'ان', 'الذي', 'التي'].map((w) => normaliseString(w)));

function familyWord(n: string | undefined): boolean {
  return n !== undefined && /^\p{L}{2,}$/u.test(n) && !NOT_FAMILY.has(n);
}

const isPer = (t: Label | undefined): boolean => t === 'B-PER' || t === 'I-PER';
/**
 * Whether the word at k may be taken into the name: untagged, or a person's one-word name. A word
 * the tagger read as something else (درهم, the currency, in حمد آل درهم) is left to it: the
 * linker drops such a name whole.
 */
const free = (tags: readonly Label[], k: number): boolean => tags[k] === 'O' || (tags[k] === 'B-PER' && !(tags[k + 1] ?? '').startsWith('I-'));

/** Tags with person spans carried over آل + the family name (see above). */
export function familyParticleFill(norms: readonly string[], tags: readonly Label[]): Label[] {
  const out = tags.slice();
  for (let i = 1; i + 1 < norms.length; i++) {
    if (norms[i] !== AL || !familyWord(norms[i + 1]) || !free(out, i + 1)) continue;
    // حمد آل | درهم، الدكتور آل | الشيخ: the span ends on آل.
    if (isPer(out[i])) out[i + 1] = 'I-PER';
    // عبداللطيف | آل الشيخ: the span ends right before آل.
    else if (out[i] === 'O' && isPer(out[i - 1])) {
      out[i] = 'I-PER';
      out[i + 1] = 'I-PER';
    }
  }
  return out;
}
