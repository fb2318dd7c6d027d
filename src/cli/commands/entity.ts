import type { Command } from 'commander';
import {
  addDbOption, addFormatOption, clip, format, int, printJson, resolveEntity, table, withStore, write,
} from '../../store/cli-support.js';

interface EntityOpts {
  db?: string;
  format?: string;
  limit?: string;
}

export function register(program: Command): void {
  const cmd = program
    .command('entity')
    .description('one entity across the corpus: mentions, documents, roles, aliases, co-occurring entities, timeline')
    .argument('<name...>', 'a name (spelling and clitics folded) or an entity id')
    .option('--limit <n>', 'documents and mentions to list', '20');
  addFormatOption(cmd);
  addDbOption(cmd);
  cmd.action(async (words: string[], o: EntityOpts) => {
    const fmt = format(o.format);
    const limit = int(o.limit ?? '20', '--limit', 1);
    await withStore(o.db, true, async (store) => {
      const found = await resolveEntity(store, words.join(' '));
      const e = await store.getEntity(found.id, { docLimit: limit, mentionLimit: limit * 5, cooccurLimit: limit });
      if (!e) return;
      const others = (await store.findEntities(words.join(' '), 6)).filter((x) => x.id !== e.id);
      if (fmt === 'json') return printJson({ ...e, otherMatches: others });
      let out = `${e.name}  [${e.type}]  id ${e.id}${e.kbId ? `  kb ${e.kbId}` : ''}\n`;
      out += `${e.documents} documents, ${e.mentions} mentions\n`;
      out += `aliases: ${e.aliases.map((a) => `${a.name} (${a.count})`).join('، ')}\n`;
      if (e.roles.length > 0) out += `roles: ${e.roles.map((r) => `${r.role} (${r.count})`).join('، ')}\n`;
      const said = Object.entries(e.said).map(([k, v]) => `${k} ${v}`).join(', ');
      if (said) out += `as a source: ${said}\n`;
      if (e.cooccurring.length > 0) {
        out += '\nappears with:\n' + table(['entity', 'type', 'documents'], e.cooccurring.map((c) => [c.name, c.type, c.count]));
      }
      if (e.timeline.length > 0) {
        out += '\ntimeline:\n' + table(['date', 'documents', 'mentions'], e.timeline.map((t) => [t.date, t.documents, t.mentions]));
      }
      out += '\ndocuments:\n' + table(['date', 'source', 'mentions', 'title'],
        e.documentList.map((d) => [d.date, d.source, d.mentions, clip(d.title ?? d.inputId, 60)]));
      if (others.length > 0) out += `\nother matches: ${others.map((x) => `${x.name} [${x.type}] #${x.id}`).join('، ')}\n`;
      write(out);
    });
  });
}
