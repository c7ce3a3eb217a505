import { describe, it, expect } from 'vitest';
import { LanguageModel } from '../../src/restore/language-model.js';
import { dequantize, quantize, type ModelHeader } from '../../src/restore/model-format.js';

// A model of four units written in the file format by hand: <s> <unk> a b.
function model(weights: { uni: number[]; bi: number[] } | null): LanguageModel {
  const header: ModelHeader = {
    format: 'vanban-lm-1', order: 3, smoothing: weights ? 'stupid-backoff-weighted' : 'stupid-backoff', backoff: 0.4,
    vocab: ['<s>', '<unk>', 'a', 'b'], counts: { unigrams: 4, bigrams: 2, trigrams: 1, tokens: 10 },
    pruning: { minBigram: 1, minTrigram: 1 }, source: { files: [], heldOutRule: '', trainedDocuments: 0 },
  };
  const h = Buffer.from(JSON.stringify(header));
  const len = Buffer.alloc(4);
  len.writeUInt32LE(h.length);
  const u8 = (xs: number[]) => Buffer.from(Uint8Array.from(xs.map((x) => quantize(x))));
  const u32 = (xs: number[]) => Buffer.from(Uint32Array.from(xs).buffer);
  const parts = [len, h, u8([-1, -2, -0.5, -1]),
    // Bigrams (a, b) and (b, a), sorted by key; one trigram (a, b, a).
    u32([2 << 16 | 3, 3 << 16 | 2]), u8([-0.3, -0.6]), u32([2 << 16 | 3]), Buffer.from(Uint16Array.from([2]).buffer), u8([-0.1])];
  if (weights) parts.push(u8(weights.uni), u8(weights.bi));
  return new LanguageModel(Buffer.concat(parts));
}
const near = (x: number, y: number) => expect(Math.abs(x - y)).toBeLessThan(0.04);

describe('language model back-off', () => {
  it('backs off by one factor for every history when the model has no weights', () => {
    const lm = model(null);
    near(lm.score(2, 3, 2), -0.1); // the trigram
    near(lm.score(3, 3, 2), Math.log10(0.4) + -0.6); // (b, a) seen as a bigram
    near(lm.score(3, 2, 2), 2 * Math.log10(0.4) + -0.5); // nothing seen: the unigram
  });

  it('backs off by the history\'s own weight when the model has them', () => {
    const lm = model({ uni: [-0.4, -0.4, -2, -0.4], bi: [-1, -0.4] });
    // After (a, b), no trigram ending in b: the weight of history (a, b), then the bigram (b, b) unseen: b's weight.
    near(lm.score(2, 3, 3), dequantize(quantize(-1)) + -0.4 + -1);
    // After a, an unseen word pays a's weight: a is nearly always before b.
    near(lm.score(3, 2, 2), -0.4 + -2 + -0.5);
    near(lm.historyBackoff(2, 3), -1);
    // (A history never seen as a pair backs off by the model's factor.)
    near(lm.historyBackoff(3, 3), Math.log10(0.4));
  });
});
