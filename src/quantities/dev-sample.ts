/**
 * Prints the quantities and times found in N articles of a JSONL corpus, to
 * eyeball precision on real text:
 *   npx tsx src/quantities/dev-sample.ts [FILE] [N] [SKIP]
 */
import { readFileSync } from 'node:fs';
import { extractQuantitiesAndTimes } from './scanner.js';

const file = process.argv[2] ?? '../shared/data/corpus/saudinewsnet-10k.jsonl';
const n = Number(process.argv[3] ?? 20);
const skip = Number(process.argv[4] ?? 0);
const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim().length > 0).slice(skip, skip + n);
const ctx = (text: string, s: number, e: number): string =>
  `${text.slice(Math.max(0, s - 25), s)}[${text.slice(s, e)}]${text.slice(e, e + 25)}`.replace(/\s+/g, ' ');
for (const line of lines) {
  const doc = JSON.parse(line) as { id?: string; text: string; date?: string };
  const r = extractQuantitiesAndTimes(doc.text, doc.date);
  console.log(`## ${doc.id ?? ''} ${doc.date ?? ''}`);
  for (const q of r.quantities) console.log(`  Q ${q.kind} ${q.value} ${q.unit ?? ''}\t${ctx(doc.text, q.start, q.end)}`);
  for (const t of r.times) console.log(`  T ${t.value}\t${ctx(doc.text, t.start, t.end)}`);
}
