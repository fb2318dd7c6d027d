import { lazy, readDataJson } from '../resources/data-files.js';
import { normaliseString } from '../text/normalise/normalise.js';
import { phraseWords } from './scan-tokens.js';

/**
 * The quantity lexicons (data/quantities/*.json), folded with the project's
 * normaliser and compiled into Maps once, on first use.
 */

interface NumbersFile {
  units: Record<string, number>;
  standaloneExcluded: string[];
  teenTails: string[];
  tens: Record<string, number>;
  hundreds: Record<string, number>;
  hundredWords: string[];
  scales: Record<string, number>;
  pluralScales: string[];
  duals: Record<string, number>;
  vague: Record<string, number>;
  fractions: Record<string, number>;
  ordinals: Record<string, number>;
  ordinalTens: Record<string, number>;
  ordinalTeenTails: string[];
  ordinalNeedsTail: string[];
}

interface CurrencyFile {
  currencies: { code: string; forms: string[]; symbols: string[] }[];
  ambiguous: Record<string, { default: string; forms: string[]; byCountry: Record<string, string> }>;
  minorUnits: Record<string, { forms: string[]; of: string; factor: number }>;
}

interface UnitsFile {
  duration: Record<string, string[]>;
  measure: Record<string, string[]>;
}

interface CuesFile {
  percent: string[];
  identifiers: string[];
  ordinalNouns: string[];
  moneyCues: string[];
  counted: string[];
  idioms: string[];
  ordinalExcludedAfter: string[];
  ordinalTensAfter: string[];
  closers: string[];
}

const n = (s: string): string => normaliseString(s);

function foldRecord(r: Record<string, number>): Map<string, number> {
  const m = new Map<string, number>();
  for (const [k, v] of Object.entries(r)) m.set(n(k), v);
  return m;
}

function foldSet(list: readonly string[]): Set<string> {
  return new Set(list.map(n));
}

export interface NumberLexicon {
  units: Map<string, number>;
  standaloneExcluded: Set<string>;
  teenTails: Set<string>;
  tens: Map<string, number>;
  hundreds: Map<string, number>;
  hundredWords: Set<string>;
  scales: Map<string, number>;
  pluralScales: Set<string>;
  duals: Map<string, number>;
  vague: Map<string, number>;
  fractions: Map<string, number>;
  ordinals: Map<string, number>;
  ordinalTens: Map<string, number>;
  ordinalTeenTails: Set<string>;
  ordinalNeedsTail: Set<string>;
}

export const numberLexicon = lazy((): NumberLexicon => {
  const f = readDataJson<NumbersFile>('quantities/numbers.json');
  return {
    units: foldRecord(f.units),
    standaloneExcluded: foldSet(f.standaloneExcluded),
    teenTails: foldSet(f.teenTails),
    tens: foldRecord(f.tens),
    hundreds: foldRecord(f.hundreds),
    hundredWords: foldSet(f.hundredWords),
    scales: foldRecord(f.scales),
    pluralScales: foldSet(f.pluralScales),
    duals: foldRecord(f.duals),
    vague: foldRecord(f.vague),
    fractions: foldRecord(f.fractions),
    ordinals: foldRecord(f.ordinals),
    ordinalTens: foldRecord(f.ordinalTens),
    ordinalTeenTails: foldSet(f.ordinalTeenTails),
    ordinalNeedsTail: foldSet(f.ordinalNeedsTail),
  };
});

/** A phrase lexicon: word sequences (normalised) mapped to a value, longest first. */
export class PhraseTable<V> {
  private readonly byFirst = new Map<string, { words: string[]; value: V }[]>();
  maxWords = 1;

  add(phrase: string, value: V): void {
    const words = splitPhrase(n(phrase));
    const first = words[0];
    if (first === undefined) return;
    let list = this.byFirst.get(first);
    if (!list) {
      list = [];
      this.byFirst.set(first, list);
    }
    if (list.some((e) => e.words.join(' ') === words.join(' '))) return;
    list.push({ words, value });
    list.sort((a, b) => b.words.length - a.words.length);
    if (words.length > this.maxWords) this.maxWords = words.length;
  }

  /** Candidates whose first word is `first`, longest first. */
  candidates(first: string): readonly { words: string[]; value: V }[] {
    return this.byFirst.get(first) ?? [];
  }

  has(first: string): boolean {
    return this.byFirst.has(first);
  }

  /** Every first word of the table's phrases. */
  firstWords(): IterableIterator<string> {
    return this.byFirst.keys();
  }
}

/** Splits a folded phrase into the words the scanner produces (`/` stands alone). */
export function splitPhrase(s: string): string[] {
  return phraseWords(s);
}

export interface CurrencyValue {
  code: string;
  /** A bare name (ريال) whose country the document decides. */
  ambiguous?: string;
  /** Minor units (سنت) scale the amount. */
  factor?: number;
}

export interface UnitValue {
  kind: 'duration' | 'measure';
  unit: string;
  /** Dual forms (يومين) carry their own value. */
  dual?: number;
}

