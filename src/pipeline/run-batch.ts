import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { discoverInputs, type DiscoverIssue, type InputFile } from '../input/discover.js';
import { outputPathFor } from '../output/record-path.js';
import { writeAtomic } from '../output/write-atomic.js';
import { toJson } from '../output/serialize.js';
import type { PageReader } from '../input/read-pages.js';
import type { DocumentRecord, RunInfo } from './document.js';
import { processDocument } from './process-document.js';
import { inShard, type Shard } from './shard.js';
import type { Stages } from './stages.js';

export type DocStatus = 'ok' | 'failed' | 'skipped';

export interface DocResult {
  input: InputFile;
  record: DocumentRecord;
  status: DocStatus;
  seconds: number;
  outputPath: string | null;
}

export interface BatchOptions {
  inputs: string[];
  include?: string[];
  exclude?: string[];
  jobs: number;
  outDir?: string;
  force?: boolean;
  shard?: Shard;
  reader: PageReader;
  stages: Stages;
  run: RunInfo;
  signal?: AbortSignal;
}

export interface BatchEvents {
  /** Called in input order, one document at a time. */
  onResult?: (r: DocResult) => void | Promise<void>;
  onStart?: (input: InputFile) => void;
  onIssue?: (issue: DiscoverIssue) => void;
}

export interface BatchSummary {
  documents: number;
  ok: number;
  failed: number;
  skipped: number;
  pages: number;
  seconds: number;
  interrupted: boolean;
}

/**
 * Run documents with bounded concurrency, streaming: at most `jobs` documents in flight and
 * results handed on in input order, so memory stays flat however long the list is.
 */
export async function runBatch(opts: BatchOptions, ev: BatchEvents = {}): Promise<BatchSummary> {
  const started = performance.now();
  const summary: BatchSummary = { documents: 0, ok: 0, failed: 0, skipped: 0, pages: 0, seconds: 0, interrupted: false };
  const inFlight: Array<Promise<DocResult>> = [];
  const jobs = Math.max(1, opts.jobs);

  const emit = async (r: DocResult) => {
    summary.documents++;
    summary[r.status]++;
    summary.pages += r.record.pages.length;
    await ev.onResult?.(r);
  };

  for await (const input of discoverInputs(opts.inputs, { include: opts.include, exclude: opts.exclude, onIssue: ev.onIssue })) {
    if (opts.signal?.aborted) break;
    if (opts.shard && !inShard(input.relativePath, opts.shard)) continue;
    ev.onStart?.(input);
    inFlight.push(runOne(input, opts));
    // Window of 2×jobs keeps every worker busy while earlier results wait their turn.
    while (inFlight.length >= jobs * 2) await emit(await inFlight.shift()!);
  }
  while (inFlight.length) await emit(await inFlight.shift()!);
  summary.interrupted = !!opts.signal?.aborted;
  summary.seconds = Math.round((performance.now() - started) / 10) / 100;
  return summary;
}

async function runOne(input: InputFile, opts: BatchOptions): Promise<DocResult> {
  const t0 = performance.now();
  const outputPath = opts.outDir ? outputPathFor(opts.outDir, input.relativePath) : null;
  if (outputPath && !opts.force) {
    const previous = await reusable(outputPath, input.path, opts.run);
    if (previous) return { input, record: previous, status: 'skipped', seconds: 0, outputPath };
  }
  const record = await processDocument(input.path, input.relativePath, opts.reader, opts.stages, opts.run);
  if (outputPath) {
    try {
      await writeAtomic(outputPath, toJson(record));
    } catch (err) {
      const why = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
      record.error ??= { code: 'output-not-writable', message: `cannot write ${outputPath} (${why}); check the --out folder's permissions and free space` };
      return { input, record, status: 'failed', seconds: elapsed(t0), outputPath: null };
    }
  }
  return { input, record, status: record.error ? 'failed' : 'ok', seconds: elapsed(t0), outputPath };
}

function elapsed(t0: number): number {
  return Math.round((performance.now() - t0) / 10) / 100;
}

/** A previous output counts as done when it succeeded for the same input bytes and options. */
async function reusable(outputPath: string, inputPath: string, run: RunInfo): Promise<DocumentRecord | null> {
  let previous: DocumentRecord;
  try {
    previous = JSON.parse(await readFile(outputPath, 'utf8'));
  } catch {
    return null; // missing or unreadable: redo it
  }
  if (previous.error || previous.run?.optionsKey !== run.optionsKey) return null;
  try {
    const sha = createHash('sha256').update(await readFile(inputPath)).digest('hex');
    return sha === previous.source?.sha256 ? previous : null;
  } catch {
    return null;
  }
}
