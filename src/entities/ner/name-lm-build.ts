/**
 * Builds the letter models of names and other words from WikiFANE's stems.
 *
 *   npm run train:ner:namelm [-- --out data/ner/namelm.tsv]
 */
import { writeFileSync } from 'node:fs';
import { dataPath } from '../../resources/data-files.js';
import { serialiseNameLM } from './name-lm.js';
import { nameLMFromWikifane } from './trainer.js';

function main(): void {
  const args = process.argv.slice(2);
  const oi = args.indexOf('--out');
  const out = oi >= 0 ? (args[oi + 1] as string) : dataPath('ner/namelm.tsv');
  const lm = nameLMFromWikifane();
  writeFileSync(out, serialiseNameLM(lm));
  console.error(`wrote ${out}: ${lm.counts.size} n-grams`);
}

main();
