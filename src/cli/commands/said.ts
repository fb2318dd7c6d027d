import type { Command } from 'commander';
import { IsnadError } from '../../core/errors.js';
import type { SourceKind, Stance } from '../../core/types.js';
import {
  addDbOption, addFilterOptions, addFormatOption, clip, filters, format, pageLine, printJson, resolveEntity, withStore, write,
  type FilterOpts,
} from '../../store/cli-support.js';

interface SaidOpts extends FilterOpts {
  db?: string;
  format?: string;
  by?: string;
  about?: string;
  stance?: string;
  kind?: string;
}

const STANCES = ['assert', 'deny', 'allege', 'none'];
const KINDS = ['named', 'anonymous', 'outlet'];

export function register(program: Command): void {
  const cmd = program
    .command('said')
    .description('who said what across the corpus: by a source, about an entity, with a stance')
    .option('--by <name>', 'the source entity (a name or an entity id)')
    .option('--about <name>', 'an entity mentioned in what was said')
    .option('--stance <stance>', 'assert, deny, allege or none')
    .option('--kind <kind>', 'source kind: named, anonymous or outlet');
  addFilterOptions(cmd);
  addFormatOption(cmd);
  addDbOption(cmd);
  cmd.action(async (o: SaidOpts) => {
    const fmt = format(o.format);
    const f = filters(o);
    if (o.stance !== undefined && !STANCES.includes(o.stance)) {
      throw new IsnadError('USAGE', `--stance must be one of ${STANCES.join(', ')}, not "${o.stance}"`);
    }
    if (o.kind !== undefined && !KINDS.includes(o.kind)) {
      throw new IsnadError('USAGE', `--kind must be one of ${KINDS.join(', ')}, not "${o.kind}"`);
    }
    await withStore(o.db, true, async (store) => {
      const by = o.by !== undefined ? await resolveEntity(store, o.by) : undefined;
      const about = o.about !== undefined ? await resolveEntity(store, o.about) : undefined;
      const page = await store.attributions({
        ...f,
        ...(by && { by: by.id }),
        ...(about && { about: about.id }),
        ...(o.stance !== undefined && { stance: o.stance as Stance }),
        ...(o.kind !== undefined && { sourceKind: o.kind as SourceKind }),
      });
      if (fmt === 'json') return printJson(page);
      let out = '';
      for (const a of page.items) {
        const who = a.sourceEntity?.name ?? a.sourceText ?? a.sourceKind;
        out += `${a.doc.date ?? '----------'}  ${a.doc.source ?? '-'}  ${who} — ${a.cue.text} [${a.stance}]\n`;
        out += `    «${clip(a.content.text, 160)}»\n`;
        if (a.about.length > 0) out += `    about: ${a.about.map((x) => x.name).join('، ')}\n`;
      }
      write(out + pageLine(page.total, page.offset, page.items.length));
    });
  });
}
