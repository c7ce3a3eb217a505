/**
 * The OCR channel: how a true syllable turns into what the page shows. Costs are in log10 units
 * so that they add to language-model scores.
 */

/** How much the observed token is trusted; chosen per text from how Vietnamese it reads. */
export type Profile = 'clean' | 'unaccented' | 'damaged';

export interface ChannelCosts {
  /** Changing a syllable's marks when the observed word had Vietnamese marks. */
  markedChange: number;
  /** Adding or changing marks on an observed word without Vietnamese marks. */
  unmarkedChange: number;
  /** One letter edit in the skeleton (substitution, insertion, deletion). */
  edit: number;
  /** A known multi-letter confusion (ti → u, rn → m). */
  pattern: number;
  /** Whether letter edits are considered for valid-looking words at all. */
  editValidWords: boolean;
  /**
   * Keeping an observed word the model does not know. The model's <unk> pools every unknown
   * word, so its probability must be shared out: this is log10 of the share one word gets.
   */
  unknownObserved: number;
  /** The same for a token with digits or symbols inside (s6, k¥): almost never a real word. */
  unknownDamaged: number;
  /**
   * Weight of the learned OCR channel (ocr-channel.ts). When set and a channel is loaded, it
   * prices every candidate instead of the hand-set costs above.
   */
  learned?: number;
  /** Candidates ranked more than this behind the best (log10) are dropped: they cannot win on context. */
  prune: number;
  /**
   * Marked syllables the OCR often prints for another with other marks, and the cost (log10) of that
   * reading in place of markedChange: observed → candidate → cost.
   */
  markConfusions?: Record<string, Record<string, number>>;
}

export const PROFILES: Record<Profile, ChannelCosts> = {
  // Good OCR or typed text: change only what the context strongly asks for.
  // (Tesseract's Vietnamese model reads the dot of chi's i as a hook: 25 of the 55 chi in the JPEG scan samples'
  // truth came out chỉ, against 33 chỉ read right. P(chỉ | chi) ≈ 0.45, so that reading costs -log10 0.45.)
  clean: { markedChange: 4.5, unmarkedChange: 2, edit: 4, pattern: 4, editValidWords: false, unknownObserved: 1.5, unknownDamaged: 3, prune: 5,
    markConfusions: { chỉ: { chi: 0.35 } } },
  // Typed without diacritics: letters are right, marks are missing.
  unaccented: { markedChange: 1, unmarkedChange: 0, edit: 4, pattern: 4, editValidWords: false, unknownObserved: 2.5, unknownDamaged: 3, prune: 2 },
  // English-model OCR: marks are unreliable and about a fifth of syllables have wrong letters.
  damaged: { markedChange: 0.25, unmarkedChange: 0, edit: 1.6, pattern: 1.0, editValidWords: true, unknownObserved: 4, unknownDamaged: 6, learned: 1, prune: 6 },
};

/** Symbols and digits that English-model OCR reads for accented vowels or letters, by skeleton letter. */
export const SYMBOL_LETTERS: Record<string, string[]> = {
  '0': ['o'], '1': ['l', 'i'], '4': ['a'], '5': ['s'], '6': ['o'], '8': ['a', 'o'], '9': ['o'], '3': ['a'],
  '&': ['o'], '§': ['o'], '¥': ['y'], '$': ['s'], '@': ['a', 'o'], '€': ['e'], '¢': ['c', 'e'], '£': ['e'],
  '©': ['c', 'o'], '®': ['o'], '°': ['o'], '|': ['l', 'i'], '}': ['i'], '{': ['i'], '(': ['c'], ')': ['i'],
};

/** Multi-letter confusions seen in English-model OCR of Vietnamese (skeleton → skeleton). */
export const PATTERNS: Array<[string, string]> = [
  ['ti', 'u'], ['ii', 'u'], ['li', 'u'], ['ir', 'u'], ['tr', 'u'], ['rn', 'm'], ['cl', 'd'], ['ri', 'n'],
  ['iu', 'ui'], ['in', 'm'], ['ni', 'm'], ['tt', 'u'], ['ui', 'u'], ['fi', 'u'], ['u', 'ti'], ['m', 'rn'],
  // ưng and ương as English-model OCR prints them, ư an i and n an m: 'mimg' mừng, 'truimg' trường, 'thtmg' thường.
  ['img', 'ung'], ['uimg', 'uong'], ['iimg', 'uong'], ['timg', 'uong'], ['tmg', 'uong'],
];

const VOWELS = new Set('aeiouy');
/** Letter pairs (observed, true skeleton letter) English-model OCR often swaps in Vietnamese text. */
const CHEAP_PAIRS = new Set(['pd', 'bo', 'do', 'da', 'ia', 'iu', 'eo', 'wu', 'ec', 'ce', 'hb', 'nu', 'rn', 'li', 'il', 'tl', 'vy', 'yv', 'ao', 'oa', 'ou']);

/**
 * Cost factor of turning observed skeleton `obs` into candidate skeleton `cand` that is one edit
 * away: known OCR swaps and vowel-for-vowel swaps are cheaper than arbitrary edits.
 */
export function editFactor(obs: string, cand: string): number {
  if (obs.length === cand.length) {
    let i = 0;
    while (i < obs.length && obs[i] === cand[i]) i++;
    const a = obs[i], b = cand[i];
    if (a === undefined || obs.slice(i + 1) !== cand.slice(i + 1)) return 1.2; // transposition
    if (CHEAP_PAIRS.has(a + b)) return 0.45;
    if (VOWELS.has(a) && VOWELS.has(b)) return 0.6;
    return 1.2;
  }
  // Insertion or deletion: dropping a stray observed letter is cheaper than inventing one.
  const longer = obs.length > cand.length ? obs : cand;
  const shorter = longer === obs ? cand : obs;
  let i = 0;
  while (i < shorter.length && shorter[i] === longer[i]) i++;
  const ch = longer[i];
  if (longer === obs) return 'irtlh'.includes(ch) ? 0.6 : 0.9;
  return VOWELS.has(ch) ? 0.8 : 1.1;
}
