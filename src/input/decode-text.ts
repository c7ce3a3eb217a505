import iconv from 'iconv-lite';
import { DocumentError } from '../pipeline/document.js';
import { convertLegacyVietnamese } from './legacy-encoding.js';

export interface DecodedText {
  text: string;
  encoding: string;
}

/** Bytes of a text file → NFC string. UTF-8 (with or without BOM), UTF-16 with BOM, legacy TCVN3/VNI. */
export function decodeText(bytes: Buffer): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return done(iconv.decode(bytes.subarray(2), 'utf16le'), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return done(iconv.decode(bytes.subarray(2), 'utf16be'), 'utf-16be');
  let body = bytes;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) body = bytes.subarray(3);
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  try {
    const text = utf8.decode(body);
    const legacy = convertLegacyVietnamese(text);
    if (legacy) return done(legacy.text, `utf-8 (${legacy.encoding} font text)`);
    return done(text, 'utf-8');
  } catch {
    // Not UTF-8: an 8-bit legacy Vietnamese code page, or something we cannot read.
    const latin = iconv.decode(body, 'windows-1252');
    const legacy = convertLegacyVietnamese(latin);
    if (legacy) return done(legacy.text, legacy.encoding);
    throw new DocumentError(
      'unreadable-encoding',
      'text is neither UTF-8, UTF-16 with BOM, nor TCVN3/VNI; re-save it as UTF-8',
    );
  }
}

function done(text: string, encoding: string): DecodedText {
  return { text: text.replace(/\r\n?/g, '\n').normalize('NFC'), encoding };
}
