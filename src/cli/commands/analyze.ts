import type { Command } from 'commander';
import type { AnalysisJson } from '../../core/analysis.js';
import { IsnadError, isIsnadError } from '../../core/errors.js';
import type { DocumentInput } from '../../core/types.js';
import { checkDate, parseDocumentLine } from '../../core/document-input.js';
import { analyse } from '../../pipeline/analyse.js';
import { formatAnalysisText } from '../format-text.js';
import { decodeText, openInputStream, readLines, readTextInput } from '../input.js';
import { writeOut } from '../output.js';

interface AnalyzeOptions {
  date?: string;
  jsonl?: string;
  format: 'json' | 'text';
  pretty?: boolean;
}


/** The `id` of a line that failed, when it can still be read. */
function idOfBadLine(bytes: Buffer): unknown {
  try {
    const o = JSON.parse(bytes.toString('utf8')) as { id?: unknown };
    return typeof o.id === 'string' || typeof o.id === 'number' ? o.id : null;
  } catch {
    return null;
  }
}

function render(a: AnalysisJson, opts: AnalyzeOptions): string {
  if (opts.format === 'text') return formatAnalysisText(a);
  return JSON.stringify(a, null, opts.pretty ? 2 : undefined) + '\n';
}

async function analyzeJsonl(path: string, opts: AnalyzeOptions): Promise<number> {
  const stream = openInputStream(path);
  const name = path === '-' ? 'stdin' : path;
  let failed = 0;
  for await (const line of readLines(stream)) {
    const where = `${name}:${line.number}`;
    if (line.bytes.length === 0) continue;
    let id: unknown = null;
    try {
      const text = decodeText(line.bytes, where, line.byteOffset);
      if (text.trim() === '') continue;
      const input = parseDocumentLine(text, where);
      id = input.id ?? null;
      if (input.date === undefined && opts.date !== undefined) input.date = opts.date;
      await writeOut(process.stdout, render(analyse(input), { ...opts, pretty: false }));
    } catch (e) {
      if (!isIsnadError(e)) throw e;
      failed++;
      id ??= idOfBadLine(line.bytes);
      const errorLine = { id, error: { code: e.code, message: `${where}: ${e.message}` } };
      await writeOut(process.stdout, JSON.stringify(errorLine) + '\n');
      process.stderr.write(`isnad: ${e.describe()}\n`);
    }
  }
  return failed > 0 ? 1 : 0;
}

export function register(program: Command): void {
  program
    .command('analyze')
    .description('analyse one article (FILE or - for stdin) or a JSONL stream of articles')
    .argument('[file]', 'article text file, or - for standard input')
    .option('--date <YYYY-MM-DD>', "the article's date, the anchor for relative times")
    .option('--jsonl <file>', 'one JSON article per line ({id, text, date?, source?, title?, url?}); - for stdin')
    .option('--format <format>', 'json (the contract) or text (readable)', 'json')
    .option('--pretty', 'indent the JSON output')
    .action(async (file: string | undefined, opts: AnalyzeOptions) => {
      if (opts.format !== 'json' && opts.format !== 'text') {
        throw new IsnadError('USAGE', `--format must be json or text, not "${String(opts.format)}"`);
      }
      if (opts.date !== undefined) checkDate(opts.date, '--date');
      if (opts.jsonl !== undefined) {
        if (file !== undefined) throw new IsnadError('USAGE', 'give either FILE or --jsonl, not both');
        process.exitCode = await analyzeJsonl(opts.jsonl, opts);
        return;
      }
      if (file === undefined) throw new IsnadError('USAGE', 'analyze needs a FILE, - for standard input, or --jsonl FILE');
      const text = await readTextInput(file);
      const input: DocumentInput = { text, ...(opts.date !== undefined && { date: opts.date }) };
      await writeOut(process.stdout, render(analyse(input), opts));
    });
}
