/**
 * The knowledge-base entry: one JSON file under data/kb/ holds an array of
 * these. The shape is fixed; every entry file listed in data/kb/manifest.json
 * follows it.
 */
export type KbType = 'PER' | 'ORG' | 'GPE' | 'LOC' | 'MISC';

export interface KbEntry {
  /** Stable slug: `per:khalifa-haftar`, `org:reuters`, `gpe:LY`. */
  id: string;
  type: KbType;
  /** PLOVER-style sector code: GOV MIL REB IGO MED PTY BUS REL CVL JUD … */
  sector?: string;
  /** Canonical Arabic name. */
  name: string;
  /** Arabic variants, common spellings. */
  aliases?: string[];
  en?: string;
  /** Wikidata id, only where known as a fact. */
  wikidata?: string;
  /** ISO 3166-1 alpha-2 code, when relevant. */
  country?: string;
  /** Arabic role words: وزير الدفاع, صحيفة, وكالة … */
  roles?: string[];
  /** For states: the nisba adjective forms (الروسي، الروسية، …). */
  nisba?: string[];
  /** For states: the capital's Arabic name. */
  capital?: string;
  /** Years the first role was held: "2015-", "2005-2015", "2009-2013, 2016-". */
  period?: string;
}

const TYPES = new Set<string>(['PER', 'ORG', 'GPE', 'LOC', 'MISC']);
const STRING_LISTS = ['aliases', 'roles', 'nisba'] as const;
const STRINGS = ['sector', 'en', 'wikidata', 'country', 'capital', 'period'] as const;

/**
 * Checks one entry; returns a list of problems (empty when valid). `where`
 * prefixes each problem so a message names file and index.
 */
export function validateEntry(value: unknown, where: string): string[] {
  const problems: string[] = [];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [`${where}: not an object`];
  const e = value as Record<string, unknown>;
  if (typeof e.id !== 'string' || !/^[a-z]+:[^\s]+$/.test(e.id)) problems.push(`${where}: bad id ${JSON.stringify(e.id)}`);
  if (typeof e.type !== 'string' || !TYPES.has(e.type)) problems.push(`${where}: bad type ${JSON.stringify(e.type)}`);
  if (typeof e.name !== 'string' || e.name.trim() === '') problems.push(`${where}: missing name`);
  for (const k of STRINGS) {
    if (e[k] !== undefined && typeof e[k] !== 'string') problems.push(`${where}: ${k} must be a string`);
  }
  for (const k of STRING_LISTS) {
    const v = e[k];
    if (v !== undefined && (!Array.isArray(v) || v.some((x) => typeof x !== 'string'))) {
      problems.push(`${where}: ${k} must be a list of strings`);
    }
  }
  if (typeof e.wikidata === 'string' && !/^Q[1-9][0-9]*$/.test(e.wikidata)) problems.push(`${where}: bad wikidata ${e.wikidata}`);
  if (typeof e.country === 'string' && !/^[A-Z]{2}$/.test(e.country)) problems.push(`${where}: bad country ${e.country}`);
  return problems;
}
