import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import type { PageReader } from '../input/read-pages.js';
import { OcrPool } from '../ocr/pool.js';
import type { OcrMode, RunInfo } from './document.js';
import type { Stages } from './stages.js';
import { VERSION } from '../version.js';

export interface PipelineOptions {
  ocrMode?: OcrMode;
  dpi?: number;
  jobs?: number;
  restore?: boolean;
  extract?: boolean;
  /** Stages to use; default: the shipped restorer and extractor (loaded lazily). */
  stages?: Stages;
}

export interface Pipeline {
  reader: PageReader;
  stages: Stages;
  run: RunInfo;
  close(): Promise<void>;
}

/** Build the reader (with a lazily started OCR pool) and the pure stages for a run. */
export async function createPipeline(opts: PipelineOptions = {}): Promise<Pipeline> {
  const ocrMode = opts.ocrMode ?? 'auto';
  const dpi = opts.dpi ?? 300;
  const jobs = opts.jobs ?? availableParallelism();
  let pool: OcrPool | null = null;
  const reader: PageReader = {
    ocrMode,
    dpi,
    pagesInFlight: jobs,
    ocr: (image) => {
      pool ??= new OcrPool({ size: jobs });
      return pool.recognize(image);
    },
  };
  const stages = opts.stages ?? (await defaultStages(opts));
  // Outputs made by other models are not reused: the key holds the model files' contents (the
  // extractor reads the gazetteer too, even without restoration).
  const models = (opts.restore !== false || opts.extract !== false) && !opts.stages ? await modelsDigest() : null;
  const key = { ocrMode, dpi, restore: opts.restore !== false, extract: opts.extract !== false, version: VERSION, models };
  const run: RunInfo = {
    tool: `vanban ${VERSION}`,
    optionsKey: createHash('sha256').update(JSON.stringify(key)).digest('hex').slice(0, 16),
  };
  return { reader, stages, run, close: async () => { await pool?.close(); } };
}

async function modelsDigest(): Promise<string> {
  const { modelPaths } = await import('../restore/index.js');
  const { lawsPath } = await import('../extract/laws.js');
  const h = createHash('sha256');
  for (const p of [...modelPaths(), lawsPath()]) h.update(await readFile(p).catch(() => Buffer.from(`missing ${p}`)));
  return h.digest('hex');
}

async function defaultStages(opts: PipelineOptions): Promise<Stages> {
  const stages: Stages = {};
  let restoreSpan: ((raw: string, docRaw: string, context?: string) => string) | undefined;
  let phraseScore: ((words: string[]) => number) | undefined;
  if (opts.restore !== false) {
    const { loadDefaultRestorer } = await import('../restore/index.js');
    const restorer = await loadDefaultRestorer();
    stages.restore = (t) => restorer.restore(t);
    // The extractor may read a span again: restored with the profile the whole document's raw text
    // gets (its pages were restored one by one, each with its own; a document is one kind of scan).
    // (The profile of the last document's raw text is remembered: a document asks for it once per span.)
    let lastRaw: string | undefined, lastProfile: ReturnType<typeof restorer.profileFor> | undefined;
    const profileOf = (docRaw: string) => {
      if (docRaw !== lastRaw || !lastProfile) { lastProfile = restorer.profileFor(docRaw); lastRaw = docRaw; }
      return lastProfile;
    };
    restoreSpan = (raw, docRaw, context) => restorer.restore(raw, profileOf(docRaw), context);
    phraseScore = (words) => restorer.phraseScore(words);
  }
  if (opts.extract !== false) {
    const { extractAll, extractFields } = await import('../extract/index.js');
    const { loadDefaultPlaces, loadDefaultNames } = await import('../restore/index.js');
    const { loadDefaultLaws } = await import('../extract/laws.js');
    const options = { places: loadDefaultPlaces(), names: loadDefaultNames(), laws: loadDefaultLaws(), restoreSpan, phraseScore };
    stages.extract = (doc) => extractFields(doc, options);
    stages.explain = (doc) => extractAll(doc, options);
  }
  return stages;
}
