/**
 * Derives a name lexicon from WikiFANE (mapped to coarse types): for each
 * normalised word, the tags it carries in names often enough.
 *
 *   npm run train:ner:lexicon [-- --out data/ner/lexicon.tsv]
 *
 * Output lines: `word<TAB>tag,tag…` with tags among B-PER I-PER B-LOC … kept
 * when a word carries the tag at least MIN_COUNT times and in at least
 * MIN_SHARE of its occurrences.
 */
import { writeFileSync } from 'node:fs';
import { dataPath } from '../../resources/data-files.js';
import { normaliseString } from '../../text/normalise/normalise.js';
import { readWikifane } from './trainer.js';

const MIN_COUNT = Number(process.env.LX_MIN ?? 2);
const MIN_SHARE = Number(process.env.LX_SHARE ?? 0.25);

function main(): void {
  const args = process.argv.slice(2);
  const oi = args.indexOf('--out');
  const out = oi >= 0 ? (args[oi + 1] as string) : dataPath('ner/lexicon.tsv');
  const counts = new Map<string, Map<string, number>>();
  for (const s of readWikifane()) {
    s.words.forEach((w, i) => {
      const n = normaliseString(w);
      let m = counts.get(n);
      if (!m) counts.set(n, (m = new Map()));
      const t = s.tags[i] as string;
      m.set(t, (m.get(t) ?? 0) + 1);
    });
  }
  const lines = ['# name lexicon derived from WikiFANE Gold 2014 (CC BY-SA 3.0, Alotaibi & Lee 2014), coarse types'];
  for (const [w, m] of [...counts.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    let total = 0;
    for (const v of m.values()) total += v;
    const tags = [...m.entries()]
      .filter(([t, c]) => t !== 'O' && c >= MIN_COUNT && c / total >= MIN_SHARE)
      .sort((a, b) => b[1] - a[1])
      .map(([t]) => t);
    if (tags.length > 0 && w.length > 1) lines.push(`${w}\t${tags.join(',')}`);
  }
  writeFileSync(out, lines.join('\n') + '\n');
  console.error(`wrote ${out}: ${lines.length - 1} words`);
}

main();
