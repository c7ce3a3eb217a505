import type { OcrMode, Page, SourceKind } from '../pipeline/document.js';
import { layerVerdict, measureLayer } from '../restore/layer-quality.js';
import type { OcrResult } from '../ocr/pool.js';
import { decodeText } from './decode-text.js';
import { loadImagePages } from './image.js';
import { openPdf } from './pdf.js';

export interface PageReader {
  ocrMode: OcrMode;
  dpi: number;
  /** OCR one page image; injected so that this module does no OCR set-up itself. */
  ocr: (image: Buffer) => Promise<OcrResult>;
  /** Pages of one document OCR'd at once (the next page is rendered meanwhile); default 1. */
  pagesInFlight?: number;
}

/**
 * Runs page tasks in order with at most `limit` OCR calls pending, so a long document uses every
 * OCR worker while memory holds only a few rendered pages.
 */
class PageQueue {
  private pending: Array<Promise<unknown>> = [];
  constructor(private limit: number) {}
  async add<T>(task: Promise<T>): Promise<void> {
    task.catch(() => {}); // a failure surfaces when the task is awaited, not as an unhandled rejection
    this.pending.push(task);
    if (this.pending.length >= this.limit) await this.pending.shift();
  }
  async drain(): Promise<void> {
    await Promise.all(this.pending);
  }
}

export interface ReadPagesResult {
  pages: Page[];
  encoding?: string;
  warnings: string[];
}

/** Turn the bytes of one document into pages of raw text, choosing text layer or OCR per page. */
export async function readPages(bytes: Buffer, kind: SourceKind, r: PageReader): Promise<ReadPagesResult> {
  if (kind === 'text') {
    const { text, encoding } = decodeText(bytes);
    return { pages: [layerPage(1, text, `text file (${encoding})`)], encoding, warnings: [] };
  }
  if (kind === 'pdf') return readPdf(bytes, r);
  const warnings: string[] = [];
  const images = loadImagePages(bytes, kind);
  const pages: Page[] = new Array(images.length);
  const queue = new PageQueue(r.pagesInFlight ?? 1);
  for (const [i, img] of images.entries()) {
    if (r.ocrMode === 'never') {
      warnings.push(`page ${i + 1}: image left unread because of --ocr never`);
      pages[i] = { ...layerPage(i + 1, '', 'image page; OCR disabled by --ocr never'), source: 'ocr' };
      continue;
    }
    await queue.add(r.ocr(img.png ?? img.bytes).then((res) => {
      pages[i] = ocrPage(i + 1, res, `image page (${img.width}×${img.height})`, null);
    }));
  }
  await queue.drain();
  return { pages, warnings };
}

async function readPdf(bytes: Buffer, r: PageReader): Promise<ReadPagesResult> {
  const pdf = await openPdf(bytes);
  const pages: Page[] = new Array(pdf.pageCount);
  const warnings: string[] = [];
  const queue = new PageQueue(r.pagesInFlight ?? 1);
  try {
    for (let n = 1; n <= pdf.pageCount; n++) {
      const layer = await pdf.pageText(n).catch(() => '');
      const q = measureLayer(layer);
      const verdict = layerVerdict(q);
      const useLayer = r.ocrMode === 'never' || (r.ocrMode === 'auto' && verdict.usable);
      if (useLayer) {
        const why = r.ocrMode === 'never' ? `--ocr never; ${verdict.reason}` : verdict.reason;
        if (r.ocrMode === 'never' && !verdict.usable) warnings.push(`page ${n}: ${verdict.reason}, kept because of --ocr never`);
        pages[n - 1] = { ...layerPage(n, layer, why), layerQuality: q };
        continue;
      }
      const png = await pdf.renderPage(n, r.dpi);
      const why = r.ocrMode === 'always' ? `--ocr always; ${verdict.reason}` : `${verdict.reason}; OCR at ${r.dpi} dpi`;
      await queue.add(r.ocr(png).then((res) => { pages[n - 1] = ocrPage(n, res, why, q); }));
    }
    await queue.drain();
  } finally {
    await pdf.close().catch(() => {});
  }
  return { pages, warnings };
}

function layerPage(number: number, text: string, reason: string): Page {
  return { number, source: 'text-layer', reason, confidence: null, layerQuality: null, rawText: text, text };
}

function ocrPage(number: number, res: OcrResult, reason: string, q: Page['layerQuality']): Page {
  const text = res.text.replace(/\n+$/, '');
  return { number, source: 'ocr', reason, confidence: res.confidence, layerQuality: q, rawText: text, text };
}

