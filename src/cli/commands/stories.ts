import type { Command } from 'commander';
import { IsnadError } from '../../core/errors.js';
import {
  addDbOption, addFilterOptions, addFormatOption, clip, filters, format, int, pageLine, printJson, withStore, write,
  type FilterOpts,
} from '../../store/cli-support.js';

interface StoriesOpts extends FilterOpts {
  db?: string;
  format?: string;
  threshold?: string;
  minOutlets?: string;
  minSize?: string;
  window?: string;
}

export function register(program: Command): void {
  const cmd = program
    .command('stories')
    .description('near-duplicates and same-story clusters across outlets (MinHash over word shingles)')
    .option('--threshold <j>', 'estimated Jaccard similarity to join two documents (0–1)', '0.3')
    .option('--min-outlets <n>', 'only stories carried by at least this many outlets', '1')
    .option('--min-size <n>', 'only clusters of at least this many documents', '2')
    .option('--window <days>', 'dated documents further apart than this are not one story (0: no limit)', '3');
  addFilterOptions(cmd);
  addFormatOption(cmd);
  addDbOption(cmd);
  cmd.action(async (o: StoriesOpts) => {
    const fmt = format(o.format);
    const f = filters(o);
    const threshold = Number(o.threshold ?? '0.3');
    if (!(threshold > 0 && threshold <= 1)) throw new IsnadError('USAGE', `--threshold must be in (0, 1], not "${o.threshold}"`);
    await withStore(o.db, true, async (store) => {
      const page = await store.stories({
        ...f, threshold, minOutlets: int(o.minOutlets ?? '1', '--min-outlets', 1), minSize: int(o.minSize ?? '2', '--min-size', 2),
        windowDays: int(o.window ?? '3', '--window'),
      });
      if (fmt === 'json') return printJson(page);
      let out = '';
      for (const s of page.items) {
        out += `${s.kind === 'duplicate' ? 'duplicate' : 'story'}: ${clip(s.title, 80)}  (${s.size} documents, ${s.from ?? '?'} – ${s.to ?? '?'})\n`;
        out += `    outlets: ${s.outlets.map((x) => `${x.source} (${x.documents})`).join('، ')}\n`;
        for (const d of s.documents.slice(0, 8)) {
          out += `    ${d.date ?? '----------'}  ${d.source ?? '-'}  ${clip(d.title ?? d.inputId, 60)}  ~${d.similarity}\n`;
        }
        if (s.documents.length > 8) out += `    … ${s.documents.length - 8} more\n`;
      }
      write(out + pageLine(page.total, page.offset, page.items.length));
    });
  });
}
