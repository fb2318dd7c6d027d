/**
 * Validation of the political and military actors of the knowledge base
 * (data/kb/actors-*.json): people, governments as bodies, armed forces, armed
 * groups, parties and movements.
 *
 * Each file is a JSON array of entries:
 *   {
 *     "id": "per:khalifa-haftar",        // stable slug; prefix matches the type
 *     "type": "PER|ORG|GPE|LOC|MISC",
 *     "sector": "GOV|MIL|REB|PTY|IGO|MED|BUS|REL|CVL|JUD|LEG|OPP",
 *     "name": "خليفة حفتر",              // canonical Arabic name
 *     "aliases": ["حفتر"],                // other Arabic spellings and short forms
 *     "en": "Khalifa Haftar",
 *     "wikidata": "Q…",                   // optional
 *     "country": "LY",                    // optional ISO 3166-1 alpha-2 (absent for UN/EU officials and transnational groups)
 *     "roles": ["القائد العام للجيش الوطني الليبي"],
 *     "period": "2015-"                   // optional; span(s) of the first role: "2014-2019", "2009-2013, 2016-", "2015"
 *   }
 */
import { readFileSync } from 'node:fs';
import countries from 'i18n-iso-countries';
import { normaliseString } from '../../text/normalise/normalise.js';

export const ACTOR_TYPES = ['PER', 'ORG', 'GPE', 'LOC', 'MISC'] as const;
export type ActorType = (typeof ACTOR_TYPES)[number];

export const ACTOR_SECTORS = ['GOV', 'MIL', 'REB', 'PTY', 'IGO', 'MED', 'BUS', 'REL', 'CVL', 'JUD', 'LEG', 'OPP'] as const;
export type ActorSector = (typeof ACTOR_SECTORS)[number];

export interface ActorEntry {
  id: string;
  type: ActorType;
  sector: ActorSector;
  name: string;
  aliases: string[];
  en: string;
  wikidata?: string;
  country?: string;
  roles: string[];
  period?: string;
}

export interface ActorIssue {
  /** Where: "<file>#<index>" plus the id when known. */
  at: string;
  message: string;
}

export interface ActorValidation {
  entries: number;
  errors: ActorIssue[];
  /** Not wrong in themselves, but worth a look: the same alias on two entries. */
  warnings: ActorIssue[];
}

const ID_PREFIX: Record<ActorType, string> = { PER: 'per', ORG: 'org', GPE: 'gpe', LOC: 'loc', MISC: 'misc' };
const ID_RE = /^(per|org|gpe|loc|misc):[a-z0-9]+(?:-[a-z0-9]+)*$/;
const QID_RE = /^Q[1-9][0-9]*$/;
const YEAR = '(?:19|20)[0-9]{2}';
const RANGE = `${YEAR}(?:-(?:${YEAR})?)?`;
const PERIOD_RE = new RegExp(`^${RANGE}(?:, ${RANGE})*$`);
const ARABIC_LETTER_RE = /[\u0621-\u064A]/;
const LATIN_LETTER_RE = /[A-Za-z]/;
const KEYS = new Set(['id', 'type', 'sector', 'name', 'aliases', 'en', 'wikidata', 'country', 'roles', 'period']);
const REQUIRED = ['id', 'type', 'sector', 'name', 'aliases', 'en', 'roles'];

function isArabicText(s: string): boolean {
  return s.trim() === s && s.length > 0 && ARABIC_LETTER_RE.test(s) && !LATIN_LETTER_RE.test(s) && !/\s{2,}/.test(s);
}

function checkPeriod(period: string): string | undefined {
  if (!PERIOD_RE.test(period)) return `period "${period}" is not "YYYY", "YYYY-YYYY" or "YYYY-" (comma-separated)`;
  let last = 0;
  for (const range of period.split(', ')) {
    const [from, to] = range.split('-');
    const a = Number(from);
    if (a < last) return `period "${period}" is not in order`;
    if (to !== undefined && to !== '') {
      const b = Number(to);
      if (b < a) return `period "${period}" ends before it starts`;
      last = b;
    } else last = a;
  }
  return undefined;
}

