/**
 * Mention candidates of one document, before they are merged into entities:
 * knowledge-base names found over the tokens (longest match, clitic-aware,
 * with context rules), mentions of the tagger (trimmed of titles,
 * descriptors and clitics, and linked when their form is known), nisba
 * adjectives, capitals used for their state, and unnamed spokespeople.
 */
import { loadStemLexicon } from '../../text/segment/clitics.js';
import { categoryBit, loadGazetteer } from '../ner/gazetteer.js';
import type { EntityType, Mention, MentionKind, Token } from '../../core/types.js';
import { bare, type Kb, type NameRef } from '../kb/load.js';
import {
  bareVariantForms, cutOffset, isQuote, isWordLike, lettersBetween, lightPrefix, procliticVariants, surface,
  type Variant,
} from './words.js';
import { assimilatedArticle } from './assimilated-article.js';
import { kingdomAlone } from './kingdom-alone.js';
import { clubContext } from './club-context.js';
import { verbNotPerson } from './verb-not-name.js';

export type CandidateSource = 'kb' | 'tagger' | 'pattern' | 'document';

export interface Candidate {
  start: number;
  end: number;
  /** First and one-past-last token. */
  t0: number;
  t1: number;
  type: EntityType;
  kind: MentionKind;
  kbId?: string;
  /** Normalised words of the name (first word without its proclitics). */
  words: string[];
  surface: string;
  roles: string[];
  source: CandidateSource;
  /** For unnamed people (ناطق باسم X): the words of X. */
  of?: string[];
}

/** The countries a document is about: the one named most, the default, and every one named. */
export interface DocScope {
  main?: string;
  named: Set<string>;
  /** Entries the document names where the context makes them certain: their common-word forms name them elsewhere too. */
  linked?: Set<string>;
}

export interface CandidateOptions {
  /** ISO code of the country the document is about when nothing in it says so. */
  defaultCountry?: string;
  /** The article's date (YYYY-MM-DD): who held a title then (خادم الحرمين الشريفين alone). */
  date?: string;
}

interface Match {
  t0: number;
  t1: number;
  /** Index of the last word token of the match. */
  last: number;
  cut: number;
  prefix: string;
  key: string;
  refs: NameRef[];
}

/** Index of the previous token of the same sentence that is not a quote mark. */
function prevIndex(tokens: readonly Token[], i: number, skipQuotes = true): number {
  const s = tokens[i]?.sentence;
  let j = i - 1;
  while (j >= 0 && skipQuotes && isQuote(tokens[j])) j--;
  return j >= 0 && tokens[j]?.sentence === s ? j : -1;
}

function nextIndex(tokens: readonly Token[], i: number, skipQuotes = true): number {
  const s = tokens[i]?.sentence;
  let j = i + 1;
  while (j < tokens.length && skipQuotes && isQuote(tokens[j])) j++;
  return j < tokens.length && tokens[j]?.sentence === s ? j : -1;
}

/** The words following token i that a name may continue over (quotes are skipped). */
function followers(tokens: readonly Token[], i: number, n: number): number[] {
  const out: number[] = [];
  let j = i;
  while (out.length < n) {
    j = nextIndex(tokens, j);
    if (j < 0 || !isWordLike(tokens[j])) break;
    out.push(j);
  }
  return out;
}

const NO_MATCHES: readonly Match[] = Object.freeze([]);

/** Matches per token of a token array, computed on first use (the array must not change afterwards). */
const matchCache = new WeakMap<readonly Token[], { kb: Kb; at: (readonly Match[] | undefined)[] }>();

/**
 * All knowledge-base forms that start at token i, longest first. Memoised
 * per token array: the result is shared, do not modify it.
 */
export function matchesAt(kb: Kb, tokens: readonly Token[], i: number): readonly Match[] {
  let memo = matchCache.get(tokens);
  if (memo === undefined || memo.kb !== kb || memo.at.length !== tokens.length) {
    memo = { kb, at: new Array<readonly Match[] | undefined>(tokens.length) };
    matchCache.set(tokens, memo);
  }
  let out = memo.at[i];
  if (out === undefined) {
    out = computeMatches(kb, tokens, i);
    if (i >= 0 && i < tokens.length) memo.at[i] = out;
  }
  return out;
}

/** A node of the knowledge-base forms as a word trie: the form ending here, and the words that continue it. */
interface FormNode {
  key?: string;
  refs?: NameRef[];
  next?: Map<string, FormNode>;
}

interface FirstVariant {
  v: Variant;
  /** The forms starting with v.form. */
  node: FormNode;
}

interface FirstIndex {
  /** First words of the knowledge-base forms → the forms they start. */
  roots: Map<string, FormNode>;
  /** Word as written → its variants that start a form (null: none); filled as words are met. */
  memo: Map<string, readonly FirstVariant[] | null>;
}

const firstIndexCache = new WeakMap<Kb, FirstIndex>();
const FIRST_MEMO_MAX = 100_000;

function firstIndex(kb: Kb): FirstIndex {
  let index = firstIndexCache.get(kb);
  if (index) return index;
  const roots = new Map<string, FormNode>();
  for (const [key, refs] of kb.names) {
    const words = key.split(' ');
    let node = roots.get(words[0] as string);
    if (!node) roots.set(words[0] as string, (node = {}));
    for (let k = 1; k < words.length; k++) {
      node.next ??= new Map();
      let child = node.next.get(words[k] as string);
      if (!child) node.next.set(words[k] as string, (child = {}));
      node = child;
    }
    node.key = key;
    node.refs = refs;
  }
  index = { roots, memo: new Map() };
  firstIndexCache.set(kb, index);
  return index;
}

/**
 * The proclitic variants of a word that start a knowledge-base form, in
 * procliticVariants order, with the forms they start; undefined when none
 * does. Memoised per knowledge base and word.
 */
function firstVariants(kb: Kb, norm: string): readonly FirstVariant[] | undefined {
  const index = firstIndex(kb);
  let found = index.memo.get(norm);
  if (found === undefined) {
    const list: FirstVariant[] = [];
    for (const v of procliticVariants(norm)) {
      const node = index.roots.get(v.form);
      if (node) list.push({ v, node });
    }
    found = list.length > 0 ? list : null;
    if (index.memo.size >= FIRST_MEMO_MAX) index.memo.clear();
    index.memo.set(norm, found);
  }
  return found ?? undefined;
}

