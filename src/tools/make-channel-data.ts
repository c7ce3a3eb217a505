/**
 * Make aligned damaged/true text for learning the OCR channel: true Vietnamese from the corpus
 * (held-out documents excluded) is rendered as scanned pages and read back by an English OCR
 * model, which reproduces the damage of the users' archives.
 *
 *   npm run make:channel-data [-- --pages 300 --out build/channel]
 *
 * Uses the native `tesseract` with its English model when it is on PATH (what made the users'
 * damaged layers: `apt-get install tesseract-ocr tesseract-ocr-eng`), otherwise tesseract.js with
 * `@tesseract.js-data/eng`. Fonts: TeX Gyre Termes (a Times clone: most documents are set in Times), Liberation Serif, DejaVu Serif and FreeSerif where installed
 * (`apt-get install fonts-texgyre fonts-liberation fonts-freefont-ttf`). Pages already made are kept (resumable).
 *
 * Engines differ in how they damage Vietnamese (native tesseract reads Đ as D, tesseract.js and the
 * users' archives often as P), so the same pages are also read by the second engine:
 *   npm run make:channel-data -- --reread build/channel --out build/channel-js --pages 960
 * re-reads each page image of build/channel with tesseract.js (English model).
 * Dev-time only.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Worker } from 'tesseract.js';
import { englishWorker } from './english-ocr.js';
import { createCanvas, loadImage, type Canvas } from '@napi-rs/canvas';
import { DPI, registerFonts, renderPage, type RenderOptions } from './render-page.js';
import { rng, scanned } from './scan-noise.js';
import { DEFAULT_CORPUS, isHeldOut, readCorpus } from './corpus.js';
import { arg } from './args.js';

const run = promisify(execFile);
const PAGES = Number(arg('--pages', '300'));
const OUT = arg('--out', 'build/channel');
const JOBS = Number(arg('--jobs', '2'));
const LINES_PER_PAGE = 34;
const SCAN_DPI = [150, 200, 200, 300];
const INK_SPREAD = [0, 0, 0.6, 1];
const CHARS_PER_LINE = 78;

const FONT_FILES: Array<[string, string, string]> = [
  ['TeXGyreTermes', '/usr/share/texmf/fonts/opentype/public/tex-gyre/texgyretermes-regular.otf', '/usr/share/texmf/fonts/opentype/public/tex-gyre/texgyretermes-bold.otf'],
  ['LiberationSerif', '/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf', '/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf'],
  ['DejaVuSerif', '/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf', '/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf'],
  ['FreeSerif', '/usr/share/fonts/truetype/freefont/FreeSerif.ttf', '/usr/share/fonts/truetype/freefont/FreeSerifBold.ttf'],
];

/** Lines of a document worth rendering: real sentences and headings, no tables or dotted forms. */
function usableLines(text: string): string[] {
  return text.split('\n').map((l) => l.trim()).filter((l) => l.length >= 3 && l.length <= 600 && !/[|]|\.{4,}|…{2,}|_{3,}|-{4,}/.test(l));
}

/** The page after JPEG compression (its artefacts), stored losslessly for the OCR. */
async function jpegAsPng(c: Canvas, quality: number): Promise<Buffer> {
  const img = await loadImage(c.toBuffer('image/jpeg', quality));
  const out = createCanvas(c.width, c.height);
  out.getContext('2d').drawImage(img, 0, 0);
  return out.toBuffer('image/png');
}

async function hasNativeTesseract(): Promise<boolean> {
  try {
    const { stdout } = await run('tesseract', ['--list-langs']);
    return /^eng$/m.test(stdout);
  } catch {
    return false;
  }
}

