import { Command, CommanderError } from 'commander';
import chalk from 'chalk';
import { DocumentError } from '../pipeline/document.js';
import { VERSION } from '../version.js';
import { EXIT } from './exit-codes.js';
import type { CliContext } from './context.js';
import { extractCommand } from './extract.js';
import { ocrCommand } from './ocr.js';
import { restoreCommand } from './restore.js';

/** Run the CLI; returns the exit code instead of exiting, so it can be called from tests. */
export async function main(argv: string[], io: Partial<CliContext> = {}): Promise<number> {
  const ctx: CliContext = {
    stdout: io.stdout ?? process.stdout,
    stderr: io.stderr ?? process.stderr,
    stdin: io.stdin ?? process.stdin,
    signal: io.signal ?? new AbortController().signal,
    exitCode: EXIT.ok,
  };
  const program = new Command('vanban')
    .description('Scanned Vietnamese administrative documents → clean Vietnamese text and structured JSON')
    .version(VERSION)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => ctx.stdout.write(s),
      writeErr: (s) => ctx.stderr.write(s),
    });
  for (const make of [extractCommand, ocrCommand, restoreCommand]) program.addCommand(make(ctx).exitOverride());
  try {
    await program.parseAsync(argv, { from: 'user' });
    return ctx.exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return EXIT.ok;
      return EXIT.usage;
    }
    if (err instanceof DocumentError && (err.code === 'missing-traineddata' || err.code === 'missing-model')) {
      ctx.stderr.write(`${chalk.red('error')}: ${err.message}\n`);
      return EXIT.missingModel;
    }
    if (err instanceof Error && /^--shard/.test(err.message)) {
      ctx.stderr.write(`${chalk.red('error')}: ${err.message}\n`);
      return EXIT.usage;
    }
    throw err;
  }
}
