import type { SourceKind } from '../pipeline/document.js';

/** Decide the kind of a file from its first bytes, never from its name. */
export function sniffKind(head: Uint8Array): SourceKind | null {
  if (head.length === 0) return null;
  const starts = (sig: number[], at = 0) => sig.every((b, i) => head[at + i] === b);
  // PDF readers accept the header anywhere in the first KiB.
  const latin = Buffer.from(head.subarray(0, 1024)).toString('latin1');
  if (latin.includes('%PDF-')) return 'pdf';
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (starts([0xff, 0xd8, 0xff])) return 'jpeg';
  if (starts([0x49, 0x49, 0x2a, 0x00]) || starts([0x4d, 0x4d, 0x00, 0x2a])) return 'tiff';
  if (looksLikeText(head)) return 'text';
  return null;
}

/** UTF-16 with BOM, or bytes with almost no control characters (UTF-8 or a legacy 8-bit code). */
function looksLikeText(b: Uint8Array): boolean {
  if ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff)) return true;
  let control = 0;
  for (const byte of b) {
    if (byte === 0) return false;
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20 && byte !== 0x1b)) control++;
  }
  return control <= b.length * 0.01;
}
