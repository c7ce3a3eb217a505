import { createWorker, OEM, PSM, type Worker } from 'tesseract.js';
import { traineddataDir } from './traineddata.js';

export interface OcrResult {
  text: string;
  confidence: number; // 0–1
}

export interface OcrPoolOptions {
  size: number;
  lang?: string;
  /** Recycle a worker after this many pages: tesseract.js workers grow with use. */
  pagesPerWorker?: number;
}

interface Slot {
  worker: Worker | null;
  pages: number;
  busy: boolean;
}

/**
 * A bounded pool of tesseract.js workers, created lazily once and reused.
 * Traineddata is read from node_modules with caching off, so nothing is fetched and no
 * `vie.traineddata` is left in the working folder.
 */
export class OcrPool {
  private slots: Slot[];
  private waiting: Array<(slot: Slot) => void> = [];
  private readonly lang: string;
  private readonly langPath: string;
  private readonly pagesPerWorker: number;

  constructor(opts: OcrPoolOptions) {
    this.lang = opts.lang ?? 'vie';
    this.langPath = traineddataDir(this.lang);
    this.pagesPerWorker = opts.pagesPerWorker ?? 50;
    this.slots = Array.from({ length: Math.max(1, opts.size) }, () => ({ worker: null, pages: 0, busy: false }));
  }

  async recognize(image: Buffer): Promise<OcrResult> {
    const slot = await this.acquire();
    try {
      if (slot.worker && slot.pages >= this.pagesPerWorker) {
        await slot.worker.terminate();
        slot.worker = null;
      }
      if (!slot.worker) {
        slot.worker = await this.spawn();
        slot.pages = 0;
      }
      const { data } = await slot.worker.recognize(image);
      slot.pages++;
      return { text: data.text.normalize('NFC'), confidence: Math.round(data.confidence * 10) / 1000 };
    } finally {
      this.release(slot);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map(async (s) => { await s.worker?.terminate(); s.worker = null; }));
  }

  private async spawn(): Promise<Worker> {
    const worker = await createWorker(this.lang, OEM.LSTM_ONLY, {
      langPath: this.langPath,
      gzip: true,
      cacheMethod: 'none',
    }, {
      // Tesseract's own diagnostics ('Estimating resolution as …') would clutter stderr.
      debug_file: '/dev/null',
    } as Record<string, string>);
    // Mode 3 (automatic segmentation) halves errors on full pages compared with the default 6.
    await worker.setParameters({ tessedit_pageseg_mode: PSM.AUTO, preserve_interword_spaces: '1' });
    return worker;
  }

  private acquire(): Promise<Slot> {
    const free = this.slots.find((s) => !s.busy);
    if (free) { free.busy = true; return Promise.resolve(free); }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(slot: Slot): void {
    const next = this.waiting.shift();
    if (next) next(slot);
    else slot.busy = false;
  }
}
