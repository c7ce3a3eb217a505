import cliProgress from 'cli-progress';
import chalk from 'chalk';
import type { DocResult } from '../pipeline/run-batch.js';

export interface Reporter {
  started(total: number | null): void;
  result(r: DocResult): void;
  message(line: string): void;
  /** A problem the user must see even with --quiet (skipped inputs). */
  problem(line: string): void;
  stop(): void;
}

export interface ReporterOptions {
  quiet: boolean;
  stream?: NodeJS.WriteStream;
}

/**
 * A progress bar on a TTY (cli-progress), plain periodic lines otherwise (CI, pipes, logs).
 * Always stderr: stdout carries data only. chalk drops colour itself when NO_COLOR is set or
 * stderr is not a terminal.
 */
export function createReporter(opts: ReporterOptions): Reporter {
  const stream = opts.stream ?? process.stderr;
  const tty = !!stream.isTTY && !process.env.CI;
  const t0 = Date.now();
  let docs = 0, pages = 0, failures = 0, lastLine = 0;
  const rate = () => Math.round((pages / Math.max((Date.now() - t0) / 60000, 1e-6)) * 10) / 10;
  let bar: cliProgress.SingleBar | null = null;
  let total = 0;

  const message = (line: string) => {
    if (bar) bar.stop();
    stream.write(line + '\n');
    if (bar) { bar.start(total, docs, { pages, ppm: rate(), failures }); }
  };

  return {
    started(count) {
      if (opts.quiet || !tty) return;
      total = count ?? 0;
      bar = new cliProgress.SingleBar({
        stream,
        format: ' {bar} {value}/{total} docs | ETA {eta_formatted} | {pages} pages | {ppm} pages/min | {duration_formatted} | failed {failures}',
        hideCursor: true,
        clearOnComplete: true,
        barsize: 20,
      }, cliProgress.Presets.shades_classic);
      bar.start(total, 0, { pages: 0, ppm: 0, failures: 0 });
    },
    result(r) {
      docs++;
      pages += r.record.pages.length;
      if (r.status === 'failed') {
        failures++;
        message(`${chalk.red('error')} ${r.input.path}: ${r.record.error!.message}`);
      }
      if (bar) bar.update(docs, { pages, ppm: rate(), failures });
      else if (!opts.quiet && !tty && Date.now() - lastLine > 10000) {
        lastLine = Date.now();
        stream.write(`progress: ${docs} documents, ${pages} pages, ${rate()} pages/min, ${failures} failed\n`);
      }
    },
    message(line) {
      if (!opts.quiet) message(line);
    },
    problem(line) {
      message(`${chalk.yellow('warning')} ${line}`);
    },
    stop() {
      bar?.stop();
      bar = null;
    },
  };
}