function computeMatches(kb: Kb, tokens: readonly Token[], i: number): readonly Match[] {
  const tok = tokens[i];
  if (!isWordLike(tok) || tok === undefined) return NO_MATCHES;
  const starts = firstVariants(kb, tok.norm);
  if (starts === undefined) return NO_MATCHES;
  let out: Match[] | undefined;
  for (const { v, node: first } of starts) {
    // the forms grow one word at a time (quotes skipped, within the sentence); longest first per variant
    const found: Match[] = [];
    let node: FormNode | undefined = first;
    let last = i;
    for (;;) {
      if (node.refs && node.key !== undefined) {
        found.push({ t0: i, t1: last + 1, last, cut: v.cut, prefix: v.prefix, key: node.key, refs: node.refs });
      }
      if (!node.next) break;
      const j = nextIndex(tokens, last);
      if (j < 0 || !isWordLike(tokens[j])) break;
      node = node.next.get((tokens[j] as Token).norm);
      if (!node) break;
      last = j;
    }
    if (found.length === 0) continue;
    out ??= [];
    for (let k = found.length - 1; k >= 0; k--) out.push(found[k] as Match);
  }
  if (out === undefined) return NO_MATCHES;
  if (out.length > 1) out.sort((a, b) => b.t1 - a.t1 || a.cut - b.cut);
  return out;
}

/** The descriptor class (صحيفة, وكالة…) of the word before token i, if any. */
export function descriptorBefore(kb: Kb, tokens: readonly Token[], i: number): string | undefined {
  let p = prevIndex(tokens, i);
  // وكالة أنباء الأناضول: the descriptor before أنباء
  if (p >= 0 && (tokens[p] as Token).norm === 'انباء') p = prevIndex(tokens, p);
  if (p < 0) return undefined;
  for (const v of procliticVariants((tokens[p] as Token).norm)) {
    const cls = kb.descriptors.get(v.form) ?? kb.descriptors.get(bare(v.form));
    if (cls) return cls;
  }
  return undefined;
}

function quoted(tokens: readonly Token[], t0: number, t1: number): boolean {
  return isQuote(tokens[t0 - 1]) && isQuote(tokens[t1]);
}

function prevWordForms(tokens: readonly Token[], i: number): string[] {
  const p = prevIndex(tokens, i);
  if (p < 0) return [];
  return procliticVariants((tokens[p] as Token).norm).flatMap((v) => [v.form, bare(v.form)]);
}

/**
 * Whether a form ending at token `last` is followed by a word that makes it
 * no name (النيل من: to harm, never the river).
 */
export function idiomAt(kb: Kb, tokens: readonly Token[], key: string, last: number): boolean {
  const notBefore = kb.notBefore.get(key);
  if (!notBefore) return false;
  const n = nextIndex(tokens, last, false);
  return n >= 0 && notBefore.has((tokens[n] as Token).norm);
}

/** Whether the word before token i says that what follows is the source of a report (وفق، بحسب، ذكرت، نقلا عن). */
function sourceCueBefore(kb: Kb, tokens: readonly Token[], i: number): boolean {
  const p = prevIndex(tokens, i);
  if (p < 0) return false;
  const w = (tokens[p] as Token).norm;
  if (kb.sourceCues.has(w)) return true;
  if (w !== 'عن') return false;
  const q = prevIndex(tokens, p);
  return q >= 0 && /^و?نقلا$/.test((tokens[q] as Token).norm);
}

/** Picks what a matched form names here, or nothing when the context rules it out. */
function chooseRef(kb: Kb, tokens: readonly Token[], m: Match, scope: DocScope, taggedAs?: string): NameRef | undefined {
  const notAfter = kb.notAfter.get(m.key);
  if (notAfter && prevWordForms(tokens, m.t0).some((w) => notAfter.has(w))) return undefined;
  if (idiomAt(kb, tokens, m.key, m.last)) return undefined;
  const desc = descriptorBefore(kb, tokens, m.t0) ?? clubContext(kb, tokens, m.t0, m.key, m.prefix);
  const inQuotes = quoted(tokens, m.t0, m.t1);
  // an outlet named by a common word as the source of a report (وفق الأناضول، وأوضحت الأناضول), when it names nothing else
  const asSource = sourceCueBefore(kb, tokens, m.t0) && !m.refs.some((r) => !r.contextOnly && r.kind !== 'adjective');
  const usable = m.refs.filter((r) => {
    if (r.kind === 'adjective') return false;
    const e = kb.entries.get(r.id);
    if (!e) return false;
    // religions, feasts and events only when the tagger marks them
    if (e.type === 'MISC' && taggedAs === undefined) return false;
    if (r.contextOnly && !desc && !inQuotes && taggedAs !== e.type && !(asSource && e.sector === 'MED') && !scope.linked?.has(e.id)) return false;
    if (r.countryScoped) {
      // an armed group's or a party's name (الجيش الحر) needs only its country named somewhere in the document
      const loose = r.looseScope || e.sector === 'REB' || e.sector === 'PTY';
      const ok = e.country !== undefined && (e.country === scope.main || (loose && scope.named.has(e.country)) || kingdomAlone(kb, tokens, m.t0, m.prefix, m.key, e.country, scope));
      if (!ok) return false;
    }
    return true;
  });
  if (usable.length === 0) return undefined;
  if (desc || inQuotes) {
    const fitting = usable.filter((r) => kb.entries.get(r.id)?.roles?.includes(desc ?? ''));
    if (fitting.length > 0) return fitting[0];
    const med = usable.filter((r) => kb.entries.get(r.id)?.sector === 'MED');
    if (med.length > 0) return med[0];
  }
  // one form for a state and another state's capital (عمان: Oman, Amman): the capital only after العاصمة or its nisba
  const state = usable.find((r) => r.kind === 'name' && /^gpe:[A-Z]{2}$/.test(r.id));
  const capital = usable.find((r) => r.kind === 'capital');
  if (state && capital) {
    const country = kb.entries.get(capital.id)?.country;
    const before = prevWordForms(tokens, m.t0);
    const p = prevIndex(tokens, m.t0);
    const nisbaOfCountry = p >= 0 && procliticVariants((tokens[p] as Token).norm).some((v) =>
      kb.names.get(v.form)?.some((r) => r.kind === 'adjective' && kb.entries.get(r.id)?.country === country));
    return before.includes('العاصمه') || nisbaOfCountry ? capital : state;
  }
  return usable.find((r) => !r.contextOnly) ?? usable[0];
}

