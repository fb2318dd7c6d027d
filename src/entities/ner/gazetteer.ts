import { readDataFile, lazy } from '../../resources/data-files.js';
import { normaliseString } from '../../text/normalise/normalise.js';

/**
 * Gazetteers written for the tagger (data/ner/gazetteer/*.txt): one entry a
 * line, `#` comments. Entries are normalised with the project's normaliser
 * before matching, like every token.
 */
export const GAZ_CATEGORIES = [
  'first', // personal first names
  'part', // family-name particles: بن، أبو، آل
  'title', // titles and roles before a name
  'orghead', // organisation head words: وزارة، حزب، وكالة
  'org', // well-known organisations, outlets, parties
  'country', // countries (GPE)
  'city', // cities and capitals (GPE)
  'region', // provinces, regions acting as polities (GPE)
  'lochead', // natural-feature heads: بحر، نهر، جبل
  'loc', // natural places: seas, rivers, mountains, deserts
  'nisba', // nationality adjectives: الليبي، الروسية
  'person', // well-known public figures, full names and family names
  'kbper', // people of the knowledge base (data/kb), generated
  'kborg', // organisations of the knowledge base, generated
  'kbloc', // countries, cities and places of the knowledge base, generated
  'club', // sports clubs and sports bodies
  'company', // companies and brands
  'media', // channels, newspapers, agencies, news sites
  'misc', // tournaments, prizes, wars, religions, currencies, products, works
  'town', // provinces, towns, districts, camps and the world's cities
  'celeb', // well-known people beyond politics
  'athlete', // athletes, coaches and sports officials
  'family', // family names used alone (الغامدي، شرودر)
  'institution', // parties, armed groups, universities, international bodies, NGOs
] as const;
export type GazCategory = (typeof GAZ_CATEGORIES)[number];

export interface Gazetteer {
  /** Normalised single word → bitmask of categories it belongs to (alone or inside an entry). */
  words: Map<string, number>;
  /** First word → entries starting with it (all words normalised), longest first. */
  entries: Map<string, { words: string[]; cat: number }[]>;
  /** Normalised full entry (words joined by one space) → category bitmask. */
  full: Map<string, number>;
  /** Normalised word → categories of the multi-word entries it is part of. */
  parts: Map<string, number>;
}

export function buildGazetteer(lists: Partial<Record<GazCategory, readonly string[]>>): Gazetteer {
  const words = new Map<string, number>();
  const entries = new Map<string, { words: string[]; cat: number }[]>();
  const full = new Map<string, number>();
  const parts = new Map<string, number>();
  GAZ_CATEGORIES.forEach((cat, ci) => {
    const bit = 1 << ci;
    for (const raw of lists[cat] ?? []) {
      const ws = normaliseString(raw).split(/\s+/).filter((w) => w.length > 0);
      if (ws.length === 0) continue;
      const key = ws.join(' ');
      full.set(key, (full.get(key) ?? 0) | bit);
      if (ws.length === 1) words.set(ws[0] as string, (words.get(ws[0] as string) ?? 0) | bit);
      else for (const w of ws) if (w.length > 2) parts.set(w, (parts.get(w) ?? 0) | bit);
      const first = ws[0] as string;
      let list = entries.get(first);
      if (!list) {
        list = [];
        entries.set(first, list);
      }
      list.push({ words: ws, cat: bit });
    }
  });
  for (const list of entries.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { words, entries, full, parts };
}

export function parseList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.replace(/#.*$/, '').trim())
    .filter((l) => l.length > 0);
}

export const loadGazetteer = lazy((): Gazetteer => {
  const lists: Partial<Record<GazCategory, string[]>> = {};
  for (const cat of GAZ_CATEGORIES) {
    lists[cat] = parseList(readDataFile(`ner/gazetteer/${cat}.txt`).toString('utf8'));
  }
  return buildGazetteer(lists);
});

export function categoryBit(cat: GazCategory): number {
  return 1 << GAZ_CATEGORIES.indexOf(cat);
}
