import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { DocumentError } from '../pipeline/document.js';
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
  private readonly biKeys: Uint32Array;
  private readonly biLog: Float32Array;
  private readonly biTable: Int32Array;
  private readonly triHi: Uint32Array;
  private readonly triLo: Uint16Array;
  private readonly triLog: Float32Array;
  private readonly triTable: Int32Array;
  private readonly logBackoff: number;

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
    const deq = (b: Buffer) => Float32Array.from(b, (q) => lut[q]);
    const copy = <T>(b: Buffer, C: new (ab: ArrayBuffer) => T) => new C(new Uint8Array(b).buffer);
    this.uni = deq(take(V));
    this.biKeys = copy(take(B * 4), Uint32Array);
    this.biLog = deq(take(B));
    this.triHi = copy(take(T * 4), Uint32Array);
    this.triLo = copy(take(T * 2), Uint16Array);
    this.triLog = deq(take(T));
    this.logBackoff = Math.log10(this.header.backoff);
    this.biTable = buildTable(B, (i) => hash32(this.biKeys[i], 0));
    this.triTable = buildTable(T, (i) => hash32(this.triHi[i], this.triLo[i]));
  }

  static load(path: string): LanguageModel {
    let raw: Buffer;
    try {
      raw = readFileSync(path);
    } catch {
      throw new DocumentError('missing-model', `language model ${path} is missing; run: npm run build:model`);
    }
    return new LanguageModel(gunzipSync(raw));
  }

  id(unit: string): number | undefined {
    return this.ids.get(unit);
  }

  unigram(w: number): number {
    return this.uni[w];
  }

  /** log10 score of w after (u, v). */
  score(u: number, v: number, w: number): number {
    const hi = (u << 16 | v) >>> 0;
    const t = this.findTri(hi, w);
    if (t >= 0) return this.triLog[t];
    const b = this.findBi((v << 16 | w) >>> 0);
    if (b >= 0) return this.logBackoff + this.biLog[b];
    return 2 * this.logBackoff + this.uni[w];
  }

  private findBi(key: number): number {
    const t = this.biTable, mask = t.length - 1;
    for (let h = hash32(key, 0) & mask; ; h = (h + 1) & mask) {
      const i = t[h];
      if (i < 0) return -1;
      if (this.biKeys[i] === key) return i;
    }
  }

  private findTri(hi: number, lo: number): number {
    const t = this.triTable, mask = t.length - 1;
    for (let h = hash32(hi, lo) & mask; ; h = (h + 1) & mask) {
      const i = t[h];
      if (i < 0) return -1;
      if (this.triHi[i] === hi && this.triLo[i] === lo) return i;
    }
  }
}

export { BOS };

function hash32(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x7f4a7c15, 0xc2b2ae35);
  h ^= h >>> 15; h = Math.imul(h, 0x2c1b3c6d); h ^= h >>> 12;
  return h >>> 0;
}

function buildTable(n: number, hashOf: (i: number) => number): Int32Array {
  let size = 1;
  while (size < n * 2) size <<= 1;
  const t = new Int32Array(size).fill(-1);
  const mask = size - 1;
  for (let i = 0; i < n; i++) {
    let h = hashOf(i) & mask;
    while (t[h] >= 0) h = (h + 1) & mask;
    t[h] = i;
  }
  return t;
}
