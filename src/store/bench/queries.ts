/**
 * Timings of single store queries on a base (warm: each query run `--runs`
 * times, median and worst reported): the entity pages of the top entities,
 * who said what about them, and searches for common terms.
 *
 *   npx tsx src/store/bench/queries.ts --db .tmp/load-10k.db [--top 5] [--runs 5]
 */
import { performance } from 'node:perf_hooks';
import { openStore } from '../index.js';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return (i >= 0 ? process.argv[i + 1] : undefined) ?? fallback;
}

async function time(runs: number, fn: () => Promise<unknown>): Promise<{ median: number; worst: number; first: number }> {
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    ts.push(performance.now() - t0);
  }
  const first = ts[0] as number;
  ts.sort((a, b) => a - b);
  return { median: ts[Math.floor(ts.length / 2)] as number, worst: ts[ts.length - 1] as number, first };
}

async function main(): Promise<void> {
  const db = arg('db', '.tmp/load-10k.db');
  const top = Number(arg('top', '5'));
  const runs = Number(arg('runs', '5'));
  const store = await openStore(db, { readonly: true });
  const fmt = (t: { median: number; worst: number; first: number }) =>
    `first ${t.first.toFixed(1).padStart(7)}  median ${t.median.toFixed(1).padStart(7)}  worst ${t.worst.toFixed(1).padStart(7)} ms`;
  const ents = (await store.listEntities({ limit: top })).items;
  for (const e of ents) {
    process.stdout.write(`getEntity ${e.name} (${e.documents} docs)`.padEnd(48) + fmt(await time(runs, () => store.getEntity(e.id))) + '\n');
    process.stdout.write(`  attributions by`.padEnd(48) + fmt(await time(runs, () => store.attributions({ by: e.id, limit: 20 }))) + '\n');
    process.stdout.write(`  attributions about`.padEnd(48) + fmt(await time(runs, () => store.attributions({ about: e.id, limit: 20 }))) + '\n');
    process.stdout.write(`  documents with it`.padEnd(48) + fmt(await time(runs, () => store.listDocuments({ entity: e.id, limit: 20 }))) + '\n');
  }
  for (const q of ['السعودية', 'الرياض', 'وزير الخارجية', '"ولي العهد"', 'النصر OR الاتحاد', 'روسيا']) {
    process.stdout.write(`search ${q}`.padEnd(48) + fmt(await time(runs, () => store.search({ q, limit: 20, expand: q === 'روسيا' }))) + '\n');
  }
  const first = ents[0];
  if (first) {
    process.stdout.write(`events by actor ${first.name}`.padEnd(48) + fmt(await time(runs, () => store.events({ actor: first.id, limit: 20 }))) + '\n');
    process.stdout.write(`findEntities ${first.name}`.padEnd(48) + fmt(await time(runs, () => store.findEntities(first.name, 25))) + '\n');
    process.stdout.write(`listEntities q=${first.name}`.padEnd(48) + fmt(await time(runs, () => store.listEntities({ q: first.name }))) + '\n');
  }
  process.stdout.write(`events type ASSAULT`.padEnd(48) + fmt(await time(runs, () => store.events({ type: 'ASSAULT', limit: 20 }))) + '\n');
  process.stdout.write(`events (all)`.padEnd(48) + fmt(await time(runs, () => store.events({ limit: 20 }))) + '\n');
  process.stdout.write(`attributions stance deny`.padEnd(48) + fmt(await time(runs, () => store.attributions({ stance: 'deny', limit: 20 }))) + '\n');
  process.stdout.write(`attributions (all)`.padEnd(48) + fmt(await time(runs, () => store.attributions({ limit: 20 }))) + '\n');
  process.stdout.write(`listEntities`.padEnd(48) + fmt(await time(runs, () => store.listEntities({ limit: 20 }))) + '\n');
  process.stdout.write(`listDocuments`.padEnd(48) + fmt(await time(runs, () => store.listDocuments({ limit: 20 }))) + '\n');
  process.stdout.write(`stats`.padEnd(48) + fmt(await time(runs, () => store.stats())) + '\n');
  await store.close();
}

void main();
