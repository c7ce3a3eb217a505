import { readModelJson } from '../pipeline/model-file.js';
import { isSyllable } from './orthography.js';

/**
 * The learned OCR channel: how likely English-model OCR turns a true syllable into what the page
 * shows, -log10 P(observed | true). Learned from aligned damaged/true text by
 * `npm run build:channel` (src/tools/build-channel.ts) into dictionaries/ocr-channel.json.
 *
 * Two levels:
 * - letters: each true letter emits an observed segment of 0–2 characters ('ủ' → 'ti', 'ơ' → '6',
 *   'đ' → 'p', 'ư' → ''), so any pair of words can be scored by a small alignment;
 * - tokens: for pairs seen often (ctia ← của), the observed rate, smoothed towards the letter
 *   model with weight `kappa` (a Dirichlet prior): (c(o,t) + κ·P_letters(o|t)) / (c(t) + κ).
 */
export interface OcrChannelFile {
  format: 'vanban-ocr-channel-1';
  /** True letter → observed segment → -log10 P(segment | letter); '' means the letter was lost. */
  emit: Record<string, Record<string, number>>;
  /** Costs for what was never seen: a segment for a letter, an extra observed character. */
  floor: { sub: number; del: number; pair: number; ins: number };
  /** Observed token → true syllable → times seen. */
  tokens: Record<string, Record<string, number>>;
  /** True syllable → times seen in the training pairs. */
  truthCounts: Record<string, number>;
  kappa: number;
  source: Record<string, unknown>;
}

/** Upper bound of the cost of reading a letter as itself. */
const SELF = 0.3;

export type EmitCost = (letter: string, segment: string) => number;

/**
 * Cheapest way for the true letters to emit the observed characters, and how (for learning).
 * Each true letter emits 0, 1 or 2 observed characters; an observed character may also stand
 * alone (noise), at cost `ins`.
 */
export function alignLetters(obs: string[], truth: string[], emit: EmitCost, ins: number, trace = false):
  { cost: number; steps?: Array<[string, string]> } {
  const n = truth.length, m = obs.length, W = m + 1;
  const D = new Float64Array((n + 1) * W).fill(Infinity);
  const how = trace ? new Int8Array((n + 1) * W) : null; // segment length, or -1 for an inserted character
  D[0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      const d = D[i * W + j];
      if (d === Infinity) continue;
      if (j < m && d + ins < D[i * W + j + 1]) { D[i * W + j + 1] = d + ins; if (how) how[i * W + j + 1] = -1; }
      if (i === n) continue;
      for (let k = 0; k <= 2 && j + k <= m; k++) {
        const c = d + emit(truth[i], k === 0 ? '' : k === 1 ? obs[j] : obs[j] + obs[j + 1]);
        const at = (i + 1) * W + j + k;
        if (c < D[at]) { D[at] = c; if (how) how[at] = k; }
      }
    }
  }
  const cost = D[n * W + m];
  if (!how) return { cost };
  const steps: Array<[string, string]> = [];
  for (let i = n, j = m; i > 0 || j > 0;) {
    const k = how[i * W + j];
    if (k === -1) { steps.push(['', obs[j - 1]]); j--; continue; }
    steps.push([truth[i - 1], obs.slice(j - k, j).join('')]);
    i--; j -= k;
  }
  return { cost, steps: steps.reverse() };
}

/** Fewer sightings than this of a pair the letters find unlikely are taken for misalignments. */
const RARE_PAIR = 5;
/** −log10 P_letters above which a pair is unlikely by its letters. */
const FAR_LETTERS = 4.5;
/**
 * The whole-word table without the training alignment's slips: a token that is itself a syllable
 * (English OCR printed a real word, 'nam'), seen a few times for a truth its letters could hardly
 * give ('nam' ← và ×4, ← phạm ×2, beside ← năm ×2657), was aligned with the wrong word; kept, it made
 * 'và' a cheap reading of 'nam' ('phổ thông nam 2026' read 'phổ thông và 2026'). The letter model
 * still prices such a reading.
 */