/** Checks one entry's shape; returns its problems (empty when it is well formed). */
export function checkActorEntry(raw: unknown): string[] {
  const problems: string[] = [];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return ['entry is not an object'];
  const e = raw as Record<string, unknown>;
  for (const k of Object.keys(e)) if (!KEYS.has(k)) problems.push(`unknown field "${k}"`);
  for (const k of REQUIRED) if (!(k in e)) problems.push(`missing field "${k}"`);

  const type = e['type'];
  if (typeof type !== 'string' || !(ACTOR_TYPES as readonly string[]).includes(type)) problems.push(`bad type ${JSON.stringify(type)}`);
  const sector = e['sector'];
  if (typeof sector !== 'string' || !(ACTOR_SECTORS as readonly string[]).includes(sector)) problems.push(`bad sector ${JSON.stringify(sector)}`);

  const id = e['id'];
  if (typeof id !== 'string' || !ID_RE.test(id)) problems.push(`bad id ${JSON.stringify(id)}`);
  else if (typeof type === 'string' && type in ID_PREFIX && !id.startsWith(`${ID_PREFIX[type as ActorType]}:`)) {
    problems.push(`id "${id}" does not match type ${type}`);
  }

  const name = e['name'];
  if (typeof name !== 'string' || !isArabicText(name)) problems.push(`name ${JSON.stringify(name)} is not Arabic text`);

  const aliases = e['aliases'];
  if (!Array.isArray(aliases)) problems.push('aliases is not an array');
  else {
    const seen = new Set<string>();
    if (typeof name === 'string') seen.add(normaliseString(name));
    for (const a of aliases) {
      if (typeof a !== 'string' || !isArabicText(a)) {
        problems.push(`alias ${JSON.stringify(a)} is not Arabic text`);
        continue;
      }
      const n = normaliseString(a);
      if (seen.has(n)) problems.push(`alias "${a}" repeats the name or another alias once normalised`);
      seen.add(n);
    }
  }

  const en = e['en'];
  if (typeof en !== 'string' || en.trim() === '' || en.trim() !== en || !LATIN_LETTER_RE.test(en)) problems.push(`bad en ${JSON.stringify(en)}`);

  if ('wikidata' in e) {
    const q = e['wikidata'];
    if (typeof q !== 'string' || !QID_RE.test(q)) problems.push(`bad wikidata ${JSON.stringify(q)}`);
  }
  if ('country' in e) {
    const c = e['country'];
    if (typeof c !== 'string' || !/^[A-Z]{2}$/.test(c) || !countries.isValid(c)) problems.push(`bad country ${JSON.stringify(c)}`);
  }

  const roles = e['roles'];
  if (!Array.isArray(roles)) problems.push('roles is not an array');
  else {
    for (const r of roles) if (typeof r !== 'string' || !isArabicText(r)) problems.push(`role ${JSON.stringify(r)} is not Arabic text`);
    if (type === 'PER' && roles.length === 0) problems.push('a person needs at least one role');
    if (new Set(roles).size !== roles.length) problems.push('roles repeat');
  }

  if ('period' in e) {
    const p = e['period'];
    if (typeof p !== 'string') problems.push('period is not a string');
    else {
      const why = checkPeriod(p);
      if (why) problems.push(why);
    }
  }
  return problems;
}

/**
 * Validates whole files given as (label, parsed JSON) pairs: each entry's shape,
 * ids unique across all files, one entry per person or body (the same
 * normalised name and country twice is a duplicate), Wikidata ids unique.
 */
