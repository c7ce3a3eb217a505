import { PassThrough } from 'node:stream';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SAMPLES = `${ROOT}samples`;
export const BIN = `${ROOT}bin/vanban.js`;

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the CLI in-process with captured streams (no colour: the streams are not TTYs). */
export async function runCli(args: string[], stdin = ''): Promise<CliRun> {
  const out = new PassThrough();
  const err = new PassThrough();
  const inp = new PassThrough();
  inp.end(stdin);
  let stdout = '', stderr = '';
  out.on('data', (d) => (stdout += d));
  err.on('data', (d) => (stderr += d));
  const code = await main(args, { stdout: out, stderr: err as unknown as NodeJS.WriteStream, stdin: inp });
  return { code, stdout, stderr };
}

/** Run the built CLI as a child process (for signals, preloads and real exit codes). */
export function runBin(args: string[], opts: { env?: NodeJS.ProcessEnv; nodeArgs?: string[]; cwd?: string; input?: string } = {}): CliRun {
  const r = spawnSync(process.execPath, [...(opts.nodeArgs ?? []), BIN, ...args], {
    encoding: 'utf8', env: { ...process.env, ...opts.env }, cwd: opts.cwd ?? ROOT, input: opts.input ?? '',
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
