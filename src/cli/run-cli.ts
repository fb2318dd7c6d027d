import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the isnad CLI in a child process (the built entry, or the TypeScript
 * source through tsx when running from source). For tests and scripts.
 */
export function runCli(args: string[], stdin?: string | Buffer, env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  const js = fileURLToPath(new URL('./main.js', import.meta.url));
  const ts = fileURLToPath(new URL('./main.ts', import.meta.url));
  const argv = existsSync(js) ? [js, ...args] : ['--import', 'tsx', ts, ...args];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, argv, { env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }),
    );
    child.stdin.on('error', () => undefined);
    child.stdin.end(stdin ?? '');
  });
}
