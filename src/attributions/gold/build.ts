/**
 * Turns a hand-written annotation spec (excerpt text plus cue/source/content
 * strings) into gold data with UTF-16 offsets. Usage:
 *   npx tsx src/attributions/gold/build.ts src/attributions/gold/dev.spec.json
 * writes dev.json beside it. A string that is not found, or is ambiguous
 * without an occurrence index, stops the build with its location.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { SourceKind, Span, Stance } from '../../core/types.js';

export interface SpecAttribution {
  cue: string;
  /** Which occurrence of the cue string (0-based), when it occurs more than once. */
  cueNth?: number;
  /** The source noun phrase; null when the source is not written anywhere. */
  source: string | null;
  sourceNth?: number;
  kind: SourceKind;
  stance: Stance;
  /** First and last words of the content (or the whole content as one string). */
  content: [string, string] | string;
  /** Index (in this excerpt's list) of the attribution this one was relayed through. */
  via?: number;
  note?: string;
}

export interface SpecExcerpt {
  id: string;
  text: string;
  attributions: SpecAttribution[];
  note?: string;
}

export interface GoldAttribution {
  cue: Span & { text: string };
  source: (Partial<Span> & { text?: string; kind: SourceKind });
  content: Span;
  stance: Stance;
  via?: number;
}

export interface GoldExcerpt {
  id: string;
  text: string;
  attributions: GoldAttribution[];
}

function locate(text: string, s: string, nth: number | undefined, where: string, from = 0): Span {
  const hits: number[] = [];
  let k = text.indexOf(s, from);
  while (k >= 0) {
    hits.push(k);
    k = text.indexOf(s, k + 1);
  }
  if (hits.length === 0) throw new Error(`${where}: «${s}» not found`);
  if (hits.length > 1 && nth === undefined && from === 0 && !where.includes('content')) throw new Error(`${where}: «${s}» occurs ${hits.length} times; give its index`);
  const at = hits[nth ?? 0];
  if (at === undefined) throw new Error(`${where}: «${s}» has no occurrence ${nth}`);
  return { start: at, end: at + s.length };
}

export function buildGold(spec: SpecExcerpt[]): GoldExcerpt[] {
  const errors: string[] = [];
  const out = spec.map((ex) => ({
    id: ex.id,
    text: ex.text,
    attributions: ex.attributions.flatMap((a, k) => {
      try {
        return [buildOne(ex, a, k)];
      } catch (e) {
        errors.push((e as Error).message);
        return [];
      }
    }),
  }));
  if (errors.length > 0) throw new Error(errors.join('\n'));
  return out;
}

function buildOne(ex: SpecExcerpt, a: SpecAttribution, k: number): GoldAttribution {
  {
    {
      const where = `${ex.id} #${k}`;
      const cue = locate(ex.text, a.cue, a.cueNth, `${where} cue`);
      const source: GoldAttribution['source'] = { kind: a.kind };
      if (a.source !== null) {
        const s = locate(ex.text, a.source, a.sourceNth, `${where} source`);
        Object.assign(source, s, { text: a.source });
      }
      const [first, last] = typeof a.content === 'string' ? [a.content, a.content] : a.content;
      // The content usually follows its cue; a trailing cue (…، بحسب X) follows its content.
      const after = ex.text.indexOf(first, cue.end) >= 0;
      const from = locate(ex.text, first, undefined, `${where} content start`, after ? cue.end : 0);
      const to = locate(ex.text, last, undefined, `${where} content end`, from.start);
      const g: GoldAttribution = {
        cue: { ...cue, text: a.cue }, source, content: { start: from.start, end: to.end }, stance: a.stance,
      };
      if (a.via !== undefined) g.via = a.via;
      return g;
    }
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, ''))) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: build.ts SPEC.spec.json');
    process.exit(2);
  }
  const spec = JSON.parse(readFileSync(file, 'utf8')) as SpecExcerpt[];
  const out = file.replace(/\.spec\.json$/, '.json');
  writeFileSync(out, `${JSON.stringify(buildGold(spec), null, 1)}\n`);
  console.log(`${out}: ${spec.length} excerpts, ${spec.reduce((n, e) => n + e.attributions.length, 0)} attributions`);
}