export function validateActorFiles(files: ReadonlyArray<{ label: string; data: unknown }>): ActorValidation {
  const errors: ActorIssue[] = [];
  const warnings: ActorIssue[] = [];
  const ids = new Map<string, string>();
  const names = new Map<string, string>();
  const qids = new Map<string, string>();
  const aliasOwners = new Map<string, string[]>();
  let count = 0;

  for (const { label, data } of files) {
    if (!Array.isArray(data)) {
      errors.push({ at: label, message: 'file is not a JSON array' });
      continue;
    }
    data.forEach((raw: unknown, i: number) => {
      count++;
      const obj = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
      const id = typeof obj['id'] === 'string' ? obj['id'] : '?';
      const at = `${label}#${i} ${id}`;
      for (const message of checkActorEntry(raw)) errors.push({ at, message });

      if (id !== '?') {
        const prev = ids.get(id);
        if (prev) errors.push({ at, message: `duplicate id (also at ${prev})` });
        else ids.set(id, at);
      }
      if (typeof obj['name'] === 'string') {
        const key = `${normaliseString(obj['name'])}|${String(obj['country'] ?? '')}`;
        const prev = names.get(key);
        if (prev) errors.push({ at, message: `duplicate name "${obj['name']}" (also at ${prev})` });
        else names.set(key, at);
      }
      if (typeof obj['wikidata'] === 'string') {
        const prev = qids.get(obj['wikidata']);
        if (prev) errors.push({ at, message: `duplicate wikidata ${obj['wikidata']} (also at ${prev})` });
        else qids.set(obj['wikidata'], at);
      }
      const forms = [obj['name'], ...(Array.isArray(obj['aliases']) ? obj['aliases'] : [])];
      for (const f of forms) {
        if (typeof f !== 'string') continue;
        const n = normaliseString(f);
        const owners = aliasOwners.get(n) ?? [];
        if (!owners.includes(id)) owners.push(id);
        aliasOwners.set(n, owners);
      }
    });
  }
  for (const [form, owners] of aliasOwners) {
    if (owners.length > 1) warnings.push({ at: owners.join(', '), message: `form "${form}" is shared` });
  }
  return { entries: count, errors, warnings };
}

export const ACTOR_FILES = ['kb/actors-people.json', 'kb/actors-groups.json', 'kb/actors-bodies.json'] as const;

/** Reads and validates files from disk (paths as given). */
export function validateActorPaths(paths: readonly string[]): ActorValidation {
  const files: { label: string; data: unknown }[] = [];
  const errors: ActorIssue[] = [];
  for (const p of paths) {
    try {
      files.push({ label: p, data: JSON.parse(readFileSync(p, 'utf8')) as unknown });
    } catch (e) {
      errors.push({ at: p, message: `cannot read: ${(e as Error).message}` });
    }
  }
  const result = validateActorFiles(files);
  return { ...result, errors: [...errors, ...result.errors] };
}

/** Counts of entries by a field, for reports. */
export function countBy(entries: readonly ActorEntry[], key: 'sector' | 'country' | 'type'): Record<string, number> {
  const out: Record<string, number> = {};
  for (const e of entries) {
    const k = e[key] ?? '-';
    out[k] = (out[k] ?? 0) + 1;
  }
  return out;
}

/** `npx tsx src/entities/kb/validate-actors.ts`: validates the shipped files and prints counts. */
async function main(): Promise<void> {
  const { dataPath } = await import('../../resources/data-files.js');
  const paths = ACTOR_FILES.map((f) => dataPath(f));
  const result = validateActorPaths(paths);
  const all: ActorEntry[] = [];
  for (const p of paths) {
    const entries = JSON.parse(readFileSync(p, 'utf8')) as ActorEntry[];
    console.log(`${p.slice(p.indexOf('kb/'))}: ${entries.length}`);
    all.push(...entries);
  }
  console.log(`total: ${result.entries}`);
  console.log('by type:', JSON.stringify(countBy(all, 'type')));
  console.log('by sector:', JSON.stringify(countBy(all, 'sector')));
  console.log('by country:', JSON.stringify(Object.fromEntries(Object.entries(countBy(all, 'country')).sort((a, b) => b[1] - a[1]))));
  for (const w of result.warnings) console.log(`warning ${w.at}: ${w.message}`);
  for (const e of result.errors) console.error(`error ${e.at}: ${e.message}`);
  if (result.errors.length > 0) process.exitCode = 1;
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) void main();
