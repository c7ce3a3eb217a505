import UTIF from 'utif';
import { createCanvas } from '@napi-rs/canvas';
import { DocumentError, type SourceKind } from '../pipeline/document.js';

/** Above this a page would take gigabytes to decode; A0 at 600 dpi is about 67 Mpx. */
export const MAX_PIXELS = 100_000_000;

export interface ImagePage {
  png: Buffer | null; // re-encoded page (TIFF pages); null when the original bytes can go to OCR as they are
  bytes: Buffer;
  width: number;
  height: number;
}

/** Split an image file into OCR-able pages, refusing images too large to decode safely. */
export function loadImagePages(bytes: Buffer, kind: SourceKind): ImagePage[] {
  if (kind === 'tiff') return tiffPages(bytes);
  const size = kind === 'png' ? pngSize(bytes) : jpegSize(bytes);
  if (!size) throw new DocumentError('image-corrupt', `${kind.toUpperCase()} header is damaged; re-scan or re-export the image`);
  checkPixels(size.width, size.height);
  return [{ png: null, bytes, width: size.width, height: size.height }];
}

function checkPixels(width: number, height: number): void {
  if (width * height > MAX_PIXELS) {
    throw new DocumentError(
      'image-too-large',
      `image is ${width}×${height} pixels (limit ${MAX_PIXELS / 1e6} Mpx); scale it to about 300 dpi before OCR`,
    );
  }
}

function pngSize(b: Buffer): { width: number; height: number } | null {
  if (b.length < 24 || b.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

function jpegSize(b: Buffer): { width: number; height: number } | null {
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) { i++; continue; }
    const marker = b[i + 1];
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) { i += 2; continue; }
    const len = b.readUInt16BE(i + 2);
    // SOF0..SOF15 except DHT (C4), JPG (C8), DAC (CC) carry the frame size.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: b.readUInt16BE(i + 5), width: b.readUInt16BE(i + 7) };
    }
    i += 2 + len;
  }
  return null;
}

function tiffPages(bytes: Buffer): ImagePage[] {
  let ifds: UTIF.IFD[];
  try {
    ifds = UTIF.decode(bytes);
  } catch (err) {
    throw new DocumentError('image-corrupt', `TIFF cannot be read (${(err as Error).message}); re-scan or re-export it`);
  }
  const pages = ifds.filter((ifd) => ifd.t256 && ifd.t257);
  if (pages.length === 0) throw new DocumentError('image-corrupt', 'TIFF has no image pages');
  return pages.map((ifd) => {
    const width = Number((ifd.t256 as number[])[0]);
    const height = Number((ifd.t257 as number[])[0]);
    checkPixels(width, height);
    UTIF.decodeImage(bytes, ifd);
    const rgba = UTIF.toRGBA8(ifd);
    const canvas = createCanvas(width, height);
    const ctx = canvas.getContext('2d');
    const img = ctx.createImageData(width, height);
    img.data.set(rgba);
    ctx.putImageData(img, 0, 0);
    const png = canvas.toBuffer('image/png');
    return { png, bytes: png, width, height };
  });
}