/** The pages of another folder read again by tesseract.js, truth copied. */
async function reread(from: string) {
  mkdirSync(OUT, { recursive: true });
  const worker = await englishWorker();
  const t0 = Date.now();
  for (let p = 0; p < PAGES; p++) {
    const base = String(p).padStart(4, '0');
    if (existsSync(join(OUT, `${base}.ocr.txt`)) || !existsSync(join(from, `${base}.png`))) continue;
    const text = (await worker.recognize(join(from, `${base}.png`))).data.text;
    copyFileSync(join(from, `${base}.truth.txt`), join(OUT, `${base}.truth.txt`));
    writeFileSync(join(OUT, `${base}.ocr.txt`), text);
    if ((p + 1) % 20 === 0) console.error(`${p + 1}/${PAGES} pages (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  }
  await worker.terminate();
  console.error(`done: ${PAGES} pages of ${from} re-read into ${OUT}`);
}

async function main() {
  const from = process.argv.includes('--reread') ? arg('--reread', '') : null;
  if (from) return reread(from);
  mkdirSync(OUT, { recursive: true });
  const fonts: RenderOptions[] = FONT_FILES.filter(([, f]) => existsSync(f)).map(([family, fontFile, boldFontFile]) => ({ family, fontFile, boldFontFile }));
  if (fonts.length === 0) throw new Error('no serif font found; apt-get install fonts-liberation');
  fonts.forEach(registerFonts);

  // Documents to draw from: administrative and legal texts, never held-out ones.
  const docs: string[][] = [];
  for await (const d of readCorpus(DEFAULT_CORPUS)) {
    if (isHeldOut(d.id) || d.type === 'PHÁP ĐIỂN (đề mục)') continue;
    const lines = usableLines(d.text);
    if (lines.length >= 10) docs.push(lines);
  }
  const native = await hasNativeTesseract();
  console.error(`${docs.length} documents; OCR with ${native ? 'native tesseract (eng)' : 'tesseract.js (eng)'}; fonts ${fonts.map((f) => f.family).join(', ')}`);

  let jsWorker: Worker | null = null;
  const ocr = async (png: string): Promise<string> => {
    if (native) {
      const { stdout } = await run('tesseract', [png, 'stdout', '-l', 'eng', '--psm', '3'], { env: { ...process.env, OMP_THREAD_LIMIT: '1' }, maxBuffer: 1 << 24 });
      return stdout;
    }
    jsWorker ??= await englishWorker();
    return (await jsWorker.recognize(png)).data.text;
  };

  const make = async (p: number) => {
    const base = join(OUT, String(p).padStart(4, '0'));
    if (existsSync(`${base}.ocr.txt`)) return;
    const r = rng(1000 + p);
    const doc = docs[Math.floor(r() * docs.length)];
    const lines: string[] = [];
    let used = 0;
    for (let i = Math.floor(r() * Math.max(1, doc.length - 20)); i < doc.length && used < LINES_PER_PAGE; i++) {
      const n = Math.ceil(doc[i].length / CHARS_PER_LINE);
      if (used + n > LINES_PER_PAGE) break;
      lines.push(doc[i]);
      used += n;
    }
    const font = { ...fonts[p % fonts.length], fontPt: 12 + Math.floor(r() * 3) };
    const { canvas, text } = renderPage([{ kind: 'body', left: [], right: [], lines }], font);
    const page = scanned(canvas, p, (r() - 0.5) * 1.2, 0.4 + r() * 0.9, 300 + Math.floor(r() * 900));
    // Archives are scanned at 150–300 dpi, often as JPEG: at low resolution stacked marks merge
    // into other letters (ố → b, 6), which is much of the damage users have.
    const dpi = SCAN_DPI[Math.floor(r() * SCAN_DPI.length)];
    const scan = createCanvas(Math.round((page.width * dpi) / DPI), Math.round((page.height * dpi) / DPI));
    const sctx = scan.getContext('2d');
    // Ink spread of photocopies and toner: blurred strokes pushed back to black come out thicker.
    const spread = INK_SPREAD[Math.floor(r() * INK_SPREAD.length)];
    if (spread) sctx.filter = `blur(${spread}px) contrast(${1 + spread * 2.5})`;
    sctx.drawImage(page, 0, 0, scan.width, scan.height);
    writeFileSync(`${base}.png`, r() < 0.5 ? scan.toBuffer('image/png') : await jpegAsPng(scan, 50 + Math.floor(r() * 40)));
    writeFileSync(`${base}.truth.txt`, text);
    writeFileSync(`${base}.ocr.txt`, await ocr(`${base}.png`));
  };

  let next = 0, done = 0;
  const t0 = Date.now();
  await Promise.all(Array.from({ length: native ? JOBS : 1 }, async () => {
    while (next < PAGES) {
      await make(next++);
      if (++done % 20 === 0) console.error(`${done}/${PAGES} pages (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
    }
  }));
  if (jsWorker) await (jsWorker as Worker).terminate();
  console.error(`done: ${PAGES} pages in ${OUT}`);
}

main().catch((e) => { console.error(e); process.exit(1); });
