import { looseKey } from './text-match.js';

/**
 * A document names its own place the same way throughout, and its header line reads it best:
 * capitalized word runs elsewhere that match it loosely take its spelling ('Cất Hại' → 'Cát Hải').
 */
export function respellPlace(text: string, place: string): string {
  const words = place.split(/\s+/).filter(Boolean);
  if (!words.length || !/^\p{Lu}/u.test(words[0])) return text;
  const key = looseKey(place);
  const run = new RegExp(`\\p{Lu}[\\p{L}]*(?:\\s+\\p{Lu}[\\p{L}]*){${words.length - 1}}`, 'gu');
  return text.replace(run, (seq) => {
    if (seq === place || looseKey(seq) !== key) return seq;
    return seq === seq.toUpperCase() ? place.toUpperCase() : place;
  });
}
