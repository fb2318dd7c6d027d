import type { Label } from './labels.js';

/**
 * WikiFANE's 50 fine classes mapped to the coarse types of ANERcorp. Classes
 * ANERcorp does not tag (groups of people, planets, weapons, vehicles) become O.
 */
const FINE_TO_COARSE: Record<string, 'PER' | 'LOC' | 'ORG' | 'MISC' | 'O'> = {
  Politician: 'PER', Religious_PER: 'PER', Artist: 'PER', Other_PER: 'PER', Scientist: 'PER',
  Athlete: 'PER', Businessperson: 'PER', Engineer: 'PER', Lawyer: 'PER', Police: 'PER',
  Group: 'O',
  Government: 'ORG', Commercial: 'ORG', Educational: 'ORG', Media: 'ORG', 'Non-Governmental': 'ORG',
  Sports: 'ORG', Religious_ORG: 'ORG', Entertainment: 'ORG', 'Medical-Science': 'ORG',
  Nation: 'LOC', 'Population-Center': 'LOC', 'State-or-Province': 'LOC', 'County-or-District': 'LOC',
  'GPE-Cluster': 'LOC', Continent: 'LOC', 'Water-Body': 'LOC', 'Land-Region-Natural': 'LOC',
  'Building-Grounds': 'LOC', Airport: 'LOC', Path: 'LOC', 'Subarea-Facility': 'LOC',
  Celestial: 'O',
  Book: 'MISC', Movie: 'MISC', Software: 'MISC', Hardware: 'MISC', Sound: 'MISC',
  Food: 'O', Drug: 'O', Plant: 'O', Chemical: 'O',
  Air: 'O', Water: 'O', Land: 'O',
  Nuclear: 'O', Shooting: 'O', Blunt: 'O', Exploding: 'O', Projectile: 'O', Sharp: 'O',
};

export function mapWikifaneTag(raw: string): Label {
  const m = /^([BI])-(.+)$/.exec(raw.trim());
  if (!m) return 'O';
  const coarse = FINE_TO_COARSE[m[2] as string] ?? 'O';
  return coarse === 'O' ? 'O' : (`${m[1] as string}-${coarse}` as Label);
}
