import { Command, Option } from 'commander';
import { readFile } from 'node:fs/promises';
import { loadDefaultRestorer } from '../restore/index.js';
import { decodeText } from '../input/decode-text.js';
import type { CliContext } from './context.js';

export function restoreCommand(ctx: CliContext): Command {
  return new Command('restore')
    .description('restore Vietnamese diacritics and OCR confusions in a text (stdin to stdout with - or no file)')
    .argument('[file]', 'a text file, or - for stdin', '-')
    .addOption(new Option('--tone-style <style>', 'where tone marks go: old (hòa, thủy) or new (hoà, thuỷ)').choices(['old', 'new']).default('old'))
    .action(async (file: string, o) => {
      const bytes = file === '-' ? await readAll(ctx.stdin) : await readFile(file);
      const { text } = decodeText(bytes);
      const restorer = await loadDefaultRestorer({ toneStyle: o.toneStyle });
      ctx.stdout.write(restorer.restore(text));
    });
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(Buffer.from(c as Buffer));
  return Buffer.concat(chunks);
}
