/**
 * A person's name carries no gender in the entity layer, but a verb does (أكدت، ترى): a
 * feminine verb with no subject written is not said by أحمد or نايف. The gazetteer of first
 * names (data/ner/gazetteer/first.txt) groups them under headed sections, "(male)" and
 * "(female)"; its opening list, with no such heading, gives the common Arabic men's names,
 * then women's names from ياسمين on, then foreign names from جورج on. Compound names (عبد X،
 * X الدين، أبو X) are men's. Foreign names and every name outside these sections stay unknown:
 * only a name whose gender is listed can disagree with a verb.
 */
import { lazy, readDataFile } from '../../resources/data-files.js';
import { normaliseString } from '../../text/normalise/normalise.js';

type Gender = 'm' | 'f';

/** Where the opening, unheaded list turns from men's names to women's, and to foreign ones. */
const OPENING_WOMEN = 'ياسمين';
const OPENING_FOREIGN = 'جورج';

const genders = lazy((): Map<string, Gender | null> => {
  const out = new Map<string, Gender | null>();
  const set = (w: string, g: Gender | undefined): void => {
    const n = normaliseString(w);
    // A name listed under both headings (or once as a foreign name) tells nothing.
    if (!out.has(n)) out.set(n, g ?? null);
    else if (out.get(n) !== g) out.set(n, null);
  };
  let g: Gender | undefined = 'm';
  let opening = true;
  for (const raw of readDataFile('ner/gazetteer/first.txt').toString('utf8').split(/\r?\n/)) {
    const line = raw.trim();
    if (line.startsWith('#')) {
      if (out.size === 0) continue;
      opening = false;
      g = /\(female\)/.test(line) ? 'f' : /\(male\)/.test(line) || /compound names/.test(line) ? 'm' : undefined;
      continue;
    }
    if (line === '') continue;
    if (opening && line === OPENING_WOMEN) g = 'f';
    if (opening && line === OPENING_FOREIGN) g = undefined;
    set(line, g);
  }
  return out;
});

/** The gender of a normalised first name, when the gazetteer lists it under one. */
export function givenNameGender(w: string): Gender | undefined {
  return genders().get(w) ?? undefined;
}
