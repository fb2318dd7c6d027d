/**
 * Generates data/kb/countries.json (one GPE entry per ISO 3166-1 country or
 * territory) and data/kb/capitals.json from the Arabic locale of the
 * i18n-iso-countries package plus the curated overlay
 * data/kb/src/countries-overlay.json (aliases, nisba forms, capitals,
 * Wikidata ids). Run: npm run kb:countries (then npm run kb:manifest).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dataPath } from '../../resources/data-files.js';
import type { KbEntry } from './schema.js';

interface CapitalOverlay {
  name: string;
  aliases?: string[];
  en: string;
  q?: string;
}

interface CountryOverlay {
  q?: string;
  name?: string;
  aliases?: string[];
  nisba?: string[];
  forms?: string[];
  capital?: CapitalOverlay;
}

interface LocaleFile {
  countries: Record<string, string | string[]>;
}

const require = createRequire(import.meta.url);

/** Every surface form of a nisba stem: the adjective with and without ال, feminine, plural. */
export function nisbaForms(stem: string): string[] {
  const words = stem.split(' ');
  const inflect = (suffix: string, article: boolean) =>
    words.map((w) => (article ? 'ال' : '') + w + suffix).join(' ');
  const out: string[] = [];
  for (const article of [true, false]) {
    out.push(inflect('', article), inflect('ة', article));
    if (words.length === 1) out.push(inflect('ون', article), inflect('ين', article));
  }
  return out;
}

function uniq(xs: string[]): string[] {
  return [...new Set(xs.filter((x) => x.trim() !== ''))];
}

function slug(en: string): string {
  return en
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function generate(): { countries: KbEntry[]; capitals: KbEntry[]; unmatched: string[] } {
  const ar = require('i18n-iso-countries/langs/ar.json') as LocaleFile;
  const en = require('i18n-iso-countries/langs/en.json') as LocaleFile;
  const overlay = JSON.parse(readFileSync(dataPath('kb/src/countries-overlay.json'), 'utf8')) as {
    countries: Record<string, CountryOverlay>;
  };
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const all = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
  const countries: KbEntry[] = [];
  const capitals: KbEntry[] = [];
  const codes = Object.keys(ar.countries).sort();
  for (const code of codes) {
    const o = overlay.countries[code] ?? {};
    const arNames = all(ar.countries[code]);
    const name = o.name ?? arNames[0];
    if (name === undefined) continue;
    const enName = first(en.countries[code]) ?? code;
    const aliases = uniq([...arNames, ...(o.aliases ?? [])].filter((a) => a !== name));
    const entry: KbEntry = { id: `gpe:${code}`, type: 'GPE', name, aliases, en: enName, country: code };
    if (o.q) entry.wikidata = o.q;
    const nisba = uniq([...(o.nisba ?? []).flatMap(nisbaForms), ...(o.forms ?? [])]);
    if (nisba.length > 0) entry.nisba = nisba;
    if (o.capital) entry.capital = o.capital.name;
    countries.push(entry);
    if (o.capital) {
      const c = o.capital;
      const cap: KbEntry = {
        id: `gpe:${code}-${slug(c.en)}`,
        type: 'GPE',
        name: c.name,
        aliases: uniq(c.aliases ?? []),
        en: c.en,
        country: code,
        roles: ['عاصمة'],
      };
      if (c.q) cap.wikidata = c.q;
      capitals.push(cap);
    }
  }
  const unmatched = Object.keys(overlay.countries).filter((k) => !(k in ar.countries));
  return { countries, capitals, unmatched };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { countries, capitals, unmatched } = generate();
  if (unmatched.length > 0) console.error(`overlay codes not in ISO list: ${unmatched.join(', ')}`);
  writeFileSync(dataPath('kb/countries.json'), JSON.stringify(countries, null, 1) + '\n');
  writeFileSync(dataPath('kb/capitals.json'), JSON.stringify(capitals, null, 1) + '\n');
  console.log(`wrote ${countries.length} countries, ${capitals.length} capitals`);
}