export interface QuantityLexicon {
  currencies: PhraseTable<CurrencyValue>;
  symbols: Map<string, string>;
  ambiguousCountries: Map<string, { default: string; byCountry: PhraseTable<string> }>;
  units: PhraseTable<UnitValue>;
  percent: PhraseTable<true>;
  counted: PhraseTable<number>;
  idioms: PhraseTable<true>;
  identifiers: Set<string>;
  ordinalNouns: Set<string>;
  moneyCues: Set<string>;
  ordinalExcludedAfter: Set<string>;
  ordinalTensAfter: Set<string>;
  closers: Set<string>;
}

function splitDual(form: string): [string, number | undefined] {
  const i = form.lastIndexOf(':');
  if (i < 0) return [form, undefined];
  return [form.slice(0, i), Number(form.slice(i + 1))];
}

export const quantityLexicon = lazy((): QuantityLexicon => {
  const cur = readDataJson<CurrencyFile>('quantities/currencies.json');
  const units = readDataJson<UnitsFile>('quantities/units.json');
  const cues = readDataJson<CuesFile>('quantities/cues.json');
  const currencies = new PhraseTable<CurrencyValue>();
  const symbols = new Map<string, string>();
  for (const c of cur.currencies) {
    for (const f of c.forms) currencies.add(f, { code: c.code });
    for (const s of c.symbols) symbols.set(s, c.code);
  }
  const ambiguousCountries = new Map<string, { default: string; byCountry: PhraseTable<string> }>();
  for (const [name, a] of Object.entries(cur.ambiguous)) {
    for (const f of a.forms) currencies.add(f, { code: a.default, ambiguous: n(name) });
    const byCountry = new PhraseTable<string>();
    for (const [country, code] of Object.entries(a.byCountry)) byCountry.add(country, code);
    ambiguousCountries.set(n(name), { default: a.default, byCountry });
  }
  for (const m of Object.values(cur.minorUnits)) {
    for (const f of m.forms) currencies.add(f, { code: m.of, factor: m.factor });
  }
  const unitTable = new PhraseTable<UnitValue>();
  for (const kind of ['duration', 'measure'] as const) {
    for (const [unit, forms] of Object.entries(units[kind])) {
      for (const raw of forms) {
        const [form, dual] = splitDual(raw);
        unitTable.add(form, dual === undefined ? { kind, unit } : { kind, unit, dual });
      }
    }
  }
  const percent = new PhraseTable<true>();
  for (const p of cues.percent) percent.add(p, true);
  const counted = new PhraseTable<number>();
  for (const raw of cues.counted) {
    const [form, dual] = splitDual(raw);
    counted.add(form, dual ?? 0);
  }
  const idioms = new PhraseTable<true>();
  for (const p of cues.idioms) idioms.add(p, true);
  return {
    currencies,
    symbols,
    ambiguousCountries,
    units: unitTable,
    percent,
    counted,
    idioms,
    identifiers: foldSet(cues.identifiers),
    ordinalNouns: foldSet(cues.ordinalNouns),
    moneyCues: foldSet(cues.moneyCues),
    ordinalExcludedAfter: foldSet(cues.ordinalExcludedAfter),
    ordinalTensAfter: foldSet(cues.ordinalTensAfter),
    closers: foldSet(cues.closers),
  };
});

/**
 * Proclitic combinations a number word, a unit or a time word may carry.
 * `لل` stands for ل + ال.
 */
export const PREFIXES_PLAIN = ['', 'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'وك', 'فب', 'فل'] as const;
export const PREFIXES_DEFINITE = [
  ...PREFIXES_PLAIN, 'ال', 'وال', 'بال', 'فال', 'كال', 'وبال', 'لل', 'ولل', 'فلل', 'فبال',
] as const;

/**
 * Looks a word up in a map, trying it bare and then without each allowed
 * proclitic. Returns the value and the length of the stripped prefix.
 */
export function lookupClitic<V>(
  map: ReadonlyMap<string, V>,
  word: string,
  prefixes: readonly string[] = PREFIXES_PLAIN,
): { value: V; prefix: number; stem: string } | undefined {
  for (const p of prefixes) {
    if (p.length > 0 && !word.startsWith(p)) continue;
    let stem = word.slice(p.length);
    if (p.endsWith('لل')) stem = 'ال' + stem;
    if (stem.length < 2 && p.length > 0) continue;
    const v = map.get(stem);
    if (v !== undefined) return { value: v, prefix: p.length, stem };
  }
  return undefined;
}

/** The stems a word may have once an allowed proclitic is removed (itself first). */
export function stemsOf(word: string, prefixes: readonly string[] = PREFIXES_PLAIN): { stem: string; prefix: number }[] {
  const out: { stem: string; prefix: number }[] = [];
  for (const p of prefixes) {
    if (p.length > 0 && !word.startsWith(p)) continue;
    let stem = word.slice(p.length);
    if (p.endsWith('لل')) stem = 'ال' + stem;
    if (stem.length < 2 && p.length > 0) continue;
    out.push({ stem, prefix: p.length });
  }
  return out;
}
