/**
 * Output snapshot of the linker, for changes that must not change results
 * (speed work): `save` runs segmentation and the tagger over the first N
 * corpus articles and writes their inputs (text, tokens, tagger mentions)
 * with the entities the linker makes of them; `check` re-links the stored
 * inputs and reports every document whose entities differ. Because the
 * inputs are stored, a later change of the tokenizer or the tagger does not
 * show up as a difference.
 *
 *   npx tsx src/entities/link/snapshot.ts save  [--n 300] [--out FILE] [--corpus FILE]
 *   npx tsx src/entities/link/snapshot.ts check [--out FILE]
 *   npx tsx src/entities/link/snapshot.ts time  [--out FILE] [--rounds 5]
 *   npx tsx src/entities/link/snapshot.ts diff  [--out FILE]
 *
 * `time` reports the linker's milliseconds per document over the stored
 * inputs (after a warm-up round), without segmentation or tagging. `diff`
 * lists, mention by mention, what a change added (+) or removed (-), with
 * the entity and the words around the mention.
 *
 * FILE defaults to /tmp/isnad-entities-snapshot.json (outside the repository).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Entity, Mention, Token } from '../../core/types.js';
import { segmentText } from '../../text/segment/segment-text.js';
import { findMentions } from '../ner/stage.js';
import { loadKb } from '../kb/load.js';
import { linkEntities } from './build.js';

interface Doc {
  id: string;
  text: string;
  tokens: Token[];
  mentions: Mention[];
  entities: Entity[];
}

function args(argv: string[]): { cmd: string; n: number; rounds: number; out: string; corpus: string } {
  const a = {
    cmd: argv[0] ?? 'check',
    n: 300,
    rounds: 5,
    out: '/tmp/isnad-entities-snapshot.json',
    corpus: fileURLToPath(new URL('../../../../shared/data/corpus/saudinewsnet-10k.jsonl', import.meta.url)),
  };
  for (let i = 1; i < argv.length; i += 2) {
    const k = argv[i];
    const v = argv[i + 1];
    if (v === undefined) throw new Error(`${k} needs a value`);
    if (k === '--n') a.n = Number(v);
    else if (k === '--rounds') a.rounds = Number(v);
    else if (k === '--out') a.out = v;
    else if (k === '--corpus') a.corpus = v;
    else throw new Error(`unknown argument ${k}`);
  }
  return a;
}

function save(n: number, out: string, corpus: string): void {
  const kb = loadKb();
  const lines = readFileSync(corpus, 'utf8').split('\n').filter((l) => l.trim() !== '').slice(0, n);
  const docs: Doc[] = lines.map((l, i) => {
    const d = JSON.parse(l) as { id?: string; text: string };
    const tokens = segmentText(d.text).tokens;
    const mentions = findMentions(d.text, tokens);
    return { id: d.id ?? String(i), text: d.text, tokens, mentions, entities: linkEntities(kb, d.text, tokens, mentions) };
  });
  writeFileSync(out, JSON.stringify(docs));
  console.log(`saved ${docs.length} documents, ${docs.reduce((s, d) => s + d.entities.length, 0)} entities to ${out}`);
}

function check(out: string): number {
  const kb = loadKb();
  const docs = JSON.parse(readFileSync(out, 'utf8')) as Doc[];
  let differ = 0;
  for (const d of docs) {
    const now = JSON.stringify(linkEntities(kb, d.text, d.tokens, d.mentions));
    const then = JSON.stringify(d.entities);
    if (now === then) continue;
    differ++;
    if (differ <= 5) {
      console.log(`--- ${d.id} differs`);
      console.log(`before: ${then.slice(0, 2000)}`);
      console.log(`after:  ${now.slice(0, 2000)}`);
    }
  }
  console.log(`${docs.length - differ} of ${docs.length} documents identical, ${differ} differ`);
  return differ;
}

function mentionRows(d: Doc, entities: readonly Entity[]): Map<string, string> {
  const rows = new Map<string, string>();
  for (const e of entities) {
    for (const m of e.mentions) {
      const ctx = `${d.text.slice(Math.max(0, m.start - 40), m.start)}[${d.text.slice(m.start, m.end)}]${d.text.slice(m.end, m.end + 30)}`.replace(/\s+/g, ' ');
      rows.set(`${m.start}:${m.end}:${m.kind ?? 'name'}:${e.kb?.id ?? e.key}`, `${m.kind ?? 'name'} → ${e.name} (${e.kb?.id ?? e.type}): ${ctx}`);
    }
  }
  return rows;
}

function diff(out: string): void {
  const kb = loadKb();
  const docs = JSON.parse(readFileSync(out, 'utf8')) as Doc[];
  const counts = { added: 0, removed: 0 };
  for (const d of docs) {
    const before = mentionRows(d, d.entities);
    const after = mentionRows(d, linkEntities(kb, d.text, d.tokens, d.mentions));
    for (const [k, row] of after) {
      if (before.has(k)) continue;
      counts.added++;
      console.log(`${d.id} + ${row}`);
    }
    for (const [k, row] of before) {
      if (after.has(k)) continue;
      counts.removed++;
      console.log(`${d.id} - ${row}`);
    }
  }
  console.log(`${counts.added} mentions added, ${counts.removed} removed`);
}

function time(out: string, rounds: number): void {
  const kb = loadKb();
  const docs = JSON.parse(readFileSync(out, 'utf8')) as Doc[];
  for (const d of docs) linkEntities(kb, d.text, d.tokens, d.mentions);
  const tokens = docs.reduce((s, d) => s + d.tokens.length, 0);
  // each round links fresh copies of the tokens, as a pipeline would (nothing memoised per document carries over)
  let wall = 0;
  let cpuMicros = 0;
  for (let r = 0; r < rounds; r++) {
    const fresh = docs.map((d) => JSON.parse(JSON.stringify(d.tokens)) as Token[]);
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    docs.forEach((d, k) => linkEntities(kb, d.text, fresh[k] as Token[], d.mentions));
    const c1 = process.cpuUsage(c0);
    wall += performance.now() - t0;
    cpuMicros += c1.user + c1.system;
  }
  const n = rounds * docs.length;
  const ms = wall / n;
  const cpu = cpuMicros / 1000 / n;
  console.log(`${docs.length} documents (${Math.round(tokens / docs.length)} tokens on average), ${rounds} rounds: ${ms.toFixed(3)} ms per document (wall), ${cpu.toFixed(3)} ms CPU`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const a = args(process.argv.slice(2));
  if (a.cmd === 'save') save(a.n, a.out, a.corpus);
  else if (a.cmd === 'time') time(a.out, a.rounds);
  else if (a.cmd === 'diff') diff(a.out);
  else if (a.cmd === 'check') process.exitCode = check(a.out) > 0 ? 1 : 0;
  else throw new Error(`unknown command ${a.cmd} (save | check | time | diff)`);
}
