import { Command, Option } from 'commander';
import { createPipeline } from '../pipeline/create.js';
import { processDocument } from '../pipeline/process-document.js';
import { basename } from 'node:path';
import { EXIT } from './exit-codes.js';
import { defaultJobs, parseDpi, parseJobs, parseOcrMode } from './options.js';
import type { CliContext } from './context.js';

export function ocrCommand(ctx: CliContext): Command {
  return new Command('ocr')
    .description('print the plain text of a document (text layer or OCR), pages separated by a blank line')
    .argument('<file>', 'a PDF, image or text file')
    .addOption(new Option('--ocr <mode>', 'auto, always or never').default('auto').argParser(parseOcrMode))
    .option('-j, --jobs <n>', 'OCR workers', parseJobs, defaultJobs())
    .option('--dpi <n>', 'resolution for rendering PDF pages', parseDpi, 300)
    .option('--restore', 'also restore Vietnamese diacritics')
    .action(async (file: string, o) => {
      const pipeline = await createPipeline({ ocrMode: o.ocr, dpi: o.dpi, jobs: o.jobs, restore: !!o.restore, extract: false });
      try {
        const rec = await processDocument(file, basename(file), pipeline.reader, pipeline.stages, pipeline.run);
        if (rec.error) {
          ctx.stderr.write(`error ${file}: ${rec.error.message}\n`);
          ctx.exitCode = EXIT.someFailed;
          return;
        }
        ctx.stdout.write(rec.text.endsWith('\n') ? rec.text : rec.text + '\n');
      } finally {
        await pipeline.close();
      }
    });
}
