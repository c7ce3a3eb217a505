import { PDFParse } from 'pdf-parse';
import { DocumentError } from '../pipeline/document.js';

export interface PdfHandle {
  pageCount: number;
  pageText(n: number): Promise<string>;
  /** The page rendered to PNG at `dpi`. */
  renderPage(n: number, dpi: number): Promise<Buffer>;
  close(): Promise<void>;
}

/** Open a PDF with pdf-parse (pdf.js). Errors become DocumentErrors with a code and advice. */
export async function openPdf(bytes: Buffer): Promise<PdfHandle> {
  const parser = new PDFParse({ data: new Uint8Array(bytes), verbosity: 0 } as never);
  let pageCount: number;
  try {
    const info = await parser.getInfo();
    pageCount = info.total;
  } catch (err) {
    await parser.destroy().catch(() => {});
    throw pdfError(err);
  }
  if (!pageCount) {
    await parser.destroy().catch(() => {});
    throw new DocumentError('pdf-no-pages', 'PDF has no pages');
  }
  return {
    pageCount,
    async pageText(n) {
      const r = await parser.getText({ partial: [n], pageJoiner: '' } as never);
      return (r.pages[0]?.text ?? '').normalize('NFC');
    },
    async renderPage(n, dpi) {
      const r = await parser.getScreenshot({ partial: [n], scale: dpi / 72, imageBuffer: true, imageDataUrl: false });
      const data = r.pages[0]?.data;
      if (!data) throw new DocumentError('pdf-render-failed', `page ${n} could not be rendered`);
      return Buffer.from(data);
    },
    close: () => parser.destroy(),
  };
}

function pdfError(err: unknown): DocumentError {
  const e = err as { name?: string; message?: string };
  const msg = e?.message ?? String(err);
  if (e?.name === 'PasswordException' || /password/i.test(msg)) {
    return new DocumentError('pdf-encrypted', 'PDF is password-protected; remove the password (e.g. qpdf --decrypt) and run again');
  }
  return new DocumentError('pdf-corrupt', `PDF cannot be read (${msg.split('\n')[0]}); it may be truncated or damaged — re-scan or re-export it`);
}
