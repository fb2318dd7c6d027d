/**
 * Members of an armed group named by the group's nisba stand for the group
 * (قتل 8 حوثيين، مقتل 150 حوثيا، 12 مسلحا حوثيا، عناصر حوثية، مقاتلين
 * دواعش، الدواعش، التنظيم الداعشي): the guideline counts people named by
 * their party's nisba as that party, as it does for a state's nisba, but
 * the knowledge base lists only definite names of groups (الحوثيين) and no
 * nisba forms. Only nisbas that name nothing but the group are read (not
 * نصراوي, a football club's fan, nor إخواني, also «my brothers»), and each
 * form in the context that makes it a member of the group:
 *
 * - A plural or dual (حوثيين، حوثيون، داعشيان، دواعش، الدواعش، الداعشيين)
 *   names members wherever it stands: no family name or adjective of a
 *   thing is plural.
 * - A masculine singular (حوثي، حوثيا) only after a count (200 حوثي، 150
 *   حوثيا), after «كل», or after a singular noun of people it qualifies in
 *   the same case (قيادي حوثي، مسلحا حوثيا): elsewhere it may be a family
 *   name (محمد حوثي) or describe a single person the events take for
 *   himself (روى داعشي ألماني).
 * - A feminine singular (حوثية) after an indefinite noun it qualifies
 *   (عناصر حوثية، قذائف حوثية), not after a negation or in a list of
 *   adjectives (سنية وشيعية وحوثية).
 * - A definite singular after a definite noun it qualifies (الإرهاب
 *   الداعشي، القيادات الحوثية). The masculine «الحوثي» is the group only
 *   after a definite noun of people (القيادي الحوثي): after other words it
 *   is mostly the family name (عبد الملك الحوثي، بدر الدين الحوثي).
 *
 * A form standing alone (a count's noun, a definite plural) is a name of the
 * group, as «الحوثيين» is in the knowledge base, so the events read «قتل 8
 * حوثيين» as a count of the party; one that qualifies a noun (مسلحين
 * حوثيين) is an adjective mention, like a state's nisba after a noun.
 */
import type { Token } from '../../core/types.js';
import type { Kb } from '../kb/load.js';
import { normaliseString } from '../../text/normalise/normalise.js';
import { parseNumberWords } from '../../quantities/number-words.js';
import type { Candidate } from './candidates.js';
import { PEOPLE_NOUNS } from './singular-demonym.js';
import { cutOffset, procliticVariants, surface } from './words.js';

/** Masculine singular nisbas of armed groups (normalised, without ال) and the group's knowledge-base entry. */
const NISBAS: ReadonlyMap<string, string> = new Map([
  ['حوثي', 'org:houthis'], ['داعشي', 'org:isis'], ['حمساوي', 'org:hamas'],
]);

/** Broken plurals of the nisbas (without ال) and the group's entry. */
const BROKEN_PLURALS: ReadonlyMap<string, string> = new Map([['دواعش', 'org:isis']]);

/** Endings of the sound plural and of the dual after the masculine nisba. */
const PLURAL_ENDINGS = ['ين', 'ون', 'ان', 'تان', 'تين'];

/** Words after which a feminine nisba is no noun's adjective (ولا حوثية، داعشية أو غيرها). */
const NOT_A_NOUN = new Set(['لا', 'ولا', 'فلا', 'او', 'و', 'ام', 'غير', 'ليست', 'كانت', 'تكن']);

type Form = 'plural' | 'masculine' | 'accusative' | 'feminine';

interface Reading {
  id: string;
  form: Form;
  definite: boolean;
  /** Proclitic letters before the word (and the article, not counted: it is part of the mention). */
  cut: number;
  prefix: string;
}

