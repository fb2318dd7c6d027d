import { createWriteStream } from 'node:fs';
import { Writable } from 'node:stream';
import type { Command } from 'commander';
import { IsnadError } from '../../core/errors.js';
import { addDbOption, date, output, withStore, writeErr } from '../../store/cli-support.js';
import type { DocumentFilters, Page, Store } from '../../store/store.js';

type Table = 'documents' | 'entities' | 'attributions' | 'events';
const TABLES: Table[] = ['documents', 'entities', 'attributions', 'events'];

interface ExportOpts {
  db?: string;
  format?: string;
  table?: string;
  out?: string;
  source?: string;
  from?: string;
  to?: string;
}

/** One CSV field (RFC 4180). */
export function csvField(v: unknown): string {
  if (v === undefined || v === null) return '';
  const s = Array.isArray(v) ? v.join('|') : typeof v === 'object' ? JSON.stringify(v) : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

async function put(out: Writable, s: string): Promise<void> {
  if (!out.write(s)) await new Promise<void>((r) => out.once('drain', () => r()));
}

async function* pages<T>(fetch: (offset: number) => Promise<Page<T>>): AsyncGenerator<T> {
  for (let offset = 0; ; offset += 1000) {
    const p = await fetch(offset);
    yield* p.items;
    if (p.items.length < 1000) return;
  }
}

/** Rows of a table as flat records (for CSV) — and whole analyses for documents in JSONL. */
async function* rows(store: Store, table: Table, f: DocumentFilters, jsonl: boolean): AsyncGenerator<Record<string, unknown>> {
  if (table === 'documents') {
    for await (const d of store.iterateDocuments(f)) {
      if (jsonl) yield d.analysis as unknown as Record<string, unknown>;
      else {
        yield {
          id: d.id, input_id: d.inputId, date: d.date, source: d.source, title: d.title, url: d.url, chars: d.chars,
          tokens: d.tokens, entities: d.entities, attributions: d.attributions, events: d.events, text: d.analysis.text,
        };
      }
    }
  } else if (table === 'entities') {
    for await (const e of pages((offset) => store.listEntities({ ...f, limit: 1000, offset }))) {
      yield { id: e.id, type: e.type, name: e.name, kb_id: e.kbId, key: e.key, documents: e.documents, mentions: e.mentions };
    }
  } else if (table === 'attributions') {
    for await (const a of pages((offset) => store.attributions({ ...f, limit: 1000, offset }))) {
      yield {
        doc: a.docId, date: a.doc.date, source: a.doc.source, attribution: a.localId, stance: a.stance, source_kind: a.sourceKind,
        source_entity: a.sourceEntity?.id, source_name: a.sourceEntity?.name ?? a.sourceText, cue: a.cue.text,
        content: a.content.text, content_start: a.content.start, content_end: a.content.end,
        about: a.about.map((x) => x.name), via: a.via,
      };
    }
  } else {
    for await (const e of pages((offset) => store.events({ ...f, limit: 1000, offset }))) {
      yield {
        doc: e.docId, date: e.doc.date, source: e.doc.source, event: e.localId, type: e.type, trigger: e.trigger.text,
        trigger_start: e.trigger.start, trigger_end: e.trigger.end, actors: e.actors.map((x) => x.name),
        recipients: e.recipients.map((x) => x.name), location: e.location?.name, time: e.time, negated: e.negated,
      };
    }
  }
}

export async function exportStore(store: Store, out: Writable, fmt: 'jsonl' | 'csv', table: Table, f: DocumentFilters): Promise<number> {
  let n = 0;
  let header: string[] | undefined;
  for await (const r of rows(store, table, f, fmt === 'jsonl')) {
    if (fmt === 'jsonl') await put(out, JSON.stringify(r) + '\n');
    else {
      if (!header) {
        header = Object.keys(r);
        await put(out, header.join(',') + '\n');
      }
      await put(out, header.map((k) => csvField(r[k])).join(',') + '\n');
    }
    n++;
  }
  return n;
}

/** A writable that forwards to a print function (standard output unless redirected). */
function sinkOf(print: (s: string) => void): Writable {
  if (print === defaultOut) return process.stdout;
  return new Writable({
    write(chunk: Buffer | string, _enc, cb) {
      print(String(chunk));
      cb();
    },
  });
}

const defaultOut = output.out;

export function register(program: Command): void {
  const cmd = program
    .command('export')
    .description('export the store: documents (whole analyses in JSONL), entities, attributions or events')
    .option('--format <format>', 'jsonl or csv', 'jsonl')
    .option('--table <table>', TABLES.join(', '), 'documents')
    .option('--out <file>', 'write to a file instead of standard output')
    .option('--source <outlet>', 'only documents from this outlet')
    .option('--from <date>', 'only documents dated on or after YYYY-MM-DD')
    .option('--to <date>', 'only documents dated on or before YYYY-MM-DD');
  addDbOption(cmd);
  cmd.action(async (o: ExportOpts) => {
    const fmt = o.format ?? 'jsonl';
    if (fmt !== 'jsonl' && fmt !== 'csv') throw new IsnadError('USAGE', `--format must be jsonl or csv, not "${fmt}"`);
    const table = (o.table ?? 'documents') as Table;
    if (!TABLES.includes(table)) throw new IsnadError('USAGE', `--table must be one of ${TABLES.join(', ')}, not "${o.table}"`);
    const from = date(o.from, '--from');
    const to = date(o.to, '--to');
    const f: DocumentFilters = { ...(o.source !== undefined && { source: o.source }), ...(from && { from }), ...(to && { to }) };
    await withStore(o.db, true, async (store) => {
      const out: Writable = o.out !== undefined ? createWriteStream(o.out) : sinkOf(output.out);
      const n = await exportStore(store, out, fmt, table, f);
      if (o.out !== undefined) {
        await new Promise<void>((resolve, reject) => {
          out.once('error', reject);
          out.end(() => resolve());
        });
        writeErr(`export: ${n} ${table} written to ${o.out}\n`);
      }
    });
  });
}
