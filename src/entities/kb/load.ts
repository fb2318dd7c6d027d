/**
 * Loads the knowledge base: every entry file listed in data/kb/manifest.json
 * (checked for presence and checksum) and the matching lexicons, and builds
 * the indexes the entity linker uses. Loaded once, on first use.
 */
import { IsnadError } from '../../core/errors.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataPath, lazy } from '../../resources/data-files.js';
import { normaliseString } from '../../text/normalise/normalise.js';
import { sha256, type KbManifest } from './build-manifest.js';
import { validateEntry, type KbEntry } from './schema.js';

/** How a surface form names its entry. */
export type NameKind = 'name' | 'adjective' | 'capital';

export interface NameRef {
  id: string;
  kind: NameKind;
  /** An outlet or club named by a common word: needs a descriptor or quotes. */
  contextOnly: boolean;
  /** A generic institution name (وزارة الداخلية): only for the document's own country. */
  countryScoped: boolean;
  /** A form such as المملكة: for its country whenever the document names that country at all. */
  looseScope: boolean;
}

export interface TitleLexicon {
  simple: Set<string>;
  construct: Set<string>;
  modifiers: Set<string>;
  spokesperson: Set<string>;
  minister: Set<string>;
}

export interface Kb {
  entries: Map<string, KbEntry>;
  /** Normalised form (tokens joined by one space) → what it names. */
  names: Map<string, NameRef[]>;
  /** First token of a form → the longest form starting with it, in tokens. */
  firstToken: Map<string, number>;
  /** Normalised descriptor word (صحيفه, وكاله…) → its class (صحيفة, وكالة…). */
  descriptors: Map<string, string>;
  /** Forms that must not follow these words (المغرب after صلاة). */
  notAfter: Map<string, Set<string>>;
  /** Forms that are no names before these words (النيل من: to harm, not the river). */
  notBefore: Map<string, Set<string>>;
  /** Words after which an outlet named by a common word is the outlet (وفق الأناضول، بحسب الأناضول). */
  sourceCues: Set<string>;
  titles: TitleLexicon;
  /** Tagged spans that are never names (currency words…). */
  notNames: Set<string>;
  /** Words before a capital that make it a place, not its government (في، زار…). */
  placeWords: Set<string>;
  /** Last name tokens too common to be matched alone across the document. */
  surnameStop: Set<string>;
  /** Heads of common-noun phrases (الحكومة الانتقالية) that are descriptions, not names. */
  genericHeads: Set<string>;
  /** Words before a name that are not part of it (مدينة، دولة، سلطنة…). */
  aliasDescriptors: Set<string>;
  /** Function words a tagged span never starts with (فإن حفتر → حفتر). */
  particles: Set<string>;
  /** Forms that are definite descriptions, not names (المملكة): their mentions are of kind description. */
  descriptionForms: Set<string>;
  /** Capital entry id → its state's entry id. */
  capitalOf: Map<string, string>;
  /** ISO code → state entry id. */
  stateOf: Map<string, string>;
  /** Problems found while loading (duplicate ids); not fatal. */
  warnings: string[];
}

export interface PolicyFile {
  descriptors: Record<string, string>;
  contextOnly: string[];
  blockedBare: string[];
  notAfter: Record<string, string[]>;
  notBefore?: Record<string, string[]>;
  sourceCues?: string[];
  countryScopedHeads: string[];
  notNames: string[];
  placeWords: string[];
  surnameStop: string[];
  aliasDescriptors: string[];
  genericHeads: string[];
  countryScopedForms: string[];
  particles: string[];
  descriptionForms?: string[];
}

export interface TitlesFile {
  simple: string[];
  construct: string[];
  modifiers: string[];
  spokesperson: string[];
  minister: string[];
}

