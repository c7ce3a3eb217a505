/**
 * OCR benchmark (npm run bench:ocr [-- --quick]): seconds per page and pages per minute on the
 * sample scans with 1 and 2 workers, peak memory; the same pages with native tesseract when it is
 * on PATH (OMP_THREAD_LIMIT=1, see ../shared/spec/ocr-notes.md).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPdf } from '../../src/input/pdf.js';
import { OcrPool } from '../../src/ocr/pool.js';
import { readFileSync } from 'node:fs';

const quick = process.argv.includes('--quick');
const pages: Buffer[] = [readFileSync('samples/cong-van-scan.png')];
for (const f of ['samples/ke-hoach-scan.pdf', 'samples/quyet-dinh-damaged-layer.pdf']) {
  const pdf = await openPdf(readFileSync(f));
  for (let n = 1; n <= pdf.pageCount; n++) pages.push(await pdf.renderPage(n, 300));
  await pdf.close();
}
const work = quick ? pages.slice(0, 2) : [...pages, ...pages]; // 8 pages in the full run
console.log(`pages: ${work.length} (300 dpi A4 scans)`);

const results: Record<number, number> = {};
for (const jobs of [1, 2]) {
  const pool = new OcrPool({ size: jobs });
  await Promise.all(Array.from({ length: jobs }, () => pool.recognize(pages[0]))); // start the workers
  const t0 = performance.now();
  await Promise.all(work.map((p) => pool.recognize(p)));
  const s = (performance.now() - t0) / 1000;
  await pool.close();
  results[jobs] = s;
  console.log(`tesseract.js --jobs ${jobs}: ${(s / work.length).toFixed(2)} s/page, ${((work.length / s) * 60).toFixed(1)} pages/min`);
}
console.log(`speed-up with 2 workers: ${(results[1] / results[2]).toFixed(2)}×`);
console.log(`peak RSS (process incl. worker threads): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);

// Native tesseract with its Vietnamese model, when installed, for comparison.
const langs = spawnSync('tesseract', ['--list-langs'], { encoding: 'utf8' });
if (langs.status !== 0 || !/^vie$/m.test(langs.stdout ?? '')) {
  console.log('native tesseract: not on PATH or without its Vietnamese model (install tesseract-ocr and tesseract-ocr-vie to compare)');
} else {
  const dir = mkdtempSync(join(tmpdir(), 'vanban-native-'));
  const t0 = performance.now();
  work.forEach((p, i) => {
    const f = join(dir, `p${i}.png`);
    writeFileSync(f, p);
    execFileSync('tesseract', [f, join(dir, `p${i}`), '-l', 'vie', '--psm', '3'], { env: { ...process.env, OMP_THREAD_LIMIT: '1' }, stdio: 'ignore' });
  });
  const s = (performance.now() - t0) / 1000;
  console.log(`native tesseract (1 process): ${(s / work.length).toFixed(2)} s/page; tesseract.js --jobs 1 / native = ${(results[1] / s).toFixed(2)}`);
}
