import { isSyllable, normalizeTonePlacement } from './orthography.js';

/** Reserved vocabulary ids of the language model. */
export const BOS = 0;   // sentence boundary
export const UNK = 1;   // word outside the vocabulary
export const NUM = 2;   // any number
export const COMMA = 3;
export const RESERVED = ['<s>', '<unk>', '<num>', ','];

// Word → its unit; the corpus has ~10⁴ distinct words, so memoizing makes training 5× faster.
const unitCache = new Map<string, string | null>();
function syllableUnit(lower: string): string | null {
  let u = unitCache.get(lower);
  if (u === undefined) {
    u = isSyllable(lower) ? normalizeTonePlacement(lower, 'old') : null;
    if (unitCache.size < 200_000) unitCache.set(lower, u);
  }
  return u;
}

const SENTENCE_END = new Set(['.', ';', ':', '!', '?']);

/**
 * Map a clean text line to LM units: syllables (lowercase), kept acronyms, <num>, ',' and <s>.
 * Used to train the model and, with the same rules, to read context while decoding.
 */
export function lmUnits(line: string): string[] {
  const out: string[] = [];
  for (const m of line.matchAll(/[\p{L}\p{N}]+|[.,;:!?]/gu)) {
    const t = m[0];
    if (SENTENCE_END.has(t)) { if (out[out.length - 1] !== '<s>') out.push('<s>'); continue; }
    if (t === ',') { out.push(','); continue; }
    if (/^\p{N}+$/u.test(t)) { out.push('<num>'); continue; }
    const lower = t.toLowerCase();
    // One tone placement in the model (hòa, thủy), whatever style each source document used.
    const unit = syllableUnit(lower);
    if (unit) { out.push(unit); continue; }
    out.push(t); // acronym or foreign word: the vocabulary decides whether it is kept
  }
  return out;
}