/** The state a knowledge-base entry stands for, when it is a state. */
function stateCountry(kb: Kb, id: string): string | undefined {
  const e = kb.entries.get(id);
  if (!e) return undefined;
  if (/^gpe:[A-Z]{2}$/.test(id)) return e.country;
  const st = kb.capitalOf.get(id);
  return st ? kb.entries.get(st)?.country : undefined;
}

const ACTOR_SECTORS = new Set(['GOV', 'MIL', 'LEG', 'JUD']);

/**
 * The country of a state actor named by its own name (الملك سلمان، الحرس
 * الوطني): a person or a state body; or of a place inside a state (منطقة
 * عسير، حلب), which names that state too.
 */
function actorCountry(kb: Kb, r: NameRef): string | undefined {
  if (r.kind !== 'name') return undefined;
  const e = kb.entries.get(r.id);
  if (!e?.country) return undefined;
  if ((e.type === 'GPE' || e.type === 'LOC') && !/^gpe:[A-Z]{2}$/.test(e.id)) return e.country;
  if (!e.sector || !ACTOR_SECTORS.has(e.sector)) return undefined;
  return e.type === 'PER' || e.type === 'ORG' ? e.country : undefined;
}

/**
 * Finds the countries a document is about: the state named most often (by
 * name, adjective or capital), or `fallback` when none is named; and every
 * state named at all, or whose leaders, state bodies or places are named
 * (الملك سلمان، منطقة عسير), with the fallback.
 */
export function documentScope(kb: Kb, tokens: readonly Token[], fallback?: string): DocScope {
  const counts = new Map<string, number>();
  const actors = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const m = matchesAt(kb, tokens, i)[0];
    if (!m) continue;
    for (const r of m.refs) {
      if (r.contextOnly || r.countryScoped) continue;
      const c = stateCountry(kb, r.id);
      if (c) {
        counts.set(c, (counts.get(c) ?? 0) + 1);
        break;
      }
      const actor = actorCountry(kb, r);
      if (actor) actors.add(actor);
    }
    i = m.last;
  }
  let best: string | undefined;
  let n = 0;
  for (const [c, k] of counts) if (k > n) [best, n] = [c, k];
  const named = new Set(counts.keys());
  for (const c of actors) named.add(c);
  if (fallback) named.add(fallback);
  return { main: best ?? fallback, named };
}

/** The country a document is about (see documentScope). */
export function documentCountry(kb: Kb, tokens: readonly Token[], fallback?: string): string | undefined {
  return documentScope(kb, tokens, fallback).main;
}

function isAdjectiveToken(kb: Kb, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  return procliticVariants(t.norm).some((v) => kb.names.get(v.form)?.some((r) => r.kind === 'adjective'));
}

/** Whether a capital at match m stands for a place (في موسكو) rather than its government (موسكو تريد). */
function capitalIsPlace(kb: Kb, tokens: readonly Token[], m: Match, previousCapital: boolean | undefined): boolean {
  if (m.prefix.includes('ب') || m.prefix.includes('ل')) return true;
  if (m.prefix.startsWith('و') && previousCapital !== undefined) return previousCapital;
  const p = prevIndex(tokens, m.t0);
  if (p >= 0 && isAdjectiveToken(kb, tokens, p)) return true;
  // a noun in construct before it (محافظات القاهرة، جامعة دمشق): a place
  const prev = p >= 0 && p === m.t0 - 1 ? (tokens[p] as Token).norm : '';
  if (prev.length > 3 && !prev.startsWith('ال') && (prev.endsWith('ه') || prev.endsWith('ات'))) return true;
  return prevWordForms(tokens, m.t0).some((w) => kb.placeWords.has(w));
}

function spanOf(text: string, tokens: readonly Token[], t0: number, last: number, cut: number): { start: number; end: number } {
  const first = tokens[t0] as Token;
  return { start: cutOffset(first, text, cut), end: (tokens[last] as Token).end };
}

/** Knowledge-base name matches over the whole document (longest first, left to right). */
export function kbNameCandidates(kb: Kb, text: string, tokens: readonly Token[], scope: DocScope): Candidate[] {
  const out: Candidate[] = [];
  let lastCapital: { t1: number; place: boolean } | undefined;
  for (let i = 0; i < tokens.length; i++) {
    for (const m of matchesAt(kb, tokens, i)) {
      const ref = chooseRef(kb, tokens, m, scope);
      if (!ref) continue;
      // ترأس is a verb, not Liz Truss (تراس)
      if (m.t1 - m.t0 === 1 && verbNotPerson(kb, text, tokens, m.t0, m.key, ref.id)) continue;
      const e = kb.entries.get(ref.id);
      if (!e) continue;
      const { start, end } = spanOf(text, tokens, m.t0, m.last, m.cut);
      const words = m.key.split(' ');
      const roles: string[] = [];
      const desc = descriptorBefore(kb, tokens, m.t0);
      if (desc && e.type === 'ORG' && (e.sector === 'MED' || e.roles?.includes(desc))) roles.push(desc);
      let c: Candidate = {
        start, end, t0: m.t0, t1: m.t1, type: e.type, kind: kb.descriptionForms.has(m.key) ? 'description' : 'name', kbId: e.id, words,
        surface: surface(text, start, end), roles, source: 'kb',
      };
      // السعودية after a definite noun (العرضة السعودية) is the adjective, not the name
      if (ref.kind === 'name' && m.cut === 0 && m.refs.some((r) => r.kind === 'adjective' && r.id === ref.id)) {
        const p = m.t0 - 1;
        const prev = tokens[p];
        if (prev && prev.sentence === tokens[m.t0]?.sentence && isWordLike(prev) && procliticVariants(prev.norm).some((v) => v.form.startsWith('ال'))) {
          c = { ...c, kind: 'adjective', type: 'GPE' };
        }
      }
      if (ref.kind === 'capital') {
        const adjacent = lastCapital !== undefined && prevIndex(tokens, m.t0) === lastCapital.t1 - 1;
        const place = capitalIsPlace(kb, tokens, m, adjacent ? lastCapital?.place : undefined);
        lastCapital = { t1: m.t1, place };
        const state = kb.capitalOf.get(e.id);
        if (!place && state) c = { ...c, kbId: state, type: 'GPE', kind: 'capital' };
      }
      out.push(c);
      i = m.last;
      break;
    }
  }
  return out;
}

