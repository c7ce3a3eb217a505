import { createCanvas, type Canvas } from '@napi-rs/canvas';

/** Dev-time only: make rendered pages look scanned, reproducibly. */

/** Deterministic PRNG (mulberry32) so regenerated pages are byte-identical. */
export function rng(seed: number): () => number {
  return () => {
    seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Scanner look: slight rotation, blur, grey background, speckles. */
export function scanned(page: Canvas, seed: number, degrees: number, blurPx = 0.8, speckles = 600): Canvas {
  const r = rng(seed);
  const out = createCanvas(page.width, page.height);
  const ctx = out.getContext('2d');
  ctx.fillStyle = '#f4f3ef';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.translate(out.width / 2, out.height / 2);
  ctx.rotate((degrees * Math.PI) / 180);
  ctx.translate(-out.width / 2, -out.height / 2);
  ctx.filter = `blur(${blurPx}px)`;
  ctx.globalCompositeOperation = 'multiply';
  ctx.drawImage(page, 0, 0);
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.filter = 'none';
  ctx.globalCompositeOperation = 'source-over';
  ctx.fillStyle = '#222';
  for (let i = 0; i < speckles; i++) {
    const s = 1 + r() * 2;
    ctx.fillRect(r() * out.width, r() * out.height, s, s);
  }
  return out;
}
