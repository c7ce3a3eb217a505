import { gunzipSync } from 'node:zlib';
import { readModelFile } from '../pipeline/model-file.js';
import { dequantize, type ModelHeader } from './model-format.js';
import { BOS } from './tokens.js';

/**
 * Syllable trigram model with stupid backoff (Brants et al. 2007), loaded from one gzip file.
 * Lookups go through open-addressing hash tables built at load time over the sorted arrays.
 */
export class LanguageModel {
  readonly vocab: string[];
  readonly header: ModelHeader;
  private readonly ids: Map<string, number>;
  private readonly uni: Float32Array;
  // Open-addressing tables with keys and values side by side, so a probe touches one cache line:
  // bigram [key, q], trigram [w1<<16|w2, w3<<8|q]; EMPTY marks a free slot.
  private readonly biTable: Uint32Array;
  private readonly triTable: Uint32Array;
  private readonly lut: Float32Array;
  private readonly logBackoff: number;
  private readonly uniBackoff: Float32Array;
  private readonly weighted: boolean;
  private readonly historyWeight: number;

  constructor(buf: Buffer) {
    const hlen = buf.readUInt32LE(0);
    this.header = JSON.parse(buf.toString('utf8', 4, 4 + hlen));
    if (this.header.format !== 'vanban-lm-1') throw new Error(`unknown model format ${this.header.format}`);
    this.vocab = this.header.vocab;
    this.ids = new Map(this.vocab.map((u, i) => [u, i]));
    const { unigrams: V, bigrams: B, trigrams: T } = this.header.counts;
    let off = 4 + hlen;
    const take = (bytes: number) => { const s = buf.subarray(off, off + bytes); off += bytes; return s; };
    const lut = Float32Array.from({ length: 256 }, (_, q) => dequantize(q));
    const deq = (b: Buffer) => {
      const out = new Float32Array(b.length);
      for (let i = 0; i < b.length; i++) out[i] = lut[b[i]];
      return out;
    };
    const copy = <T>(b: Buffer, C: new (ab: ArrayBuffer) => T) => new C(new Uint8Array(b).buffer);
    this.lut = lut;
    this.uni = deq(take(V));
    const biKeys = copy(take(B * 4), Uint32Array);
    const biQ = take(B);
    const triHi = copy(take(T * 4), Uint32Array);
    const triLo = copy(take(T * 2), Uint16Array);
    const triQ = take(T);
    this.logBackoff = Math.log10(this.header.backoff);
    // Per-history back-off weights, when the model has them; else the one factor for every history.
    const weighted = this.header.smoothing === 'stupid-backoff-weighted';
    this.uniBackoff = weighted ? deq(take(V)) : new Float32Array(V).fill(this.logBackoff);
    const biB = weighted ? take(B) : null;
    // (A model whose bigram histories all back off alike needs no lookup per history.)
    this.weighted = !!biB && biB.some((q) => q !== biB[0]);
    this.historyWeight = biB && B ? this.lut[biB[0]] : this.logBackoff;
    // (A bigram's value packs its score and, as a history, its back-off weight: q | w << 8.)
    this.biTable = buildTable(B, (i) => biKeys[i], (i) => biQ[i] | ((biB ? biB[i] : 0) << 8), () => 0);
    this.triTable = buildTable(T, (i) => triHi[i], (i) => (triLo[i] << 8) | triQ[i], (i) => triLo[i]);
  }

  static load(path: string): LanguageModel {
    return new LanguageModel(gunzipSync(readModelFile(path, 'language model', 'build:model')));
  }

  id(unit: string): number | undefined {
    return this.ids.get(unit);
  }

  unigram(w: number): number {
    return this.uni[w];
  }

  /** log10 score of w after (u, v). */
  score(u: number, v: number, w: number): number {
    const t = this.trigram(u, v, w);
    return t === t ? t : this.historyBackoff(u, v) + this.backedOff(v, w); // t !== t: NaN, no trigram
  }

  /** The log10 back-off weight of history (u, v), paid when no trigram (u, v, w) was seen. */
  historyBackoff(u: number, v: number): number {
    if (!this.weighted) return this.historyWeight;
    const packed = this.bigramEntry(u, v);
    return packed < 0 ? this.logBackoff : this.lut[packed >>> 8];
  }

  /** The bigram (v, w)'s packed value (score | history weight << 8), or -1 when the pair was never seen. */
  private bigramEntry(v: number, w: number): number {
    const key = (v << 16 | w) >>> 0;
    const t = this.biTable, mask = (t.length >>> 1) - 1;
    for (let h = hash32(key, 0) & mask; ; h = (h + 1) & mask) {
      const k = t[2 * h];
      if (k === EMPTY) return -1;
      if (k === key) return t[2 * h + 1];
    }
  }

  /** log10 relative frequency of the trigram (u, v, w), or NaN when it was never seen. */
  trigram(u: number, v: number, w: number): number {
    const hi = (u << 16 | v) >>> 0;
    const t = this.triTable, mask = (t.length >>> 1) - 1;
    for (let h = hash32(hi, w) & mask; ; h = (h + 1) & mask) {
      const k = t[2 * h];
      if (k === EMPTY) return NaN;
      const packed = t[2 * h + 1];
      if (k === hi && packed >>> 8 === w) return this.lut[packed & 255];
    }
  }

  /** log10 relative frequency of w after v, or NaN when the pair was never seen. */
  bigram(v: number, w: number): number {
    const packed = this.bigramEntry(v, w);
    return packed < 0 ? NaN : this.lut[packed & 255];
  }

  /** Score of w with no context at all: its unigram, backed off twice. */
  contextFree(w: number): number {
    return 2 * this.logBackoff + this.uni[w];
  }

  /**
   * Score of w after v, for a trigram never seen: the bigram, or the unigram after v's back-off weight.
   * (The history's own weight, historyBackoff(u, v), is added by the caller.)
   */
  backedOff(v: number, w: number): number {
    const packed = this.bigramEntry(v, w);
    return packed < 0 ? this.uniBackoff[v] + this.uni[w] : this.lut[packed & 255];
  }
}

export { BOS };

function hash32(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x7f4a7c15, 0xc2b2ae35);
  h ^= h >>> 15; h = Math.imul(h, 0x2c1b3c6d); h ^= h >>> 12;
  return h >>> 0;
}

const EMPTY = 0xffffffff;

function buildTable(n: number, keyOf: (i: number) => number, valueOf: (i: number) => number, loOf: (i: number) => number): Uint32Array {
  let size = 1;
  while (size < n * 2) size <<= 1;
  const t = new Uint32Array(size * 2).fill(EMPTY);
  const mask = size - 1;
  for (let i = 0; i < n; i++) {
    const key = keyOf(i);
    let h = hash32(key, loOf(i)) & mask;
    while (t[2 * h] !== EMPTY) h = (h + 1) & mask;
    t[2 * h] = key;
    t[2 * h + 1] = valueOf(i);
  }
  return t;
}
