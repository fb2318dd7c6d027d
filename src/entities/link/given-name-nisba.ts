/**
 * A nisba right after a bare given name is the person's family name, not
 * their state (طلال الأردني، أحمد السوري، أبو أسامة العراقي، القيادي خالد
 * العراقي): Arab names carry such family names and nicknames, while Arabic
 * news puts a nationality before the name (المصري محمد صلاح). Only the
 * nisbas of Arab states count — after a foreign given name a nisba is a
 * nationality (نيمار البرازيلي). A nisba after a common noun (الجيش الأردني،
 * وزير الخارجية المصري) is untouched: no given name stands before it.
 */
import type { Token } from '../../core/types.js';
import type { Kb } from '../kb/load.js';
import { categoryBit, loadGazetteer } from '../ner/gazetteer.js';
import { isFirstName, titlesBefore, type Candidate } from './candidates.js';
import { surface } from './words.js';

/** States of the Arab League, whose nisbas are common family names. */
const ARAB_STATES = new Set([
  'DZ', 'BH', 'KM', 'DJ', 'EG', 'IQ', 'JO', 'KW', 'LB', 'LY', 'MR', 'MA', 'OM', 'PS', 'QA', 'SA', 'SO', 'SD', 'SY', 'TN', 'AE', 'YE',
].map((c) => `gpe:${c}`));

/** Words that make a nickname or a servant-name of the given name after them (أبو أسامة، عبد الله), normalised. */
const NAME_LEADS = new Set(['ابو', 'ام', 'عبد']);

/** Whether token i is a masculine definite nisba of an Arab state, bare of proclitics (العراقي، الأردني). */
function arabFamilyNisba(kb: Kb, t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || !/^ال.+ي$/.test(t.norm)) return false;
  return kb.names.get(t.norm)?.some((r) => r.kind === 'adjective' && ARAB_STATES.has(r.id)) ?? false;
}

/** Whether the normalised words are one given name (طلال، أبو أسامة، عبد الله). */
function givenName(words: readonly string[]): boolean {
  if (words.length === 1) return isFirstName(words[0] as string);
  return words.length === 2 && NAME_LEADS.has(words[0] as string);
}

/** Whether tokens a and b (a before b) are neighbours of one sentence with only a space between. */
function spaced(text: string, a: Token, b: Token): boolean {
  return a.sentence === b.sentence && /^\s+$/.test(text.slice(a.end, b.start));
}

/** «على» written with ى is the preposition, never the name علي (تفوقه على الهولندي). */
function writtenAsPreposition(text: string, t: Token): boolean {
  return /ى$/.test(text.slice(t.start, t.end));
}

/** Titles of rulers, whose given name a state's nisba follows as their realm (الملك عبدالله الأردني), normalised. */
const RULER_TITLES = new Set(['الملك', 'الملكه', 'الامير', 'الاميره', 'الرئيس', 'السلطان', 'العاهل']);

/** Whether the word token before t0 is a ruler's title, perhaps after و/ف. */
function afterRulerTitle(tokens: readonly Token[], t0: number): boolean {
  const t = tokens[t0 - 1];
  return t !== undefined && t.kind === 'word' && t.sentence === tokens[t0]?.sentence && RULER_TITLES.has(t.norm.replace(/^[وف](?=ال)/, ''));
}

/** Whether the token is a noun of a person's standing (القيادي، الشيخ، اللاعب), perhaps after و/ف. */
function personNounBefore(t: Token): boolean {
  const gaz = loadGazetteer();
  const title = categoryBit('title');
  return t.kind === 'word' && [t.norm, t.norm.replace(/^[وف]/, '')].some((w) => ((gaz.words.get(w) ?? 0) & title) !== 0);
}

/**
 * Widens unlinked one-given-name persons over the Arab nisba after them, and
 * adds a person for an untagged given name between a person's title and
 * such a nisba (القيادي خالد العراقي). `names` do not overlap.
 */
export function widenGivenNameToFamilyNisba(kb: Kb, text: string, tokens: readonly Token[], names: readonly Candidate[]): Candidate[] {
  const covered = new Uint8Array(tokens.length);
  for (const n of names) covered.fill(1, n.t0, n.t1);
  const out = names.map((n) => {
    if (n.type !== 'PER' || n.kind !== 'name' || n.kbId !== undefined || !givenName(n.words)) return n;
    const last = tokens[n.t1 - 1];
    const next = tokens[n.t1];
    if (!last || !next || covered[n.t1] || !spaced(text, last, next) || !arabFamilyNisba(kb, next)) return n;
    if ((n.words.length === 1 && writtenAsPreposition(text, last)) || afterRulerTitle(tokens, n.t0)) return n;
    covered[n.t1] = 1;
    return { ...n, end: next.end, t1: n.t1 + 1, words: [...n.words, next.norm], surface: surface(text, n.start, next.end) };
  });
  for (let k = 1; k + 1 < tokens.length; k++) {
    const t = tokens[k] as Token;
    const next = tokens[k + 1] as Token;
    if (covered[k] || covered[k + 1] || t.kind !== 'word' || !isFirstName(t.norm) || writtenAsPreposition(text, t) || afterRulerTitle(tokens, k)) continue;
    if (!spaced(text, tokens[k - 1] as Token, t) || !spaced(text, t, next) || !arabFamilyNisba(kb, next)) continue;
    const { roles, from } = titlesBefore(kb, tokens, k, text);
    if ((roles.length === 0 || from >= k) && !personNounBefore(tokens[k - 1] as Token)) continue;
    out.push({
      start: t.start, end: next.end, t0: k, t1: k + 2, type: 'PER', kind: 'name', words: [t.norm, next.norm],
      surface: surface(text, t.start, next.end), roles, source: 'pattern',
    });
    covered.fill(1, k, k + 2);
  }
  return out.sort((a, b) => a.start - b.start);
}
