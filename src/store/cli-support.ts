/** Shared pieces of the store's CLI commands: options, opening, output. */
import type { Command } from 'commander';
import { IsnadError } from '../core/errors.js';
import { validDate } from '../ingest/dates.js';
import { SqliteStore } from './sqlite/sqlite-store.js';
import { defaultDbPath, type EntitySummary, type Store } from './store.js';

export type OutputFormat = 'json' | 'table';

export function addDbOption(cmd: Command): Command {
  return cmd.option('--db <path>', 'the store (SQLite file); default $ISNAD_DB or ./isnad.db');
}

export function addFormatOption(cmd: Command): Command {
  return cmd.option('--format <format>', 'json or table', 'table');
}

export function addFilterOptions(cmd: Command): Command {
  return cmd
    .option('--source <outlet>', 'only documents from this outlet')
    .option('--from <date>', 'only documents dated on or after YYYY-MM-DD')
    .option('--to <date>', 'only documents dated on or before YYYY-MM-DD')
    .option('--limit <n>', 'how many results', '20')
    .option('--offset <n>', 'skip this many results', '0');
}

export function format(v: unknown): OutputFormat {
  if (v === undefined || v === 'table') return 'table';
  if (v === 'json') return 'json';
  throw new IsnadError('USAGE', `--format must be json or table, not "${String(v)}"`);
}

export function int(v: unknown, name: string, min = 0): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) throw new IsnadError('USAGE', `${name} must be a whole number ≥ ${min}, not "${String(v)}"`);
  return n;
}

export function date(v: unknown, name: string): string | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'string' || !validDate(v)) {
    throw new IsnadError('DATE_INVALID', `${name} must be a calendar date YYYY-MM-DD, not "${String(v)}"`);
  }
  return v;
}

export interface FilterOpts {
  source?: string;
  from?: string;
  to?: string;
  limit?: string;
  offset?: string;
}

export function filters(o: FilterOpts): { source?: string; from?: string; to?: string; limit: number; offset: number } {
  const from = date(o.from, '--from');
  const to = date(o.to, '--to');
  return {
    ...(o.source !== undefined && { source: o.source }),
    ...(from !== undefined && { from }),
    ...(to !== undefined && { to }),
    limit: int(o.limit ?? '20', '--limit', 1),
    offset: int(o.offset ?? '0', '--offset'),
  };
}

/** Opens the store for a command, runs `fn`, closes it. */
export async function withStore<T>(db: string | undefined, readonly: boolean, fn: (s: Store) => Promise<T>): Promise<T> {
  const store = SqliteStore.open(db ?? defaultDbPath(), { readonly });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** An entity named on the command line: a store id (#12 or 12) or a name, folded. */
export async function resolveEntity(store: Store, nameOrId: string): Promise<EntitySummary> {
  const idm = /^#?(\d+)$/.exec(nameOrId.trim());
  if (idm) {
    const e = await store.getEntity(idm[1] as string, { docLimit: 0, mentionLimit: 0, cooccurLimit: 0 });
    if (e) return e;
  }
  const [best] = await store.findEntities(nameOrId, 1);
  if (!best) throw new IsnadError('NOT_FOUND', `no entity named "${nameOrId}" in the store`);
  return best;
}

/** Where the commands print: standard output and error, or (in tests) anything else. */
export const output = {
  out: (s: string): void => {
    process.stdout.write(s);
  },
  err: (s: string): void => {
    process.stderr.write(s);
  },
};

export function write(s: string): void {
  output.out(s.endsWith('\n') ? s : `${s}\n`);
}

export function writeErr(s: string): void {
  output.err(s);
}

export function printJson(v: unknown): void {
  write(JSON.stringify(v, null, 2));
}

/** Cuts a string to `n` characters, on one line. */
export function clip(s: string | undefined, n: number): string {
  const one = (s ?? '').replace(/\s+/g, ' ').trim();
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
}

/** A plain text table: columns separated by two spaces, a header line. */
export function table(headers: string[], rows: (string | number | undefined)[][]): string {
  const cells = rows.map((r) => headers.map((_, i) => String(r[i] ?? '')));
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((r) => (r[i] as string).length)));
  const line = (r: string[]) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i] as number))).join('  ').trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n') + '\n';
}

export function pageLine(total: number, offset: number, shown: number): string {
  return shown === 0 ? `no results (${total} in all)\n` : `${offset + 1}–${offset + shown} of ${total}\n`;
}
