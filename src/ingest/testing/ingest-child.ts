/**
 * The ingest command as a process of its own: `node ingest-child.js ingest …`.
 * The crash-safety test kills it with SIGKILL in mid-ingest.
 */
import { Command } from 'commander';
import { isIsnadError } from '../../core/errors.js';
import { register } from '../../cli/commands/ingest.js';

const program = new Command().exitOverride();
register(program);
program.parseAsync(process.argv).then(
  () => undefined,
  (e: unknown) => {
    process.stderr.write(isIsnadError(e) ? `isnad: ${e.describe()}\n` : `${String(e)}\n`);
    process.exitCode = isIsnadError(e) ? 1 : 2;
  },
);
