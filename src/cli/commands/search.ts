import type { Command } from 'commander';
import {
  addDbOption, addFilterOptions, addFormatOption, clip, filters, format, pageLine, printJson, resolveEntity, withStore, write,
  type FilterOpts,
} from '../../store/cli-support.js';
import type { SearchHit } from '../../store/store.js';

interface SearchOpts extends FilterOpts {
  db?: string;
  format?: string;
  entity?: string;
  expand?: boolean;
  nisba?: boolean;
}

/** A snippet with its matches marked [like this]; matches separated only by spaces are marked as one. */
export function markSnippet(h: SearchHit): string {
  const merged: { start: number; end: number }[] = [];
  for (const m of h.highlights) {
    const last = merged[merged.length - 1];
    if (last && /^\s*$/.test(h.snippet.slice(last.end, m.start))) last.end = m.end;
    else merged.push({ ...m });
  }
  let out = '';
  let at = 0;
  for (const m of merged) {
    out += h.snippet.slice(at, m.start) + '[' + h.snippet.slice(m.start, m.end) + ']';
    at = m.end;
  }
  return (out + h.snippet.slice(at)).replace(/\s+/g, ' ').trim();
}

export function register(program: Command): void {
  const cmd = program
    .command('search')
    .description('full-text search in Arabic: clitics and spellings folded (روسيا finds وروسيا، لروسيا); "phrases", OR')
    .argument('<query...>', 'words (all must match), "a phrase", a OR b')
    .option('--entity <name>', 'only documents that mention this entity (a name or an entity id)')
    .option('--expand', 'also match nisba adjectives (روسيا → الروسي، الروسية)')
    .option('--nisba', 'the same as --expand');
  addFilterOptions(cmd);
  addFormatOption(cmd);
  addDbOption(cmd);
  cmd.action(async (words: string[], o: SearchOpts) => {
    const fmt = format(o.format);
    const f = filters(o);
    await withStore(o.db, true, async (store) => {
      const entity = o.entity !== undefined ? await resolveEntity(store, o.entity) : undefined;
      const page = await store.search({
        q: words.join(' '), ...f, expand: o.expand === true || o.nisba === true, ...(entity && { entity: entity.id }),
      });
      if (fmt === 'json') return printJson(page);
      let out = '';
      for (const h of page.items) {
        out += `${h.doc.date ?? '----------'}  ${h.doc.source ?? '-'}  ${clip(h.doc.title ?? h.doc.inputId, 70)}  (${h.score.toFixed(2)})\n`;
        out += `    ${markSnippet(h)}\n    id ${h.doc.id.slice(0, 16)}\n`;
      }
      write(out + pageLine(page.total, page.offset, page.items.length));
    });
  });
}
