import { Command, Option } from 'commander';
import { discoverInputs } from '../input/discover.js';
import { createPipeline } from '../pipeline/create.js';
import { runBatch } from '../pipeline/run-batch.js';
import { parseShard } from '../pipeline/shard.js';
import { toJsonLine } from '../output/serialize.js';
import { SummaryWriter, summaryRow } from '../output/summary.js';
import { EXIT } from './exit-codes.js';
import { collect, defaultJobs, parseDpi, parseJobs, parseOcrMode } from './options.js';
import { createReporter } from './reporter.js';
import { extractAll } from '../extract/index.js';
import { loadDefaultNames, loadDefaultPlaces } from '../restore/index.js';
import { loadDefaultLaws } from '../extract/laws.js';
import { formatExplanation } from '../output/explain.js';
import { copyRenamed } from '../output/rename.js';
import { join } from 'node:path';
import type { CliContext } from './context.js';

export function extractCommand(ctx: CliContext): Command {
  return new Command('extract')
    .description('read, restore and extract fields from documents; one JSON per document')
    .argument('<inputs...>', 'files, folders (recursive) or globs')
    .option('-o, --out <dir>', 'write <dir>/<relative path>.json per document (default: JSON Lines on stdout)')
    .addOption(new Option('--ocr <mode>', 'auto: OCR pages whose text layer is missing or damaged').default('auto').argParser(parseOcrMode))
    .option('-j, --jobs <n>', 'documents and OCR workers in parallel', parseJobs, defaultJobs())
    .option('--dpi <n>', 'resolution for rendering PDF pages to OCR', parseDpi, 300)
    .option('--include <glob>', 'only inputs matching (repeatable)', collect, [])
    .option('--exclude <glob>', 'skip inputs matching (repeatable)', collect, [])
    .option('--shard <i/n>', 'process only shard i of n (deterministic by relative path)')
    .option('--force', 'redo documents whose output already exists')
    .option('--summary <file>', 'write a JSON Lines summary, one row per document')
    .option('--csv <file>', 'write a CSV summary, one row per document')
    .option('--no-restore', 'keep the text as read (no Vietnamese restoration)')
    .option('--rename <pattern>', 'copy each input to <rename-dir>/<pattern>.<ext>, e.g. {date}_{number} (also {type} {issuer} {place} {name})')
    .option('--rename-dir <dir>', 'folder for --rename copies (default: <out>/renamed, or ./renamed)')
    .option('--explain', 'show on stderr, per field, the rule that matched, its evidence and what it rejected')
    .option('-q, --quiet', 'no progress, only errors')
    .action(async (inputs: string[], o) => {
      ctx.exitCode = await runExtract(inputs, o, ctx);
    });
}

interface ExtractOpts {
  out?: string; ocr: 'auto' | 'always' | 'never'; jobs: number; dpi: number; include: string[]; exclude: string[];
  shard?: string; force?: boolean; summary?: string; csv?: string; restore: boolean; quiet?: boolean; explain?: boolean;
  rename?: string; renameDir?: string;
}

async function runExtract(inputs: string[], o: ExtractOpts, ctx: CliContext): Promise<number> {
  const shard = o.shard ? parseShard(o.shard) : undefined;
  const reporter = createReporter({ quiet: !!o.quiet, stream: ctx.stderr });
  const pipeline = await createPipeline({ ocrMode: o.ocr, dpi: o.dpi, jobs: o.jobs, restore: o.restore });
  const summaries = [
    o.summary ? await SummaryWriter.open(o.summary, 'jsonl') : null,
    o.csv ? await SummaryWriter.open(o.csv, 'csv') : null,
  ].filter((w): w is SummaryWriter => !!w);
  const pending: Array<Promise<unknown>> = [];
  let total: number | null = null;
  if (!o.quiet && ctx.stderr.isTTY) {
    total = 0;
    for await (const _ of discoverInputs(inputs, { include: o.include, exclude: o.exclude })) total++;
  }
  reporter.started(total);
  try {
    const summary = await runBatch(
      {
        inputs, include: o.include, exclude: o.exclude, jobs: o.jobs, outDir: o.out, force: o.force, shard,
        reader: pipeline.reader, stages: pipeline.stages, run: pipeline.run, signal: ctx.signal,
      },
      {
        onIssue: (i) => reporter.problem(`${i.path}: ${i.message}`),
        onResult: (r) => {
          if (!o.out) ctx.stdout.write(toJsonLine(r.record));
          for (const s of summaries) s.write(summaryRow(r));
          if (o.rename && !r.record.error) {
            const dir = o.renameDir ?? join(o.out ?? '.', 'renamed');
            pending.push(copyRenamed(r.record, o.rename, dir).catch((err) => {
              reporter.problem(`${r.input.path}: not copied for --rename (${(err as Error).message})`);
            }));
          }
          if (o.explain && !r.record.error) {
            const explained = pipeline.stages.explain?.(r.record) ?? extractAll(r.record, { places: loadDefaultPlaces(), names: loadDefaultNames(), laws: loadDefaultLaws() });
            reporter.message(formatExplanation(r.input.path, explained));
          }
          reporter.result(r);
        },
      },
    );
    await Promise.all(pending);
    reporter.stop();
    for (const s of summaries) await s.close();
    const ppm = summary.seconds > 0 ? Math.round((summary.pages / summary.seconds) * 600) / 10 : 0;
    if (summary.interrupted) {
      ctx.stderr.write(`interrupted after ${summary.documents} documents; outputs written so far are complete — run the same command again to resume\n`);
      return EXIT.interrupted;
    }
    if (!o.quiet || summary.failed) {
      ctx.stderr.write(
        `${summary.documents} documents (${summary.ok} ok, ${summary.skipped} skipped, ${summary.failed} failed), ` +
        `${summary.pages} pages in ${summary.seconds} s (${ppm} pages/min)\n`,
      );
    }
    return summary.failed ? EXIT.someFailed : EXIT.ok;
  } finally {
    reporter.stop();
    await pipeline.close();
  }
}