/** Nisba adjectives (الروسي، والليبية، الكوري الجنوبي) as mentions of their state. */
export function adjectiveCandidates(kb: Kb, text: string, tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const m = matchesAt(kb, tokens, i).find((x) => x.refs.some((r) => r.kind === 'adjective'));
    if (!m) continue;
    const ref = m.refs.find((r) => r.kind === 'adjective') as NameRef;
    // a form that is also a name (السعودية) is left to the name matcher
    if (m.refs.some((r) => r.kind !== 'adjective')) continue;
    const { start, end } = spanOf(text, tokens, m.t0, m.last, m.cut);
    out.push({
      start, end, t0: m.t0, t1: m.t1, type: 'GPE', kind: 'adjective', kbId: ref.id, words: m.key.split(' '),
      surface: surface(text, start, end), roles: [], source: 'kb',
    });
    i = m.last;
  }
  return out;
}

/**
 * Title words right before token t0 (اللواء المنشق، وزير الدفاع الروسي):
 * returns the roles and the first token of the title phrase.
 */
export function titlesBefore(kb: Kb, tokens: readonly Token[], t0: number, text: string): { roles: string[]; from: number } {
  const T = kb.titles;
  const window: number[] = [];
  let j = t0;
  for (let k = 0; k < 6; k++) {
    j = prevIndex(tokens, j, false);
    // ناطق باسم حفتر: the title belongs to someone else
    if (j < 0 || !isWordLike(tokens[j]) || (k === 0 && (tokens[j] as Token).norm === 'باسم')) break;
    window.unshift(j);
  }
  const form = (i: number) => bareVariantForms((tokens[i] as Token).norm);
  const isHead = (i: number) => form(i).some((f) => T.simple.has(f) || T.construct.has(f));
  const isConstruct = (i: number) => form(i).some((f) => T.construct.has(f));
  // the earliest head from which every following word is a valid part of a title
  for (let a = 0; a < window.length; a++) {
    const h = window[a] as number;
    if (!isHead(h)) continue;
    // the first word of a title may carry only و/ف
    const vs = procliticVariants((tokens[h] as Token).norm).filter(lightPrefix);
    if (!vs.some((v) => T.simple.has(bare(v.form)) || T.construct.has(bare(v.form)))) continue;
    const roles: string[] = [];
    let cur: number[] = [h];
    let construct = isConstruct(h);
    let ok = true;
    for (let b = a + 1; b < window.length; b++) {
      const i = window[b] as number;
      const f = form(i);
      if (isHead(i) && !construct) {
        roles.push(roleText(text, tokens, cur, kb));
        cur = [i];
        construct = isConstruct(i);
      } else if (construct || isAdjectiveToken(kb, tokens, i) || f.some((x) => T.modifiers.has(x))) {
        cur.push(i);
      } else {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    // a construct title ends on a definite word or an adjective (وزير الدفاع الروسي), never on a name (سيرغي)
    const lastTok = cur[cur.length - 1] as number;
    const lastForms = procliticVariants((tokens[lastTok] as Token).norm).map((v) => v.form);
    if (cur.length > 1 && construct && !lastForms.some((f) => f.startsWith('ال')) && !isAdjectiveToken(kb, tokens, lastTok)) continue;
    roles.push(roleText(text, tokens, cur, kb));
    return { roles: roles.filter((r) => r !== ''), from: h };
  }
  return { roles: [], from: t0 };
}

function roleText(text: string, tokens: readonly Token[], idx: number[], kb: Kb): string {
  // modifiers (المنشق، السابق) are not part of the role
  const kept = idx.filter((i, n) => n === 0 || !procliticVariants((tokens[i] as Token).norm).some((v) => kb.titles.modifiers.has(bare(v.form))));
  const words = kept.map((i, n) => {
    const t = tokens[i] as Token;
    let w = text.slice(t.start, t.end);
    if (n === 0) {
      const v = procliticVariants(t.norm).find((x) => lightPrefix(x) && x.prefix !== '');
      if (v && (kb.titles.simple.has(bare(v.form)) || kb.titles.construct.has(bare(v.form)))) w = w.slice(v.prefix.length);
    }
    return w;
  });
  if (words.length === 1) {
    const w = words[0] as string;
    return w.startsWith('ال') && w.length > 4 ? w.slice(2) : w;
  }
  return words.join(' ');
}

/**
 * Whether the first letter of a tagged name is the conjunction و or ف glued
 * to it. و before a name is common, so it goes unless the whole word is an
 * attested word of its own; ف rarely is, and names often begin with it
 * (فيران، فاطمة، فلاديمير), so it goes only before a known word.
 */
function dropsConjunction(w: string): boolean {
  const lex = loadStemLexicon();
  const whole = lex.count(w);
  const rest = lex.count(w.slice(1));
  if (w.charCodeAt(0) === 0x0648) return (w.length > 4 && (whole < 3 || rest > whole)) || (isFirstName(w.slice(1)) && !isFirstName(w));
  if (w.charCodeAt(0) === 0x0641) return rest >= 3 && rest > whole;
  return false;
}

/** Whether a normalised word is a personal first name of the gazetteers (سجى، بان، خالد). */
export function isFirstName(w: string): boolean {
  return ((loadGazetteer().words.get(w) ?? 0) & categoryBit('first')) !== 0;
}

/** Whether a normalised word is known to the gazetteers or the knowledge base at all. */
function knownWord(kb: Kb, w: string): boolean {
  return loadGazetteer().words.has(w) || kb.names.has(w) || loadGazetteer().parts.has(w);
}

/** Letter prefixes of aircraft and weapon models (إف-16، سو-24، ميغ-29، تي-72), normalised. */
const MODEL_PREFIXES = new Set(['اف', 'سو', 'ميغ', 'ميج', 'مي', 'تي', 'بي', 'يو', 'كا', 'سي', 'ام', 'اس', 'اه', 'اي']);

/**
 * Whether token k is part of a model designation: a short word glued by a
 * dash to a number (اف-16، سو-24) or a known model prefix before a number
 * (اف 16): no name.
 */
export function modelDesignationAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  const isPrefix = (x: Token | undefined) =>
    x !== undefined && (x.kind === 'word' || x.kind === 'latin') && (MODEL_PREFIXES.has(procliticVariants(x.norm).find((v) => MODEL_PREFIXES.has(v.form))?.form ?? x.norm) || x.norm.length <= 3);
  const glued = (a: Token | undefined, b: Token | undefined) => a !== undefined && b !== undefined && a.end === b.start && a.sentence === b.sentence;
  const dash = (x: Token | undefined) => x !== undefined && /^[-‐‑–]$/.test(x.norm);
  const known = (x: Token) => procliticVariants(x.norm).some((v) => MODEL_PREFIXES.has(v.form));
  // the word, then its number
  const after = (i: number) => {
    const w = tokens[i];
    if (!isPrefix(w)) return false;
    const d = tokens[i + 1];
    if (dash(d) && glued(w, d) && glued(d, tokens[i + 2]) && tokens[i + 2]?.kind === 'number') return true;
    return known(w as Token) && d?.kind === 'number' && d.sentence === w?.sentence;
  };
  if (after(k)) return true;
  if (t.kind === 'number') return after(k - 2) || after(k - 1);
  return false;
}

const PREPOSITION_PREFIXES = new Set(['ب', 'ل', 'ك', 'وب', 'ول', 'وك', 'فب', 'فل', 'فك']);

/**
 * Whether a one-word tagged name is a common noun after a preposition,
 * followed by an adjective (بجرار مفخخ، بسيارة مسلحة): the word and the one
 * after it are unknown to every list, and the one after is indefinite and
 * shaped like an adjective (a participle in م…, a nisba or feminine ending).
 */
function commonNounAfterPreposition(kb: Kb, tokens: readonly Token[], t0: number, word: string): boolean {
  const t = tokens[t0] as Token;
  const v = procliticVariants(t.norm).find((x) => x.form === word && PREPOSITION_PREFIXES.has(x.prefix))
    ?? (t.norm === word ? procliticVariants(t.norm).find((x) => PREPOSITION_PREFIXES.has(x.prefix) && !knownWord(kb, x.form)) : undefined);
  if (!v) return false;
  const stem = v.form;
  // a family name may be a common noun too (جرار)
  const otherThanFamily = ((loadGazetteer().words.get(stem) ?? 0) & ~categoryBit('family')) !== 0;
  if (stem.startsWith('ال') || otherThanFamily || kb.names.has(stem) || knownWord(kb, t.norm)) return false;
  const n = tokens[t0 + 1];
  if (!n || n.kind !== 'word' || n.sentence !== t.sentence || n.norm.startsWith('ال') || knownWord(kb, n.norm)) return false;
  return /^م.{3,}$/.test(n.norm) || /.{2}(ي|يه|يا|ه)$/.test(n.norm);
}

/** The tagger's mentions, trimmed and given normalised words; those that are no names are dropped. */
export function taggerCandidates(kb: Kb, text: string, tokens: readonly Token[], mentions: readonly Mention[]): Candidate[] {
  const out: Candidate[] = [];
  for (const m of mentions) {
    let t0 = m.tokenStart;
    let t1 = m.tokenEnd;
    while (t0 < t1 && !isWordLike(tokens[t0])) t0++;
    while (t1 > t0 && !isWordLike(tokens[t1 - 1])) t1--;
    if (t0 >= t1) continue;
    // model designations (اف-16، سو-24) are no names
    let model = false;
    for (let k = t0; k < t1 && !model; k++) if (modelDesignationAt(tokens, k)) model = true;
    if (model) continue;
    // function words the tagger took into a span (فإن حفتر); a first name that is also a particle
    // stays before words that are no first names (بان جي مون)
    const keepsParticle = (k: number) => {
      if (m.type !== 'PER' || t1 - k < 3 || !isFirstName((tokens[k] as Token).norm)) return false;
      const n = tokens[k + 1];
      return n !== undefined && !isFirstName(n.norm) && !kb.names.has(n.norm);
    };
    while (t1 - t0 > 1 && kb.particles.has((tokens[t0] as Token).norm) && !keepsParticle(t0)) {
      t0++;
      while (t0 < t1 && !isWordLike(tokens[t0])) t0++;
    }
    const roles: string[] = [];
    let startCut = t0 === m.tokenStart ? lettersBetween(text, (tokens[t0] as Token).start, Math.max(m.start, (tokens[t0] as Token).start)) : 0;
    // leading descriptor words (صحيفة "X") become a role
    while (t1 - t0 > 1) {
      const f = procliticVariants(((tokens[t0] as Token).norm).slice(startCut)).map((v) => v.form);
      const cls = f.map((x) => kb.descriptors.get(x) ?? kb.descriptors.get(bare(x))).find((x) => x !== undefined);
      if (!cls) break;
      roles.push(cls);
      t0++;
      startCut = 0;
      while (t0 < t1 && !isWordLike(tokens[t0])) t0++;
    }
    // leading titles of a person (الرئيس، وزير الدفاع) become roles
    // (a longer title read later replaces the shorter ones it covers: رئيس → رئيس الوزراء)
    if (m.type === 'PER') {
      const titles: { from: number; roles: string[] }[] = [];
      for (let k = t0 + 1; k < t1; k++) {
        const { roles: r, from } = titlesBefore(kb, tokens, k, text);
        if (r.length > 0 && from <= t0) {
          while (titles.length > 0 && (titles[titles.length - 1] as { from: number }).from >= from) titles.pop();
          titles.push({ from, roles: r });
          t0 = k;
          startCut = 0;
        }
      }
      for (const x of titles) roles.push(...x.roles);
    }
    // a title the tagger took after a name (… بن عبدالعزيز ولي العهد → ولي); a family name after
    // the particle آل (normalised ال) is no title, whatever word it is (عبدالعزيز آل الشيخ)
    while (m.type === 'PER' && t1 - t0 > 1 && (tokens[t1 - 2] as Token).norm !== 'ال') {
      const f = procliticVariants((tokens[t1 - 1] as Token).norm).map((v) => bare(v.form));
      if (!f.some((x) => kb.titles.construct.has(x) || kb.titles.simple.has(x))) break;
      t1--;
    }
    if (t0 >= t1) continue;
    // a lone title tagged as a person (ولي from ولي العهد)
    if (m.type === 'PER' && t1 - t0 === 1) {
      const f = procliticVariants((tokens[t0] as Token).norm).map((v) => bare(v.form));
      if (f.some((x) => kb.titles.construct.has(x) || kb.titles.simple.has(x))) continue;
    }
    const idx: number[] = [];
    for (let k = t0; k < t1; k++) if (isWordLike(tokens[k])) idx.push(k);
    const words = idx.map((k, n) => {
      const norm = (tokens[k] as Token).norm;
      return n === 0 ? norm.slice(startCut) : norm;
    });
    // a clitic the tagger left on the first word (وشويغو)
    if (startCut === 0 && words.length > 0) {
      const w0 = words[0] as string;
      const known = kb.names.has(w0);
      const v = procliticVariants(w0).find((x) => x.cut > 0 && kb.names.has([x.form, ...words.slice(1)].join(' ')));
      if (!known && v) {
        words[0] = v.form;
        startCut = v.cut;
      } else if (!known && w0.length > 3 && m.type !== 'ORG' && dropsConjunction(w0)) {
        words[0] = w0.slice(1);
        startCut = 1;
      }
    }
    // للمديرية العامة: the article the preposition's لل took is given back (see assimilated-article.ts)
    const article = words.length > 0 ? assimilatedArticle((tokens[t0] as Token).norm, startCut, words[0] as string) : undefined;
    if (article) {
      words[0] = article.word;
      startCut = article.cut;
    }
    const key = words.join(' ');
    if (kb.notNames.has(key) || key === '') continue;
    // النيل من (to harm), with or without its proclitics
    if (procliticVariants((tokens[t0] as Token).norm).some((v) => idiomAt(kb, tokens, [v.form, ...words.slice(1)].join(' '), t1 - 1)) || idiomAt(kb, tokens, key, t1 - 1)) continue;
    if (t1 - t0 === 1 && commonNounAfterPreposition(kb, tokens, t0, words[0] as string)) continue;
    const start = cutOffset(tokens[t0] as Token, text, startCut);
    const end = (tokens[t1 - 1] as Token).end;
    out.push({
      start, end, t0, t1, type: m.type, kind: 'name', words, surface: (article?.restored ? 'ا' : '') + surface(text, start, end), roles, source: 'tagger',
    });
  }
  return out;
}

/** What a knowledge-base form over tokens [t0, t1) names there, under the context rules of the linker. */
export function formRef(kb: Kb, tokens: readonly Token[], words: readonly string[], t0: number, t1: number, scope: DocScope, taggedAs?: string): NameRef | undefined {
  const key = words.join(' ');
  const refs = kb.names.get(key);
  if (!refs) return undefined;
  return chooseRef(kb, tokens, { t0, t1, last: t1 - 1, cut: 0, prefix: '', key, refs }, scope, taggedAs);
}

/** Links a tagger candidate to the knowledge base when its form (or its form less a trailing nisba) is known. */
export function linkCandidate(kb: Kb, tokens: readonly Token[], c: Candidate, scope: DocScope): Candidate {
  if (c.kbId) return c;
  const tryKey = (words: string[]): NameRef | undefined => {
    const refs = kb.names.get(words.join(' '));
    if (!refs) return undefined;
    const m: Match = { t0: c.t0, t1: c.t1, last: c.t1 - 1, cut: 0, prefix: '', key: words.join(' '), refs };
    return chooseRef(kb, tokens, m, scope, c.type);
  };
  let ref = tryKey(c.words);
  // سلطنة عمان، مدينة سرت: the descriptor word before a known name
  if (!ref && c.words.length > 1 && kb.aliasDescriptors.has(c.words[0] as string)) ref = tryKey(c.words.slice(1));
  let w = c.words;
  while (!ref && w.length > 1) {
    const lastWord = w[w.length - 1] as string;
    const isAdj = kb.names.get(lastWord)?.some((r) => r.kind === 'adjective');
    if (!isAdj) break;
    w = w.slice(0, -1);
    ref = tryKey(w);
  }
  // a person named with a longer lineage than the knowledge base has (محمد بن سلمان بن عبدالعزيز)
  if (!ref && c.type === 'PER') {
    for (let n = c.words.length - 1; n >= 2 && !ref; n--) {
      if (!/^(بن|ابن|ال)$/.test(c.words[n] as string)) continue;
      const r = tryKey(c.words.slice(0, n));
      if (r && kb.entries.get(r.id)?.type === 'PER') ref = r;
    }
  }
  // a person named with the father's name between first and last name (خالد محفوظ بحاح → خالد بحاح)
  if (!ref && c.type === 'PER' && c.words.length >= 3 && c.words.length <= 4) {
    const r = tryKey([c.words[0] as string, c.words[c.words.length - 1] as string]);
    if (r && kb.entries.get(r.id)?.type === 'PER') ref = r;
  }
  if (ref) {
    const e = kb.entries.get(ref.id);
    if (e) return { ...c, kbId: e.id, type: e.type };
  }
  // the tagger took a nisba adjective for a name (الروسية)
  if (c.words.length === 1) {
    const adj = kb.names.get(c.words[0] as string)?.find((r) => r.kind === 'adjective');
    if (adj) return { ...c, kbId: adj.id, type: 'GPE', kind: 'adjective' };
  }
  return c;
}

/** Relational adjectives that are also family names (إنزال بري، نبيه بري), normalised. */
const RELATIONAL_ADJECTIVES = new Set(['بري', 'بريا', 'بريه', 'بحري', 'بحريا', 'بحريه', 'جوي', 'جويا', 'جويه']);

/** Nouns such an adjective qualifies (إنزال بري، هجوما بريا، عملية برية، طريق بري), normalised. */
const QUALIFIED_NOUNS = new Set([
  'انزال', 'انزالا', 'هجوم', 'هجوما', 'اجتياح', 'اجتياحا', 'توغل', 'توغلا', 'غزو', 'غزوا', 'تدخل', 'تدخلا', 'قصف', 'قصفا',
  'نقل', 'دعم', 'دعما', 'اسناد', 'غطاء', 'منفذ', 'معبر', 'طريق', 'طريقا', 'خط', 'ممر', 'شريان', 'جسر', 'حصار', 'حصارا',
  'قتال', 'سلاح', 'عبور', 'شحن', 'تحرك', 'تحركا', 'زحف', 'تقدم', 'عمليه', 'عمليات', 'قوات', 'قوه', 'حمله', 'معركه',
  'رحله', 'منطقه', 'حدود', 'اسد', 'مسح', 'نشاط',
]);

/**
 * Whether token i is a relational adjective qualifying the noun before it
 * (إنزال بري، عملية برية) rather than a family name (نبيه بري، وأضاف بري):
 * no title before it and a qualified noun right before it.
 */
export function adjectivalUse(kb: Kb, tokens: readonly Token[], i: number, text: string): boolean {
  const t = tokens[i];
  if (!t || !RELATIONAL_ADJECTIVES.has(t.norm)) return false;
  if (titlesBefore(kb, tokens, i, text).roles.length > 0) return false;
  const p = prevIndex(tokens, i);
  return p === i - 1 && procliticVariants((tokens[p] as Token).norm).some((v) => QUALIFIED_NOUNS.has(v.form) || QUALIFIED_NOUNS.has(bare(v.form)));
}

/**
 * Whether a lone tagged person is a relational adjective (بري in إنزال بري):
 * one word of that kind, not after a title, and either after a noun it
 * qualifies or in a document where no person with that family name is named
 * in full (نبيه بري).
 */
export function notAPerson(kb: Kb, tokens: readonly Token[], c: Candidate, names: readonly Candidate[], text: string): boolean {
  if (c.type !== 'PER' || c.kbId || c.t1 - c.t0 !== 1) return false;
  const t = tokens[c.t0];
  if (!t || !RELATIONAL_ADJECTIVES.has(t.norm)) return false;
  if (adjectivalUse(kb, tokens, c.t0, text)) return true;
  if (titlesBefore(kb, tokens, c.t0, text).roles.length > 0) return false;
  return !names.some((n) => n.type === 'PER' && n.words.length > 1 && n.words[n.words.length - 1] === t.norm);
}

/** Words that name a part of an organisation before ل + its name (الأمانة العامة لمنظمة …، الفرع المصري لتنظيم …), normalised. */
const ORGANISATION_PARTS: readonly (readonly string[])[] = [
  ['الامانه', 'العامه'], ['الفرع'], ['الجناح', 'العسكري'], ['الجناح', 'السياسي'], ['المكتب', 'السياسي'], ['اللجنه', 'المركزيه'],
];

/** Words that name the armed forces of a state before ب + its name (قوات الجيش والشرطة بمصر), normalised. */
const FORCE_HEADS = new Set(['قوات', 'وحدات', 'عناصر']);
const FORCE_BODIES = new Set(['الجيش', 'الشرطه', 'الامن', 'والجيش', 'والشرطه', 'والامن', 'الامنيه', 'المسلحه', 'الخاصه']);

function prefixOf(tokens: readonly Token[], c: Candidate): string | undefined {
  const t = tokens[c.t0];
  if (!t) return undefined;
  return procliticVariants(t.norm).find((v) => v.form === c.words[0])?.prefix;
}

/**
 * Names that take in the phrase before them, which stands for the same
 * party: a part of an organisation (الأمانة العامة لمنظمة التعاون
 * الإسلامي، الفرع المصري لتنظيم داعش: the organisation) and the forces of
 * a state (قوات الجيش والشرطة بمصر: the state, as a description). The
 * phrase must end right before the name and hold no other name.
 */
export function widenToParties(kb: Kb, text: string, tokens: readonly Token[], names: readonly Candidate[]): Candidate[] {
  const taken = new Uint8Array(tokens.length);
  for (const n of names) taken.fill(1, n.t0, n.t1);
  const free = (a: number, b: number) => {
    for (let k = a; k < b; k++) if (taken[k] === 1 || !isWordLike(tokens[k]) || tokens[k]?.sentence !== tokens[b]?.sentence) return false;
    return true;
  };
  const normAt = (k: number) => {
    const t = tokens[k];
    if (!t) return '';
    return procliticVariants(t.norm).find((v) => lightPrefix(v) && v.form.startsWith('ال'))?.form ?? t.norm;
  };
  return names.map((n) => {
    const prefix = prefixOf(tokens, n);
    let from = -1;
    let kind: MentionKind = n.kind;
    if (n.type === 'ORG' && prefix !== undefined && prefix.endsWith('ل')) {
      // the part, then nisba adjectives of its place (الفرع المصري، الفرع الليبي)
      let k = n.t0 - 1;
      while (k >= 0 && k > n.t0 - 3 && isAdjectiveToken(kb, tokens, k)) k--;
      for (const part of ORGANISATION_PARTS) {
        const a = k - part.length + 1;
        if (a >= 0 && free(a, n.t0) && part.every((w, x) => (x === 0 ? normAt(a) : (tokens[a + x] as Token).norm) === w)) {
          from = a;
          break;
        }
      }
    } else if (n.type === 'GPE' && n.kind === 'name' && n.kbId !== undefined && /^gpe:[A-Z]{2}$/.test(n.kbId) && prefix === 'ب') {
      let k = n.t0 - 1;
      while (k >= 0 && k > n.t0 - 4 && FORCE_BODIES.has((tokens[k] as Token).norm)) k--;
      if (k < n.t0 - 1 && k >= 0 && free(k, n.t0)) {
        const head = procliticVariants((tokens[k] as Token).norm).find((v) => lightPrefix(v) && FORCE_HEADS.has(v.form));
        if (head) {
          from = k;
          kind = 'description';
        }
      }
    }
    if (from < 0) return n;
    const first = tokens[from] as Token;
    const v = procliticVariants(first.norm).find((x) => lightPrefix(x) && (x.form.startsWith('ال') || FORCE_HEADS.has(x.form)));
    const start = cutOffset(first, text, v?.cut ?? 0);
    return { ...n, start, t0: from, kind, surface: surface(text, start, n.end) };
  });
}

/** Per knowledge base: every word that is a spokesperson title (after at most و/ف) → its variant. */
const spokesForms = new WeakMap<Kb, Map<string, Variant>>();

/** The variant of a word that is a spokesperson title (المتحدث، والناطق), if it is one. */
function spokespersonVariant(kb: Kb, norm: string): Variant | undefined {
  let forms = spokesForms.get(kb);
  if (!forms) {
    forms = new Map();
    // a match is a light prefix + the title with or without ال: those words are all there is to check
    for (const s of kb.titles.spokesperson) {
      for (const p of ['', 'و', 'ف']) {
        for (const f of [s, 'ال' + s]) {
          const w = p + f;
          const v = procliticVariants(w).find((x) => lightPrefix(x) && kb.titles.spokesperson.has(bare(x.form)));
          if (v) forms.set(w, v);
        }
      }
    }
    spokesForms.set(kb, forms);
  }
  return forms.get(norm);
}

/** Unnamed spokespeople: ناطق باسم حفتر، المتحدث الرسمي باسم الوزارة. */
export function spokespersonCandidates(kb: Kb, text: string, tokens: readonly Token[], named: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!isWordLike(t)) continue;
    const v = spokespersonVariant(kb, t.norm);
    if (!v) continue;
    let j = nextIndex(tokens, i, false);
    if (j >= 0 && /^(ال)?رسمي$/.test((tokens[j] as Token).norm)) j = nextIndex(tokens, j, false);
    if (j < 0 || (tokens[j] as Token).norm !== 'باسم') continue;
    const k = nextIndex(tokens, j);
    if (k < 0) continue;
    const target = named.find((c) => c.t0 === k);
    let endTok: number;
    let of: string[];
    if (target) {
      endTok = target.t1 - 1;
      of = target.words;
    } else {
      if (!isWordLike(tokens[k])) continue;
      // باسم وزارة الخارجية، باسم الحكومة الليبية: a construct chain or a nisba continues the phrase
      const idx = [k];
      for (const f of followers(tokens, k, 3)) {
        const prevWord = (tokens[idx[idx.length - 1] as number] as Token).norm;
        if (!prevWord.startsWith('ال') || isAdjectiveToken(kb, tokens, f)) idx.push(f);
        else break;
      }
      endTok = idx[idx.length - 1] as number;
      of = idx.map((x) => (tokens[x] as Token).norm);
    }
    // a name right after it: the title of a named person, not an unnamed one
    const after = nextIndex(tokens, endTok);
    if (after >= 0 && named.some((c) => c.t0 === after && c.type === 'PER')) continue;
    const start = cutOffset(t, text, v.cut);
    const end = (tokens[endTok] as Token).end;
    const role = bare(v.form) + ' باسم';
    out.push({
      start, end, t0: i, t1: endTok + 1, type: 'PER', kind: 'description', words: [bare(v.form), 'باسم', ...of],
      surface: surface(text, start, end), roles: [role], source: 'pattern', of,
    });
    i = endTok;
  }
  return out;
}

