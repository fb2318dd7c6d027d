/**
 * A store filled from a folder of sample or fixture articles: `*.jsonl`
 * through the ingest, and `*.txt` with an optional `NAME.meta.json` beside it
 * (id, date, source, title, url) — how a text file gets its date and outlet.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { DocumentInput } from '../core/types.js';
import { ingest, type AnalyseFn } from '../ingest/ingest.js';
import { parseJsonlLine } from '../ingest/sources.js';
import { prepareDocument } from '../store/prepare.js';
import type { Store } from '../store/store.js';

export interface FolderReport {
  added: number;
  skipped: number;
  failed: number;
}

export async function ingestFolder(store: Store, dir: string, analyse: AnalyseFn): Promise<FolderReport> {
  const files = readdirSync(dir).sort();
  const report: FolderReport = { added: 0, skipped: 0, failed: 0 };
  const jsonl = files.filter((f) => f.endsWith('.jsonl')).map((f) => join(dir, f));
  if (jsonl.length > 0) {
    const r = await ingest({ store, paths: jsonl, analyse });
    report.added += r.added;
    report.skipped += r.skipped;
    report.failed += r.failed;
  }
  for (const f of files.filter((x) => x.endsWith('.txt'))) {
    const path = join(dir, f);
    const meta = path.replace(/\.txt$/, '.meta.json');
    const input: DocumentInput = existsSync(meta)
      ? parseJsonlLine(JSON.stringify({ ...(JSON.parse(readFileSync(meta, 'utf8')) as object), text: readFileSync(path, 'utf8') }), meta)
      : { id: basename(f, '.txt'), text: readFileSync(path, 'utf8') };
    const [r] = await store.putPrepared([prepareDocument(input, analyse(input))]);
    if (r?.created) report.added++;
    else report.skipped++;
  }
  return report;
}
