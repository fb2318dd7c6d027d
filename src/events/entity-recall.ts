/**
 * How many of the parties named in the gold event excerpts the analysis
 * finds: every occurrence of a gold entity's name or forms (not its nisba
 * adjectives) is looked up among the mentions of `analyse()`'s entities.
 *
 *   npx tsx src/events/entity-recall.ts [--part dev-a,dev-b,…] [--verbose]
 *
 * Prints the share of occurrences overlapped by a mention, matched exactly,
 * and overlapped by a mention of a compatible type (LOC and GPE count as
 * one), and the misses by type; --verbose lists each miss in its context.
 */
import { fileURLToPath } from 'node:url';
import type { Span } from '../core/types.js';
import { analyse } from '../pipeline/analyse.js';
import { DEV_PARTS, loadPart } from './eval.js';
import { buildLayers } from './testing.js';

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const compatible = (a: string, b: string) => a === b || (a !== b && ['LOC', 'GPE'].includes(a) && ['LOC', 'GPE'].includes(b));

function main(argv: string[]): void {
  const pi = argv.indexOf('--part');
  const parts = pi >= 0 && argv[pi + 1] ? argv[pi + 1]!.split(',') : DEV_PARTS;
  const verbose = argv.includes('--verbose');
  let total = 0;
  let covered = 0;
  let exact = 0;
  let typed = 0;
  const missByType: Record<string, number> = {};
  const missed: string[] = [];
  for (const part of parts) {
    for (const ex of loadPart(part)) {
      const gold = buildLayers(ex.text, { entities: ex.entities });
      const out = analyse({ text: ex.text });
      const mentions = out.entities.flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, type: e.type })));
      for (const ge of gold.entities) {
        for (const gm of ge.mentions) {
          if (gm.kind === 'adjective') continue;
          total++;
          const over = mentions.filter((m) => overlaps(m, gm));
          if (over.length === 0) {
            missByType[ge.type] = (missByType[ge.type] ?? 0) + 1;
            const left = ex.text.slice(Math.max(0, gm.start - 40), gm.start);
            missed.push(`${part} ${ge.type} ${ex.text.slice(gm.start, gm.end)} | ${left}[[…]]${ex.text.slice(gm.end, gm.end + 25)}`.replace(/\s+/g, ' '));
            continue;
          }
          covered++;
          if (over.some((m) => m.start === gm.start && m.end === gm.end)) exact++;
          if (over.some((m) => compatible(m.type, ge.type))) typed++;
        }
      }
    }
  }
  const pct = (x: number) => (total === 0 ? '0.0' : ((100 * x) / total).toFixed(1));
  console.log(`${total} occurrences of gold entities in ${parts.join(', ')}`);
  console.log(`  found (overlapped) ${pct(covered)}%  exact span ${pct(exact)}%  with a compatible type ${pct(typed)}%`);
  console.log(`  missed by type: ${Object.entries(missByType).map(([t, n]) => `${t} ${n}`).join(', ')}`);
  if (verbose) for (const m of missed) console.log('   ', m);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