/** What a word is as a group's nisba: its group, form and article, or undefined. */
function readNisba(norm: string): Reading | undefined {
  for (const v of procliticVariants(norm)) {
    const definite = v.form.startsWith('ال');
    const w = definite ? v.form.slice(2) : v.form;
    const broken = BROKEN_PLURALS.get(w);
    if (broken) return { id: broken, form: 'plural', definite, cut: v.cut, prefix: v.prefix };
    for (const [stem, id] of NISBAS) {
      if (!w.startsWith(stem)) continue;
      const end = w.slice(stem.length);
      let form: Form | undefined;
      if (end === '') form = 'masculine';
      else if (end === 'ا' && !definite) form = 'accusative';
      else if (end === 'ه') form = 'feminine';
      else if (PLURAL_ENDINGS.includes(end)) form = 'plural';
      if (form) return { id, form, definite, cut: v.cut, prefix: v.prefix };
    }
  }
  return undefined;
}

/** Whether a word (after و، ف، ب، ل) is a singular noun of people; with `accusative`, in the accusative (مسلحا). */
function personNoun(norm: string, accusative: boolean): boolean {
  return procliticVariants(norm).some((v) => {
    const w = v.form.startsWith('ال') ? v.form.slice(2) : v.form;
    return accusative ? w.endsWith('ا') && PEOPLE_NOUNS.has(w.slice(0, -1)) : PEOPLE_NOUNS.has(w);
  });
}

/** Whether a word ends a count: figures or a number word (ثمانية عشر، أربعين، مئات). */
function isCount(t: Token): boolean {
  return t.kind === 'number' || /^[0-9٠-٩]+$/.test(t.norm) || parseNumberWords([t.norm], 0) !== undefined;
}

const ALL = normaliseString('كل');

/** The mention kind the reading at token i has in its context, or undefined when it is no member of the group there. */
function kindAt(tokens: readonly Token[], i: number, r: Reading): 'name' | 'adjective' | undefined {
  const t = tokens[i] as Token;
  const p = tokens[i - 1];
  const prev = p !== undefined && p.sentence === t.sentence && (p.kind === 'word' || isCount(p)) ? p : undefined;
  const prevDefinite = prev !== undefined && procliticVariants(prev.norm).some((v) => v.form.startsWith('ال') && v.form.length > 3);
  if (r.form === 'plural') {
    // مسلحين حوثيين، المسلحين الحوثيين: the nisba of the noun before; alone, the members named
    const qualifies = prev !== undefined && r.prefix === '' && !isCount(prev) && prev.norm !== ALL
      && (r.definite ? prevDefinite : !prevDefinite && /(?:ين|ون|ان|ي)$/.test(prev.norm));
    return qualifies ? 'adjective' : 'name';
  }
  if (!prev || r.prefix !== '') return undefined;
  if (r.definite) {
    if (!prevDefinite) return undefined;
    if (r.form === 'masculine' && r.id === 'org:houthis' && !personNoun(prev.norm, false)) return undefined;
    return 'adjective';
  }
  if (r.form === 'feminine') return NOT_A_NOUN.has(prev.norm) || prevDefinite ? undefined : 'adjective';
  if (isCount(prev) || prev.norm === ALL) return 'name';
  return personNoun(prev.norm, r.form === 'accusative') && !prevDefinite ? 'adjective' : undefined;
}

/** Mentions of armed groups by their nisbas, in their context (see the file comment). */
export function groupNisbaCandidates(kb: Kb, text: string, tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== 'word') continue;
    const r = readNisba(t.norm);
    // a form the knowledge base lists (الحوثيين) is found as a name already
    if (!r || !kb.entries.has(r.id) || kb.names.has(t.norm.slice(r.cut))) continue;
    const kind = kindAt(tokens, i, r);
    if (!kind) continue;
    const start = cutOffset(t, text, r.cut);
    out.push({
      start, end: t.end, t0: i, t1: i + 1, type: 'ORG', kind, kbId: r.id, words: [t.norm.slice(r.cut)],
      surface: surface(text, start, t.end), roles: [], source: 'kb',
    });
  }
  return out;
}

/** The names of the document with the group nisbas that stand alone (see above) added where no name is, in order. */
export function withGroupNisbaNames(names: readonly Candidate[], nisbas: readonly Candidate[]): Candidate[] {
  const alone = nisbas.filter((c) => c.kind === 'name' && !names.some((n) => n.t0 < c.t1 && c.t0 < n.t1));
  return alone.length === 0 ? [...names] : [...names, ...alone].sort((a, b) => a.start - b.start);
}