function withoutMisalignments(tokens: OcrChannelFile['tokens'], letterCost: (obs: string, truth: string) => number): OcrChannelFile['tokens'] {
  const out: OcrChannelFile['tokens'] = {};
  for (const [obs, row] of Object.entries(tokens)) {
    const real = isSyllable(obs);
    out[obs] = real ? Object.fromEntries(Object.entries(row).filter(([t, c]) => c >= RARE_PAIR || letterCost(obs, t) <= FAR_LETTERS)) : row;
  }
  return out;
}

export class OcrChannel {
  private memo = new Map<string, number>();
  private kept = new Map<string, number>(); // truth → its sightings in the whole-word table
  // The emission table as Maps: looked up ~10⁶ times per document in dense damage.
  private emit: Map<string, Map<string, number>>;

  constructor(readonly file: OcrChannelFile) {
    if (file.format !== 'vanban-ocr-channel-1') throw new Error(`unknown channel format ${file.format}`);
    this.emit = new Map(Object.entries(file.emit).map(([l, row]) => [l, new Map(Object.entries(row))]));
    this.file = { ...file, tokens: withoutMisalignments(file.tokens, (o, t) => this.letterCost(o, t)) };
    for (const row of Object.values(this.file.tokens)) for (const [t, n] of Object.entries(row)) this.kept.set(t, (this.kept.get(t) ?? 0) + n);
  }

  static load(path: string): OcrChannel {
    return new OcrChannel(readModelJson<OcrChannelFile>(path, 'OCR channel', 'build:channel'));
  }

  readonly emitCost: EmitCost = (letter, segment) => {
    const c = this.emit.get(letter)?.get(segment);
    // A letter read as itself is always plausible, even one English OCR never emits (ư, ợ): the
    // text may come from a reader that knows Vietnamese. A mixture, not a learned rate.
    if (segment === letter) return Math.min(c ?? SELF, SELF);
    if (c !== undefined) return c;
    const f = this.file.floor;
    return segment.length === 0 ? f.del : segment.length === 1 ? f.sub : f.pair;
  };

  /** -log10 P(observed | true) by the letter model alone. Both lowercase NFC. */
  letterCost(obs: string, truth: string): number {
    return alignLetters([...obs], [...truth], this.emitCost, this.file.floor.ins).cost;
  }

  /** -log10 P(observed | true), lowercase NFC words. */
  cost(obs: string, truth: string): number {
    const key = `${obs}\u0000${truth}`;
    let c = this.memo.get(key);
    if (c === undefined) {
      const letters = this.letterCost(obs, truth);
      const seen = this.file.tokens[obs]?.[truth] ?? 0;
      const total = this.file.truthCounts[truth] ?? 0;
      // The letter model's weight: the prior's, and the sightings of this truth the table lacks (readings
      // seen once, dropped from it, and misalignments): a truth OCR read many ways leaves more room for
      // a reading never seen ('dutng' for dưỡng). Measured on the 522 English-OCR samples' restored
      // text: 3,319 syllable errors with the prior alone, 3,279 so.
      const k = this.file.kappa + Math.max(0, total - (this.kept.get(truth) ?? 0));
      c = total > 0 ? -Math.log10((seen + k * 10 ** -letters) / (total + k)) : letters;
      if (this.memo.size > 500_000) this.memo.clear();
      this.memo.set(key, c);
    }
    return c;
  }

  /** True syllables this observed token was seen for in training. */
  seenTruths(obs: string): string[] {
    const t = this.file.tokens[obs];
    return t ? Object.keys(t) : [];
  }
}

/**
 * English-model OCR reads the capital Đ opening a name as a small b or p ('bo Minh Tuan', 'huyén buc
 * Pho'): the word as if a d had been read there, to price that reading too; null for other words.
 * With `caps`, also a capital B or P opening a word in capitals ('XA PAK MIL': Đắk), as it reads a
 * header's Đ.
 */
export function asMisreadD(word: string, caps = false): string | null {
  return /^[bp]\p{Ll}/u.test(word) || (caps && /^[BP]\p{Lu}+$/u.test(word)) ? `d${word.slice(1).toLowerCase()}` : null;
}
/** What that reading costs on top of the channel's price of the d (log10 units). */
export const MISREAD_D_COST = 0.5;
