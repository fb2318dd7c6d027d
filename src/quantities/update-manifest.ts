/**
 * Rewrites data/quantities/manifest.json and data/times/manifest.json after a
 * lexicon edit: npx tsx src/quantities/update-manifest.ts
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dataPath } from '../resources/data-files.js';

export const LEXICON_DIRS = ['quantities', 'times'] as const;

export interface Manifest {
  version: number;
  description: string;
  files: Record<string, { version: number; source: string; sha256: string }>;
}

export function buildManifest(dir: string): Manifest {
  const files = readdirSync(dataPath(dir)).filter((f) => f.endsWith('.json') && f !== 'manifest.json').sort();
  const m: Manifest = {
    version: 1,
    description: `Hand-written lexicons of the ${dir} stage. Each file: its version, where it comes from, and its sha256 (checked by the tests).`,
    files: {},
  };
  for (const f of files) {
    const bytes = readFileSync(dataPath(`${dir}/${f}`));
    const version = (JSON.parse(bytes.toString('utf8')) as { version?: number }).version ?? 1;
    m.files[f] = {
      version,
      source: 'written by hand for this project (facts: ISO 4217 codes, calendar month names)',
      sha256: createHash('sha256').update(bytes).digest('hex'),
    };
  }
  return m;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) {
  for (const dir of LEXICON_DIRS) {
    writeFileSync(dataPath(`${dir}/manifest.json`), JSON.stringify(buildManifest(dir), null, 2) + '\n');
  }
}
