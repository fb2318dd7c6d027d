/**
 * Measures entity merging and linking on news articles: how many mentions
 * were found, merged into entities and linked to the knowledge base, by
 * kind, and the most frequent unlinked names (where the knowledge base
 * would pay to grow).
 *
 *   npm run measure:entities -- [--n 200] [--default-country SA] [--corpus FILE] [--no-tagger]
 *
 * Reads ../shared/data/corpus/saudinewsnet-10k.jsonl by default.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Entity, Mention, Token } from '../../core/types.js';
import { segmentText } from '../../text/segment/segment-text.js';
import { findMentions } from '../ner/stage.js';
import { loadKb } from '../kb/load.js';
import { linkEntities } from './build.js';

interface Args {
  n: number;
  corpus: string;
  defaultCountry?: string;
  tagger: boolean;
  top: number;
}

function parseArgs(argv: string[]): Args {
  const args: Args = {
    n: 200,
    corpus: fileURLToPath(new URL('../../../../shared/data/corpus/saudinewsnet-10k.jsonl', import.meta.url)),
    tagger: true,
    top: 50,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = argv[i + 1];
    if (a === '--no-tagger') args.tagger = false;
    else if (v === undefined) throw new Error(`${a} needs a value`);
    else if (a === '--n') args.n = Number(v);
    else if (a === '--corpus') args.corpus = v;
    else if (a === '--default-country') args.defaultCountry = v;
    else if (a === '--top') args.top = Number(v);
    else throw new Error(`unknown argument ${a}`);
    if (a !== '--no-tagger') i++;
  }
  return args;
}

export interface Measurement {
  documents: number;
  mentions: number;
  entities: number;
  /** Mentions that joined an entity named earlier in the document (mentions − entities). */
  merged: number;
  /** Entities with more than one mention. */
  multiMention: number;
  linkedEntities: number;
  linkedMentions: number;
  byKind: Record<string, number>;
  byType: Record<string, number>;
  taggerMentions: number;
  unlinked: [string, number][];
  msPerDocument: number;
}

export function measure(docs: readonly { text: string }[], opts: { tagger: boolean; defaultCountry?: string; top: number }): Measurement {
  const kb = loadKb();
  const unlinked = new Map<string, number>();
  const byKind: Record<string, number> = {};
  const byType: Record<string, number> = {};
  let mentions = 0;
  let entities = 0;
  let multi = 0;
  let linkedE = 0;
  let linkedM = 0;
  let tagged = 0;
  const inputs: { text: string; tokens: Token[]; ner: Mention[] }[] = [];
  for (const d of docs) {
    const tokens: Token[] = segmentText(d.text).tokens;
    const ner: Mention[] = opts.tagger ? findMentions(d.text, tokens) : [];
    tagged += ner.length;
    inputs.push({ text: d.text, tokens, ner });
    const es: Entity[] = linkEntities(kb, d.text, tokens, ner, { defaultCountry: opts.defaultCountry });
    for (const e of es) {
      entities++;
      mentions += e.mentions.length;
      if (e.mentions.length > 1) multi++;
      byType[e.type] = (byType[e.type] ?? 0) + 1;
      for (const m of e.mentions) byKind[m.kind ?? 'name'] = (byKind[m.kind ?? 'name'] ?? 0) + 1;
      if (e.kb) {
        linkedE++;
        linkedM += e.mentions.length;
      } else {
        const k = `${e.type} ${e.name}`;
        unlinked.set(k, (unlinked.get(k) ?? 0) + e.mentions.length);
      }
    }
  }
  // linking time: a second pass over copies of the tokens, once the code is warm
  const t0 = performance.now();
  for (const x of inputs) linkEntities(kb, x.text, x.tokens.map((t) => ({ ...t })), x.ner, { defaultCountry: opts.defaultCountry });
  const ms = performance.now() - t0;
  return {
    documents: docs.length,
    mentions,
    entities,
    merged: mentions - entities,
    multiMention: multi,
    linkedEntities: linkedE,
    linkedMentions: linkedM,
    byKind,
    byType,
    taggerMentions: tagged,
    unlinked: [...unlinked].sort((a, b) => b[1] - a[1]).slice(0, opts.top),
    msPerDocument: docs.length > 0 ? ms / docs.length : 0,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = parseArgs(process.argv.slice(2));
  const lines = readFileSync(args.corpus, 'utf8').split('\n').filter((l) => l.trim() !== '').slice(0, args.n);
  const docs = lines.map((l) => JSON.parse(l) as { text: string });
  const r = measure(docs, args);
  const pct = (a: number, b: number) => (b === 0 ? '0' : ((100 * a) / b).toFixed(1));
  console.log(`documents            ${r.documents}${args.tagger ? '' : ' (no tagger)'}${args.defaultCountry ? `, default country ${args.defaultCountry}` : ''}`);
  console.log(`tagger mentions      ${r.taggerMentions}`);
  console.log(`entity mentions      ${r.mentions}  (${Object.entries(r.byKind).map(([k, v]) => `${k} ${v}`).join(', ')})`);
  console.log(`entities             ${r.entities}  (${Object.entries(r.byType).map(([k, v]) => `${k} ${v}`).join(', ')})`);
  console.log(`merged mentions      ${r.merged}  (${pct(r.merged, r.mentions)}% of mentions joined an entity already named; ${r.multiMention} entities with 2+ mentions)`);
  console.log(`linked               ${r.linkedEntities} entities (${pct(r.linkedEntities, r.entities)}%), ${r.linkedMentions} mentions (${pct(r.linkedMentions, r.mentions)}%)`);
  console.log(`linking time         ${r.msPerDocument.toFixed(2)} ms per document (warm; tokens and tagger not counted)`);
  console.log(`\nmost frequent unlinked names (mentions):`);
  for (const [name, n] of r.unlinked) console.log(`${String(n).padStart(5)}  ${name}`);
}
