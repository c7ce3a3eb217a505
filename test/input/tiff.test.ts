import { describe, it, expect } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import UTIF from 'utif';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { runCli, SAMPLES } from '../helpers/run-cli.js';

/** A 2-page RGBA TIFF made from the top and bottom halves of the PNG sample scan. */
async function twoPageTiff(): Promise<Buffer> {
  const img = await loadImage(join(SAMPLES, 'cong-van-scan.png'));
  const w = img.width, h = Math.floor(img.height / 2);
  const pages = [0, h].map((y) => {
    const c = createCanvas(w, h);
    c.getContext('2d').drawImage(img, 0, y, w, h, 0, 0, w, h);
    return Buffer.from(c.getContext('2d').getImageData(0, 0, w, h).data.buffer);
  });
  const start = 4096;
  const ifds = pages.map((_, i) => ({
    t256: [w], t257: [h], t258: [8, 8, 8, 8], t259: [1], t262: [2], t273: [start + i * w * h * 4], t277: [4], t278: [h],
    t279: [w * h * 4], t282: [1], t283: [1], t284: [1], t286: [0], t287: [0], t296: [1], t338: [1],
  }));
  const head = Buffer.from((UTIF as unknown as { encode(i: object[]): ArrayBuffer }).encode(ifds));
  const out = Buffer.alloc(start + 2 * w * h * 4);
  head.copy(out, 0, 0, Math.min(head.length, start));
  pages.forEach((p, i) => p.copy(out, start + i * w * h * 4));
  return out;
}

describe('multi-page TIFF', () => {
  it('OCRs every page of a TIFF', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vanban-tiff-'));
    const f = join(dir, 'scan.tif');
    writeFileSync(f, await twoPageTiff());
    const r = await runCli(['extract', f, '--jobs', '2', '--no-restore', '-q']);
    expect(r.code).toBe(0);
    const rec = JSON.parse(r.stdout);
    expect(rec.source.kind).toBe('tiff');
    expect(rec.pages.map((p: { source: string }) => p.source)).toEqual(['ocr', 'ocr']);
    expect(rec.pages[0].rawText).toMatch(/Kính gửi/);
    expect(rec.pages[1].rawText).toMatch(/Trần Thị Mai Lan/);
  });
});
