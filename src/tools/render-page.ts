import { createCanvas, GlobalFonts, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';

/** Dev-time only: draw Vietnamese administrative text the way Decree 30 lays it out, at 300 dpi. */

export const DPI = 300;
export const A4 = { width: Math.round(8.27 * DPI), height: Math.round(11.69 * DPI) };
const mm = (x: number) => Math.round((x / 25.4) * DPI);
const pt = (x: number) => Math.round((x / 72) * DPI);

export interface RenderOptions {
  fontFile: string;
  boldFontFile?: string;
  fontPt?: number;
  /** Name the fonts are registered under, so several fonts can be used in one process. */
  family?: string;
}

export interface Block {
  kind: 'header' | 'body' | 'footer';
  left: string[];
  right: string[];
  lines: string[];
}

/** Split a sample source into header columns, body and footer columns (see samples/README.md). */
export function parseLayout(text: string): Block[][] {
  return text.split('\f').map((pageText, pi) => {
    const lines = pageText.replace(/\n+$/, '').split('\n');
    const blocks: Block[] = [];
    let i = 0;
    if (pi === 0) {
      const end = lines.findIndex((l) => l.trim() === '');
      const head = lines.slice(0, end);
      const split = head.findIndex((l) => /^(CỘNG HÒA|ĐẢNG CỘNG SẢN)/.test(l));
      blocks.push({ kind: 'header', left: head.slice(0, split), right: head.slice(split), lines: [] });
      i = end + 1;
    }
    const footStart = lines.findIndex((l) => /^Nơi nhận:/.test(l));
    const bodyEnd = footStart >= 0 ? footStart : lines.length;
    blocks.push({ kind: 'body', left: [], right: [], lines: lines.slice(i, bodyEnd) });
    if (footStart >= 0) {
      const foot = lines.slice(footStart);
      const sig = foot.findIndex((l) => !/^(Nơi nhận:|- )/.test(l));
      blocks.push({ kind: 'footer', left: foot.slice(0, sig), right: foot.slice(sig), lines: [] });
    }
    return blocks;
  });
}

export function registerFonts(o: RenderOptions): void {
  const family = o.family ?? 'SampleSerif';
  GlobalFonts.registerFromPath(o.fontFile, family);
  if (o.boldFontFile) GlobalFonts.registerFromPath(o.boldFontFile, `${family}Bold`);
}

/**
 * Render one page's blocks to a white canvas. Returns the canvas and the page's text in reading
 * order (two-column header and footer rows read left-then-right, as OCR reads them).
 */
export function renderPage(blocks: Block[], o: RenderOptions): { canvas: Canvas; text: string } {
  const size = pt(o.fontPt ?? 13);
  const lineH = Math.round(size * 1.35);
  const canvas = createCanvas(A4.width, A4.height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, A4.width, A4.height);
  ctx.fillStyle = '#111';
  ctx.textBaseline = 'alphabetic';
  const left = mm(30), right = A4.width - mm(15), width = right - left;
  let y = mm(20) + size;
  const out: string[] = [];
  const family = o.family ?? 'SampleSerif';
  const font = (bold: boolean, s = size) => `${s}px ${bold && o.boldFontFile ? `${family}Bold` : family}`;
  const isCaps = (l: string) => l === l.toUpperCase() && /\p{Lu}/u.test(l);
  for (const b of blocks) {
    if (b.kind === 'header' || b.kind === 'footer') {
      const small = Math.round(size * 0.9);
      const colW = Math.round(width * 0.4);
      const rightX = left + Math.round(width * 0.4);
      const rightW = width - (rightX - left);
      const rows = (lines: string[], w: number) =>
        lines.flatMap((l) => wrap(ctx, l, w, font(isCaps(l), small)).map((t) => ({ t, bold: isCaps(l) })));
      const L = rows(b.left, colW);
      const rightLines = b.kind === 'footer' && b.right.length > 1
        ? [...b.right.slice(0, -1), '', '', '', b.right[b.right.length - 1]] // room for signature and seal
        : b.right;
      const R = rows(rightLines, rightW);
      const n = Math.max(L.length, R.length);
      for (let i = 0; i < n; i++) {
        const row: string[] = [];
        for (const [cell, x0, w, center] of [[L[i], left, colW, b.kind === 'header'], [R[i], rightX, rightW, true]] as const) {
          if (!cell || !cell.t) continue;
          ctx.font = font(cell.bold, small);
          const tw = ctx.measureText(cell.t).width;
          ctx.fillText(cell.t, x0 + (center ? Math.max(0, (w - tw) / 2) : 0), y);
          row.push(cell.t);
        }
        if (row.length) out.push(row.join('  '));
        y += lineH;
      }
      y += lineH;
      continue;
    }
    for (const l of b.lines) {
      if (l.trim() === '') { y += Math.round(lineH * 0.5); continue; }
      const title = isCaps(l) && l.length < 60;
      const f = font(title, size);
      const parts = wrap(ctx, l, width - mm(10), f);
      for (const [i, t] of parts.entries()) {
        ctx.font = f;
        const tw = ctx.measureText(t).width;
        const x = title ? left + (width - tw) / 2 : left + (i === 0 ? mm(10) : 0);
        ctx.fillText(t, x, y);
        y += lineH;
      }
      out.push(l);
    }
    y += lineH;
  }
  return { canvas, text: out.join('\n') + '\n' };
}

function wrap(ctx: SKRSContext2D, text: string, width: number, font: string): string[] {
  ctx.font = font;
  const lines: string[] = [];
  let line = '';
  for (const w of text.split(/\s+/)) {
    const trial = line ? `${line} ${w}` : w;
    if (ctx.measureText(trial).width > width && line) { lines.push(line); line = w; } else line = trial;
  }
  lines.push(line);
  return lines;
}