/** Normalises a form for matching: the default folds, quotes and brackets dropped, single spaces. */
export function formKey(s: string): string {
  return normaliseString(s)
    .replace(/[«»"“”'()[\]]/g, ' ')
    .trim()
    .split(/\s+/)
    .join(' ');
}

/** Drops a leading ال from a normalised word. */
export function bare(word: string): string {
  return word.startsWith('ال') && word.length > 3 ? word.slice(2) : word;
}

function readJson<T>(dir: string, rel: string, expectedSha: string | undefined): T {
  let buf: Buffer;
  try {
    buf = readFileSync(join(dir, rel));
  } catch (e) {
    throw new IsnadError('RESOURCE_MISSING', `cannot read knowledge-base file: ${(e as Error).message}`, `data/kb/${rel}`);
  }
  if (expectedSha !== undefined && sha256(buf) !== expectedSha) {
    throw new IsnadError('RESOURCE_CORRUPT', 'checksum does not match data/kb/manifest.json (run npm run kb:manifest after editing)', `data/kb/${rel}`);
  }
  try {
    return JSON.parse(buf.toString('utf8')) as T;
  } catch (e) {
    throw new IsnadError('RESOURCE_CORRUPT', `not valid JSON: ${(e as Error).message}`, `data/kb/${rel}`);
  }
}

/** Builds the knowledge base from entries and lexicons (exposed for tests). */
export function buildKb(entryList: readonly KbEntry[], policy: PolicyFile, titles: TitlesFile): Kb {
  const warnings: string[] = [];
  const entries = new Map<string, KbEntry>();
  for (const e of entryList) {
    if (entries.has(e.id)) {
      warnings.push(`duplicate id ${e.id}: the first one is kept`);
      continue;
    }
    entries.set(e.id, e);
  }
  const blocked = new Set(policy.blockedBare.map(formKey));
  const contextOnly = new Set(policy.contextOnly.map(formKey));
  const scopedHeads = new Set(policy.countryScopedHeads.map(formKey));
  const stateOf = new Map<string, string>();
  const capitalOf = new Map<string, string>();
  // words that name or describe a state: a name containing one is not generic
  const stateWords = new Set<string>();
  for (const e of entries.values()) {
    if (e.id.startsWith('gpe:') && /^gpe:[A-Z]{2}$/.test(e.id) && e.country) {
      stateOf.set(e.country, e.id);
      for (const f of [e.name, ...(e.aliases ?? []), ...(e.nisba ?? [])]) {
        for (const w of formKey(f).split(' ')) stateWords.add(w);
      }
      if (e.capital) stateWords.add(formKey(e.capital));
    }
  }
  for (const e of entries.values()) {
    if (e.country && e.roles?.includes('عاصمة') && !/^gpe:[A-Z]{2}$/.test(e.id)) {
      const state = stateOf.get(e.country);
      const st = state ? entries.get(state) : undefined;
      if (state && st && st.capital && formKey(st.capital) === formKey(e.name)) capitalOf.set(e.id, state);
    }
  }
  const names = new Map<string, NameRef[]>();
  const firstToken = new Map<string, number>();
  const add = (form: string, ref: NameRef) => {
    const key = formKey(form);
    if (key === '' || blocked.has(key)) return;
    const list = names.get(key) ?? [];
    if (list.some((r) => r.id === ref.id && r.kind === ref.kind)) return;
    list.push(ref);
    names.set(key, list);
    const words = key.split(' ');
    const first = words[0] as string;
    firstToken.set(first, Math.max(firstToken.get(first) ?? 0, words.length));
  };
  const generic = (e: KbEntry, key: string) => {
    if (!e.country || e.sector === 'IGO' || e.sector === 'MED' || e.type === 'GPE' || e.type === 'LOC') return false;
    const words = key.split(' ');
    if (!scopedHeads.has(words[0] as string)) return false;
    return !words.some((w) => stateWords.has(w) || stateWords.has(bare(w)));
  };
  const aliasDescriptors = new Set(policy.aliasDescriptors.map(formKey));
  const scopedForms = new Set(policy.countryScopedForms.map(formKey));
  for (const e of entries.values()) {
    const kind: NameKind = capitalOf.has(e.id) ? 'capital' : 'name';
    const own = new Set([e.name, ...(e.aliases ?? [])].map(formKey).filter((k) => !blocked.has(k)));
    for (const f of [e.name, ...(e.aliases ?? [])]) {
      const key = formKey(f);
      // "مدينة سرت", "وكالة رويترز": the descriptor stays outside the name when the bare name is known
      const [head, ...rest] = key.split(' ');
      if (head !== undefined && aliasDescriptors.has(head) && own.has(rest.join(' '))) continue;
      add(f, {
        id: e.id,
        kind,
        contextOnly: (e.type === 'ORG' || e.type === 'PER') && contextOnly.has(key),
        countryScoped: generic(e, key) || scopedForms.has(key),
        looseScope: scopedForms.has(key),
      });
    }
    for (const f of e.nisba ?? []) add(f, { id: e.id, kind: 'adjective', contextOnly: false, countryScoped: false, looseScope: false });
  }
  const descriptors = new Map<string, string>();
  for (const [w, cls] of Object.entries(policy.descriptors)) descriptors.set(formKey(w), cls);
  const notAfter = new Map<string, Set<string>>();
  for (const [w, prev] of Object.entries(policy.notAfter)) notAfter.set(formKey(w), new Set(prev.map(formKey)));
  const notBefore = new Map<string, Set<string>>();
  for (const [w, next] of Object.entries(policy.notBefore ?? {})) notBefore.set(formKey(w), new Set(next.map(formKey)));
  const set = (xs: string[]) => new Set(xs.map((x) => bare(formKey(x))));
  return {
    entries,
    names,
    firstToken,
    descriptors,
    notAfter,
    notBefore,
    sourceCues: new Set((policy.sourceCues ?? []).map(formKey)),
    titles: {
      simple: set(titles.simple),
      construct: set(titles.construct),
      modifiers: set(titles.modifiers),
      spokesperson: set(titles.spokesperson),
      minister: set(titles.minister),
    },
    notNames: new Set(policy.notNames.map(formKey)),
    placeWords: new Set(policy.placeWords.map(formKey)),
    surnameStop: new Set(policy.surnameStop.map(formKey)),
    genericHeads: new Set(policy.genericHeads.map(formKey)),
    particles: new Set(policy.particles.map(formKey)),
    descriptionForms: new Set((policy.descriptionForms ?? []).map(formKey)),
    aliasDescriptors,
    capitalOf,
    stateOf,
    warnings,
  };
}

/**
 * Reads the manifest of `dir` (data/kb/ by default) and every file it lists;
 * RESOURCE_MISSING when a file is absent, RESOURCE_CORRUPT when its checksum
 * or content is wrong.
 */
export function readKbFiles(dir: string = dataPath('kb')): { entries: KbEntry[]; policy: PolicyFile; titles: TitlesFile } {
  const manifest = readJson<KbManifest>(dir, 'manifest.json', undefined);
  if (!manifest || typeof manifest.entries !== 'object') {
    throw new IsnadError('RESOURCE_CORRUPT', 'manifest has no entries', 'data/kb/manifest.json');
  }
  const entries: KbEntry[] = [];
  for (const [file, meta] of Object.entries(manifest.entries)) {
    const list = readJson<unknown>(dir, file, meta.sha256);
    if (!Array.isArray(list)) throw new IsnadError('RESOURCE_CORRUPT', 'not an array of entries', `data/kb/${file}`);
    list.forEach((raw, i) => {
      const problems = validateEntry(raw, `data/kb/${file}#${i}`);
      if (problems.length > 0) throw new IsnadError('RESOURCE_CORRUPT', problems.join('; '), `data/kb/${file}`);
      entries.push(raw as KbEntry);
    });
  }
  const lex = manifest.lexicons ?? {};
  const policy = readJson<PolicyFile>(dir, 'lexicon/policy.json', lex['lexicon/policy.json']?.sha256);
  const titles = readJson<TitlesFile>(dir, 'lexicon/titles.json', lex['lexicon/titles.json']?.sha256);
  return { entries, policy, titles };
}

/** The knowledge base of the repository, loaded on first use. */
export const loadKb = lazy((): Kb => {
  const { entries, policy, titles } = readKbFiles();
  return buildKb(entries, policy, titles);
});
