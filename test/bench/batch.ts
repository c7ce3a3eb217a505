/**
 * Batch benchmark (npm run bench:batch [-- --pages N]): N or more pages through `vanban extract`
 * with --jobs 1 and --jobs 2 (scans, so OCR dominates): pages per minute, speed-up, peak memory.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const i = process.argv.indexOf('--pages');
const want = i > 0 ? Number(process.argv[i + 1]) : 50;
const dir = mkdtempSync(join(tmpdir(), 'vanban-batch-'));
let pages = 0, k = 0;
const kinds: Array<[string, number]> = [['cong-van-scan.png', 1], ['ke-hoach-scan.pdf', 2], ['quyet-dinh-damaged-layer.pdf', 1], ['thong-bao.txt', 1]];
while (pages < want) {
  const [f, p] = kinds[k % kinds.length];
  copyFileSync(join('samples', f), join(dir, `${String(k).padStart(3, '0')}-${f}`));
  pages += p; k++;
}
console.log(`input: ${k} documents, ${pages} pages`);
const per: Record<number, number> = {};
for (const jobs of [1, 2]) {
  const out = join(dir, `out-${jobs}`);
  const t0 = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, 'bin/vanban.js', 'extract', dir, '--out', out, '--jobs', String(jobs), '-q', '--exclude', 'out-*/**'], { encoding: 'utf8' });
  const s = (performance.now() - t0) / 1000;
  per[jobs] = s;
  const peakKb = Number(r.stderr.trim().split('\n').pop());
  console.log(`--jobs ${jobs}: exit ${r.status}, ${s.toFixed(1)} s, ${((pages / s) * 60).toFixed(1)} pages/min, peak RSS ${(peakKb / 1024).toFixed(0)} MB`);
  rmSync(out, { recursive: true, force: true });
}
console.log(`speed-up --jobs 2 over --jobs 1: ${(per[1] / per[2]).toFixed(2)}×`);
