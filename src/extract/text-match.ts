import { skeleton } from '../restore/orthography.js';
import { editDistance } from '../restore/edit-distance.js';

export { editDistance };

/** A string as a regular expression that matches it literally. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Accent-, case- and space-insensitive key: 'ỦY BAN NHÂN DÂN' and 'UYBANNHANDAN' share it. */
export function looseKey(s: string): string {
  return skeleton(s).toUpperCase().replace(/\u00d0/g, 'D').replace(/[^A-Z0-9]/g, '');
}

/**
 * Fuzzy match of damaged header words against known vocabulary: distance of the loose keys
 * relative to the phrase length. Returns a similarity 0–1.
 */
export function similarity(a: string, b: string, atLeast = 0): number {
  const x = looseKey(a), y = looseKey(b);
  if (!x || !y) return 0;
  if (x === y) return 1;
  const longest = Math.max(x.length, y.length);
  // The distance is at least the length difference: skip pairs that cannot reach `atLeast`.
  if (1 - Math.abs(x.length - y.length) / longest < atLeast) return 0;
  return 1 - editDistance(x, y) / longest;
}

/**
 * Does `text` start with something close to `phrase`? Returns the length in characters of the best
 * matching prefix, or -1. The loose key of the text is built once, with the text offset after each
 * key character, and only prefixes within ±3 key characters of the phrase's length are compared.
 */
export function fuzzyPrefix(text: string, phrase: string, minSim = 0.8): number {
  const target = looseKey(phrase);
  const ends: number[] = [];
  let key = '';
  let offset = 0;
  for (const ch of text) {
    offset += ch.length;
    for (const c of looseKey(ch)) { key += c; ends.push(offset); }
    if (key.length >= target.length + 3) break;
  }
  let best = -1, bestSim = minSim;
  for (let k = Math.max(1, target.length - 3); k <= Math.min(key.length, target.length + 3); k++) {
    const sim = 1 - editDistance(key.slice(0, k), target) / Math.max(k, target.length);
    if (sim >= bestSim) { bestSim = sim; best = ends[k - 1]; }
  }
  return best;
}

// A Roman numeral up to XXXIX, as regions and Party terms are numbered.
const ROMAN = /^X{0,3}(?:IX|IV|V?I{0,3})$/;
/**
 * A Roman numeral as OCR read it, in any case, an l or 1 for I and an H for its II or for one I between others
 * ('Xvihi' → XVIII, 'XIH' → XIII); null when no such reading is a numeral.
 */
export function romanNumeral(word: string): string | null {
  if (!/^[XVIHl1]+$/iu.test(word)) return null;
  const up = word.toUpperCase().replace(/[L1]/g, 'I');
  return [up, up.replace(/H/g, 'II'), up.replace(/H/g, 'I')].find((r) => ROMAN.test(r)) ?? null;
}
