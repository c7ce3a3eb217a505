import { isSyllable, normalizeTonePlacement, skeleton } from '../restore/orthography.js';
import { editDistance } from '../extract/text-match.js';
import { SYMBOL_LETTERS } from '../restore/channel.js';
import { LETTER_SIGNS } from '../restore/tokenize.js';

/** Dev-time only: word pairs (true syllable, what OCR read) from a rendered page and its OCR. */

export const isDevPage = (name: string) => /9\.truth\.txt$/.test(name);

const EDGE_PUNCTUATION = new RegExp(`^[^\\p{L}\\p{N}${LETTER_SIGNS}]+|[^\\p{L}\\p{N}${LETTER_SIGNS}]+$`, 'gu');

/**
 * Page tokens with surrounding punctuation stripped; truth tokens in the model's tone style. The
 * signs the restorer's tokenizer reads as letters stay ('¢6' is có as tesseract.js prints it: with
 * the '¢' stripped, only '6' was learned and the restorer, which keeps it, never saw '¢6').
 */
function words(text: string, truth: boolean): string[] {
  return text.normalize('NFC').split(/\s+/).map((w) => w.toLowerCase().replace(EDGE_PUNCTUATION, ''))
    .filter(Boolean).map((w) => (truth && isSyllable(w) ? normalizeTonePlacement(w, 'old') : w));
}

/** Word pairs (true syllable, observed token) of one page, by a word-level edit alignment. */
export function alignPage(truthText: string, ocrText: string): Array<[string, string]> {
  const T = words(truthText, true), O = words(ocrText, false);
  // (Signs OCR prints for letters are compared as those letters: '¢6' is as near có as 'c6' is.)
  const letters = O.map(asLetters);
  const sub = (t: string, o: string, j: number) => (t === o ? 0 : Math.min(...letters[j].map((l) => editDistance(skeleton(t), l))) / Math.max(t.length, o.length));
  const INDEL = 0.7, W = O.length + 1;
  const D = new Float64Array((T.length + 1) * W);
  for (let i = 0; i <= T.length; i++) {
    for (let j = 0; j <= O.length; j++) {
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      if (i > 0) best = D[(i - 1) * W + j] + INDEL;
      if (j > 0) best = Math.min(best, D[i * W + j - 1] + INDEL);
      if (i > 0 && j > 0) best = Math.min(best, D[(i - 1) * W + j - 1] + sub(T[i - 1], O[j - 1], j - 1));
      D[i * W + j] = best;
    }
  }
  const pairs: Array<[string, string]> = [];
  for (let i = T.length, j = O.length; i > 0 && j > 0;) {
    const s = sub(T[i - 1], O[j - 1], j - 1);
    if (D[i * W + j] === D[(i - 1) * W + j - 1] + s) {
      if (s <= 0.75 && isSyllable(T[i - 1])) pairs.push([T[i - 1], O[j - 1]]);
      i--; j--;
    } else if (D[i * W + j] === D[(i - 1) * W + j] + INDEL) i--;
    else j--;
  }
  return pairs.reverse();
}

/** An observed token's readings with the signs OCR prints for letters read as those letters (at most four). */
function asLetters(o: string): string[] {
  let acc = [''];
  for (const ch of o) {
    const opts = /[a-z]/.test(ch) ? [ch] : SYMBOL_LETTERS[ch] ?? [ch];
    acc = acc.flatMap((p) => opts.map((x) => p + x)).slice(0, 4);
  }
  return acc;
}
