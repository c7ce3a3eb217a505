import levenshtein from 'natural/lib/natural/distance/levenshtein_distance.js';
import { skeleton } from '../restore/orthography.js';

const { LevenshteinDistance } = levenshtein as unknown as { LevenshteinDistance: (a: string, b: string) => number };

/** Accent-, case- and space-insensitive key: 'ỦY BAN NHÂN DÂN' and 'UYBANNHANDAN' share it. */
export function looseKey(s: string): string {
  return skeleton(s).toUpperCase().replace(/\u00d0/g, 'D').replace(/[^A-Z0-9]/g, '');
}

/**
 * Fuzzy match of damaged header words against known vocabulary: distance of the loose keys
 * relative to the phrase length. Returns a similarity 0–1.
 */
export function similarity(a: string, b: string): number {
  const x = looseKey(a), y = looseKey(b);
  if (!x || !y) return 0;
  if (x === y) return 1;
  return 1 - LevenshteinDistance(x, y) / Math.max(x.length, y.length);
}

/** Does `text` start with something close to `phrase`? Returns the matched length in characters or -1. */
export function fuzzyPrefix(text: string, phrase: string, minSim = 0.8): number {
  const target = looseKey(phrase).length;
  let best = -1, bestSim = minSim;
  for (let end = 1; end <= Math.min(text.length, phrase.length * 2 + 4); end++) {
    const k = looseKey(text.slice(0, end)).length;
    if (k < target - 3 || k > target + 3) continue;
    const s = similarity(text.slice(0, end), phrase);
    if (s >= bestSim) { bestSim = s; best = end; }
  }
  return best;
}
