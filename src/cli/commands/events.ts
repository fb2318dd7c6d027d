import type { Command } from 'commander';
import { IsnadError } from '../../core/errors.js';
import { PLOVER_TYPES, type PloverType } from '../../core/types.js';
import {
  addDbOption, addFilterOptions, addFormatOption, clip, filters, format, pageLine, printJson, resolveEntity, withStore, write,
  type FilterOpts,
} from '../../store/cli-support.js';

interface EventsOpts extends FilterOpts {
  db?: string;
  format?: string;
  actor?: string;
  recipient?: string;
  type?: string;
  negated?: boolean;
}

export function register(program: Command): void {
  const cmd = program
    .command('events')
    .description('events (PLOVER) across the corpus by actor, recipient, type and date')
    .option('--actor <name>', 'the actor entity (a name or an entity id)')
    .option('--recipient <name>', 'the recipient entity')
    .option('--type <type>', `one of ${PLOVER_TYPES.join(' ')}`)
    .option('--negated', 'only negated events');
  addFilterOptions(cmd);
  addFormatOption(cmd);
  addDbOption(cmd);
  cmd.action(async (o: EventsOpts) => {
    const fmt = format(o.format);
    const f = filters(o);
    const type = o.type?.toUpperCase();
    if (type !== undefined && !(PLOVER_TYPES as readonly string[]).includes(type)) {
      throw new IsnadError('USAGE', `--type must be one of ${PLOVER_TYPES.join(', ')}, not "${o.type}"`);
    }
    await withStore(o.db, true, async (store) => {
      const actor = o.actor !== undefined ? await resolveEntity(store, o.actor) : undefined;
      const recipient = o.recipient !== undefined ? await resolveEntity(store, o.recipient) : undefined;
      const page = await store.events({
        ...f,
        ...(actor && { actor: actor.id }),
        ...(recipient && { recipient: recipient.id }),
        ...(type !== undefined && { type: type as PloverType }),
        ...(o.negated === true && { negated: true }),
      });
      if (fmt === 'json') return printJson(page);
      let out = '';
      for (const e of page.items) {
        const actors = e.actors.map((x) => x.name).join('، ') || '?';
        const recipients = e.recipients.map((x) => x.name).join('، ');
        out += `${e.doc.date ?? '----------'}  ${e.doc.source ?? '-'}  ${e.type}${e.negated ? ' (negated)' : ''}: `
          + `${actors} — ${e.trigger.text}${recipients ? ` → ${recipients}` : ''}${e.location ? ` @ ${e.location.name}` : ''}\n`;
        out += `    ${clip(e.sentence, 160)}\n`;
      }
      write(out + pageLine(page.total, page.offset, page.items.length));
    });
  });
}
