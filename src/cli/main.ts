#!/usr/bin/env node
import { isEntryPoint } from '../core/entry-point.js';
import { Command, CommanderError } from 'commander';
import { isIsnadError } from '../core/errors.js';
import { register as registerAnalyze } from './commands/analyze.js';
import { register as registerSegment } from './commands/segment.js';
import { register as registerServe } from './commands/serve.js';
import { register as registerNer } from './commands/ner.js';
import { register as registerIngest } from './commands/ingest.js';
import { register as registerSearch } from './commands/search.js';
import { register as registerEntity } from './commands/entity.js';
import { register as registerSaid } from './commands/said.js';
import { register as registerEvents } from './commands/events.js';
import { register as registerStories } from './commands/stories.js';
import { register as registerExport } from './commands/export.js';

/** Every command of the CLI; each module registers its own options. */
const COMMANDS: ReadonlyArray<(program: Command) => void> = [
  registerAnalyze,
  registerSegment,
  registerNer,
  registerIngest,
  registerSearch,
  registerEntity,
  registerSaid,
  registerEvents,
  registerStories,
  registerExport,
  registerServe,
];

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('isnad')
    .description('Arabic news to source-attributed facts')
    .version('0.1.0')
    .showHelpAfterError('(run isnad --help for usage)')
    .exitOverride();
  for (const register of COMMANDS) register(program);
  for (const cmd of program.commands) cmd.exitOverride();
  return program;
}

/** Exit status: 0 success, 1 a document or command failed, 2 bad usage. */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      return 2;
    }
    if (isIsnadError(e)) {
      process.stderr.write(`isnad: ${e.describe()}\n`);
      return e.code === 'USAGE' || e.code === 'DATE_INVALID' ? 2 : 1;
    }
    throw e;
  }
}

if (isEntryPoint(import.meta.url)) {
  main(process.argv).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`isnad: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 70;
    },
  );
}
