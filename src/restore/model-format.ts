/**
 * The language-model file `dictionaries/vi-syllable-3gram.bin.gz`: gzip of
 *   u32 headerLength | header JSON | unigram u8[V] | bigram keys u32[B] | bigram q u8[B]
 *   | trigram keys-hi u32[T] | trigram keys-lo u16[T] | trigram q u8[T]
 *   [| unigram-history back-off u8[V] | bigram-history back-off u8[B]]  (smoothing 'stupid-backoff-weighted')
 * Keys are vocabulary ids packed (w1<<16|w2, w3); entries are sorted by key. Values are
 * log10 probabilities quantized to 0..255 over [MIN_LOG10, 0].
 */
export const MIN_LOG10 = -8;
export const quantize = (log10p: number) => Math.max(0, Math.min(255, Math.round((-log10p / -MIN_LOG10) * 255)));
export const dequantize = (q: number) => (q / 255) * MIN_LOG10;

export interface ModelHeader {
  format: 'vanban-lm-1';
  order: 3;
  smoothing: 'stupid-backoff' | 'stupid-backoff-weighted';
  backoff: number;        // multiplier per back-off step (0.4 in Brants et al. 2007); the cap when weighted per history
  vocab: string[];        // id → unit
  counts: { unigrams: number; bigrams: number; trigrams: number; tokens: number };
  pruning: { minBigram: number; minTrigram: number };
  source: { files: string[]; heldOutRule: string; trainedDocuments: number };
}
