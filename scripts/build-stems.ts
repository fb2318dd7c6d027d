/**
 * Builds data/segment/lexicon.tsv: a frequency list of Arabic word forms in
 * the default normalised space (alef folded, ى→ي, ة→ه, no diacritics), read
 * from the news corpus and the NER training text under ../shared/data/.
 *
 * Each line is `form<TAB>count[<TAB>taaMarbutaCount]`; the third column, only
 * for forms ending in ه, counts the occurrences whose last letter was ة in the
 * original text. Lines are sorted by count, most frequent first.
 *
 * Usage: npm run build:stems [-- --max 100000 --min 2]
 */
import { createReadStream, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { normalise } from '../src/text/normalise/normalise.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SHARED = ROOT + '../shared/data/';
const CORPUS = SHARED + 'corpus/saudinewsnet-10k.jsonl';
const ANER = SHARED + 'ner/anercorp-train.txt';
const OUT_DIR = ROOT + 'data/segment/';

function arg(name: string, def: number): number {
  const i = process.argv.indexOf(name);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) ? v : def;
}
const MAX = arg('--max', 100_000);
const MIN = arg('--min', 2);
/** Bump when the way the list is built changes. */
const VERSION = '1';

const counts = new Map<string, number>();
const taa = new Map<string, number>();
const WORD = /[\u0621-\u063A\u0641-\u064A]+/g;
const HEH = 0x0647;
const TAA_MARBUTA = 0x0629;

function addText(text: string): number {
  const view = normalise(text);
  let n = 0;
  for (const m of view.text.matchAll(WORD)) {
    const w = m[0];
    if (w.length > 24) continue;
    counts.set(w, (counts.get(w) ?? 0) + 1);
    n++;
    const last = (m.index ?? 0) + w.length - 1;
    if (w.charCodeAt(w.length - 1) === HEH && text.charCodeAt(view.startMap[last] as number) === TAA_MARBUTA) {
      taa.set(w, (taa.get(w) ?? 0) + 1);
    }
  }
  return n;
}

async function main(): Promise<void> {
  for (const f of [CORPUS, ANER]) {
    if (!existsSync(f)) {
      console.error(`build-stems: missing source data ${f}`);
      process.exit(1);
    }
  }
  let tokens = 0;
  const rl = createInterface({ input: createReadStream(CORPUS, 'utf8'), crlfDelay: Infinity });
  for await (const line of rl) {
    if (!line.trim()) continue;
    const doc = JSON.parse(line) as { text?: string; title?: string };
    if (doc.title) tokens += addText(doc.title);
    if (doc.text) tokens += addText(doc.text);
  }
  const aner = readFileSync(ANER, 'utf8')
    .split('\n')
    .map((l) => l.split(' ')[0] ?? '')
    .join(' ');
  tokens += addText(aner);

  const rows = [...counts.entries()].filter(([, c]) => c >= MIN).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const kept = rows.slice(0, MAX);
  const lines = kept.map(([w, c]) => {
    const t = taa.get(w);
    return t ? `${w}\t${c}\t${t}` : `${w}\t${c}`;
  });
  const body = lines.join('\n') + '\n';
  writeFileSync(OUT_DIR + 'lexicon.tsv', body);
  const sha256 = createHash('sha256').update(body).digest('hex');
  const manifestPath = OUT_DIR + 'manifest.json';
  const manifest = existsSync(manifestPath)
    ? (JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>)
    : {};
  manifest['lexicon.tsv'] = {
    version: VERSION,
    description:
      'Word-form frequencies in the default normalised space (form, count, count ending in ة); attested stems for the clitic segmenter.',
    source:
      'Derived by scripts/build-stems.ts from SaudiNewsNet (10,000 articles, CC BY-NC-SA 4.0) and the ANERcorp train split (CC BY-SA 4.0); counts only, no text.',
    tokens,
    forms: kept.length,
    minCount: MIN,
    sha256,
  };
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2) + '\n');
  console.log(`${tokens} tokens, ${counts.size} forms, kept ${kept.length} (count >= ${MIN}), ${body.length} chars`);
}

await main();