/** Quoted names after a media descriptor (صحيفة "…") that nothing else found. */
export function quotedOutletCandidates(kb: Kb, text: string, tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isQuote(tokens[i]) || !isWordLike(tokens[i + 1])) continue;
    const desc = descriptorBefore(kb, tokens, i + 1);
    const p = prevIndex(tokens, i, false);
    if (!desc || p !== i - 1) continue;
    let j = i + 1;
    while (j < tokens.length && j - i <= 6 && isWordLike(tokens[j]) && tokens[j]?.sentence === tokens[i]?.sentence) j++;
    if (!isQuote(tokens[j]) || j === i + 1) continue;
    const start = (tokens[i + 1] as Token).start;
    const end = (tokens[j - 1] as Token).end;
    const words: string[] = [];
    for (let k = i + 1; k < j; k++) words.push((tokens[k] as Token).norm);
    out.push({ start, end, t0: i + 1, t1: j, type: 'ORG', kind: 'name', words, surface: surface(text, start, end), roles: [desc], source: 'pattern' });
    i = j;
  }
  return out;
}

/** Keeps the best of overlapping name candidates: longer first, the knowledge base on ties. */
export function resolveOverlaps(cands: readonly Candidate[]): Candidate[] {
  const rank = (c: Candidate) => (c.source === 'kb' ? 0 : c.source === 'pattern' ? 1 : 2);
  const sorted = [...cands].sort((a, b) => b.t1 - b.t0 - (a.t1 - a.t0) || (a.kbId ? 0 : 1) - (b.kbId ? 0 : 1) || rank(a) - rank(b) || a.start - b.start);
  const taken: Candidate[] = [];
  let end = 0;
  for (const c of cands) end = Math.max(end, c.t1);
  const used = new Uint8Array(end);
  for (const c of sorted) {
    let free = true;
    for (let k = c.t0; k < c.t1 && free; k++) if (used[k] === 1) free = false;
    if (!free) continue;
    used.fill(1, c.t0, c.t1);
    taken.push(c);
  }
  return taken.sort((a, b) => a.start - b.start);
}

/**
 * A nisba right after a person named by their lineage is their family name,
 * not their state (عبدالله بن عبدالمحسن التركي، سعد بن محمد المصري): Gulf
 * names carry such family names, and a state's adjective rarely follows a
 * full lineage. Only unlinked names are widened (a known person's name is
 * complete) and only by a definite adjective without proclitics.
 */
export function widenLineageToFamilyNisba(kb: Kb, text: string, tokens: readonly Token[], names: readonly Candidate[]): Candidate[] {
  const starts = new Set(names.map((n) => n.t0));
  return names.map((n) => {
    if (n.type !== 'PER' || n.kbId !== undefined || n.words.length < 3) return n;
    if (!/^(بن|ابن)$/.test(n.words[n.words.length - 2] ?? '')) return n;
    const next = tokens[n.t1];
    const last = tokens[n.t1 - 1];
    if (!next || !last || next.sentence !== last.sentence || next.kind !== 'word' || starts.has(n.t1)) return n;
    if (!next.norm.startsWith('ال') || !kb.names.get(next.norm)?.some((r) => r.kind === 'adjective')) return n;
    return { ...n, end: next.end, t1: n.t1 + 1, words: [...n.words, next.norm], surface: surface(text, n.start, next.end) };
  });
}
