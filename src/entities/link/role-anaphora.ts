/**
 * A role phrase said again without a name stands for the one person of
 * the document it was given to: نائب خادم الحرمين الشريفين وزير الداخلية
 * الأمير محمد بن نايف … ودعا نائب الملك (the same deputy), المبعوث الأممي
 * إلى سوريا ستافان دي ميستورا … ودعا المبعوث الأممي. The person holds the
 * role where the phrase stands before their name, across other titles,
 * or by their roles (the titles before their name, the knowledge base's).
 * Right after a name it may as well be the object of a verb (استقبل الملك
 * سلمان نائب الرئيس الأمريكي), so it gives no one the role there.
 */
import type { Entity, Token } from '../../core/types.js';
import { formKey, type Kb } from '../kb/load.js';
import { BODY_NISBAS, rolePhraseAt, type RolePhrase } from './relational.js';
import { bareVariantForms, cutOffset, isWordLike } from './words.js';

/** Honorifics between titles and a name (صاحب السمو الملكي الأمير), normalised. */
const HONORIFICS = new Set(['صاحب', 'السمو', 'الملكي', 'سمو', 'الامير', 'الشيخ', 'معالي', 'فخامه', 'دوله', 'سعاده']);

/** Prepositions a role's complement may take before a name (المبعوث الأممي إلى سوريا، السفير لدى الأردن). */
const COMPLEMENT_PREPOSITIONS = new Set(['الي', 'لدي', 'في']);

/** How far after a role phrase its holder's name may start, in tokens. */
const CHAIN_REACH = 12;

interface Found {
  phrase: RolePhrase;
  i: number;
  holder?: Entity;
}

/** Adds the role phrases said without a name as description mentions of their one holder. */
export function roleAnaphora(kb: Kb, text: string, tokens: readonly Token[], entities: readonly Entity[]): void {
  const isNisba = (w: string) => kb.names.get(w)?.some((r) => r.kind === 'adjective') ?? false;
  const norms = tokens.map((t) => (isWordLike(t) ? t.norm : ''));
  // the tokens mentions cover, and the people named from each token
  const tokenOf = new Map<number, number>();
  tokens.forEach((t, k) => tokenOf.set(t.start, k));
  const personStarts = new Map<number, Entity>();
  const inMention = new Set<number>();
  const otherName = new Set<number>();
  for (const e of entities) {
    for (const m of e.mentions) {
      for (let k = firstTokenEndingAfter(tokens, m.start); k < tokens.length && (tokens[k] as Token).start < m.end; k++) {
        inMention.add(k);
        if (e.type !== 'PER' && m.kind === 'name') otherName.add(k);
      }
      const a = tokenOf.get(m.start);
      if (e.type === 'PER' && m.kind === 'name' && a !== undefined) personStarts.set(a, e);
    }
  }
  const isTitle = (w: string) => bareVariantForms(w).some((f) => kb.titles.simple.has(f) || kb.titles.construct.has(f));
  const isConstruct = (w: string) => bareVariantForms(w).some((f) => kb.titles.construct.has(f));
  const isModifier = (w: string) => bareVariantForms(w).some((f) => kb.titles.modifiers.has(f)) || BODY_NISBAS.has(w) || isNisba(w);
  // one word further along titles stacked after a role (وزير الداخلية، نائب رئيس مجلس الوزراء), honorifics and
  // complements (إلى سوريا): the next state (whether a construct waits for its complement), or undefined where a
  // definite noun not completing a title is an object (المبعوث الأممي الرئيس السوري بشار الأسد)
  const step = (w: string, open: boolean, named: boolean): boolean | undefined => {
    const definite = w.startsWith('ال');
    if (HONORIFICS.has(w) || named || COMPLEMENT_PREPOSITIONS.has(w)) return false;
    if (!definite && isTitle(w)) return isConstruct(w);
    if (definite && (open || isModifier(w))) return false;
    if (!definite && open) return true;
    return undefined;
  };
  // the person named after the phrase across such words
  const namedAfter = (from: number): Entity | undefined => {
    const s = tokens[from - 1]?.sentence;
    let open: boolean | undefined = false;
    for (let k = from; k < from + CHAIN_REACH; k++) {
      const t = tokens[k];
      if (!t || t.sentence !== s || !isWordLike(t)) return undefined;
      const e = personStarts.get(k);
      if (e) return e;
      open = step(t.norm, open, otherName.has(k));
      if (open === undefined) return undefined;
    }
    return undefined;
  };
  // whether a role read from the titles before a name continues only with such words
  const stacked = (w: readonly string[]): boolean => {
    let open: boolean | undefined = false;
    for (const x of w) if ((open = step(x, open, false)) === undefined) return false;
    return true;
  };

  const found: Found[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!norms[i]) continue;
    const phrase = rolePhraseAt(norms.slice(i, i + 4), isNisba);
    if (!phrase) continue;
    found.push({ phrase, i, holder: namedAfter(i + phrase.length) });
    i += phrase.length - 1;
  }
  if (found.length === 0) return;

  // the holders of each role: where it is given to a name, and by their roles
  const holders = new Map<string, Set<Entity>>();
  const give = (sig: string, e: Entity) => {
    let set = holders.get(sig);
    if (!set) holders.set(sig, (set = new Set()));
    set.add(e);
  };
  for (const f of found) if (f.holder) give(f.phrase.sig, f.holder);
  for (const e of entities) {
    if (e.type !== 'PER') continue;
    // the knowledge base's roles (المبعوث الأممي إلى سوريا), and the titles before the person's name,
    // which may run into the title of another before it (المبعوث الأممي الرئيس السوري بشار الأسد)
    for (const r of e.kb ? kb.entries.get(e.kb.id)?.roles ?? [] : []) {
      const p = rolePhraseAt(formKey(r).split(' '), isNisba);
      if (p) give(p.sig, e);
    }
    for (const r of e.roles ?? []) {
      const w = formKey(r).split(' ');
      const p = rolePhraseAt(w, isNisba);
      if (p && stacked(w.slice(p.length))) give(p.sig, e);
    }
  }

  for (const f of found) {
    if (f.holder || (f.phrase.sig.includes('+') && !f.phrase.definite)) continue;
    const t = tokens[f.i] as Token;
    if ([...Array(f.phrase.length).keys()].some((k) => inMention.has(f.i + k))) continue;
    // the one holder named before
    const named = [...(holders.get(f.phrase.sig) ?? [])].filter((e) => e.mentions.some((m) => m.start < t.start && m.kind === 'name'));
    if (named.length !== 1) continue;
    const e = named[0] as Entity;
    e.mentions.push({ start: cutOffset(t, text, f.phrase.cut), end: (tokens[f.i + f.phrase.length - 1] as Token).end, kind: 'description' });
    e.mentions.sort((a, b) => a.start - b.start);
  }
}

/** The first token that ends after `offset`. */
function firstTokenEndingAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
