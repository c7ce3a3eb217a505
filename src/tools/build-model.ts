/**
 * Build the syllable trigram model from ../shared/corpus (never from evaluation text):
 *   npm run build:model [-- --corpus DIR --out dictionaries/vi-syllable-3gram.bin.gz
 *     --backoff-style witten-bell|constant --weighted-orders 1|1,2 --weight PREFIX=N[,PREFIX=N]]
 * Held-out documents (see corpus.ts) are skipped so the bench can measure on them.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, basename } from 'node:path';
import { gzipSync } from 'node:zlib';
import { lmUnits, RESERVED, BOS } from '../restore/tokens.js';
import { quantize, type ModelHeader } from '../restore/model-format.js';
import { DEFAULT_CORPUS, HELD_OUT_RULE, corpusFiles, isHeldOut, readCorpus } from './corpus.js';
import { arg } from './args.js';

const CORPUS = arg('--corpus', DEFAULT_CORPUS);
const OUT = arg('--out', 'dictionaries/vi-syllable-3gram.bin.gz');
const MIN_BIGRAM = Number(arg('--min-bigram', '2'));
const MIN_TRIGRAM = Number(arg('--min-trigram', '2'));
const MIN_ACRONYM = 30; // acronyms and foreign words kept as units when this frequent
const BACKOFF = 0.4;
// Back-off weights per history: 'constant' is Brants et al.'s 0.4 everywhere; 'witten-bell' scales it by
// how open the history is to words it was never seen with, N1+(h•) / (N1+(h•) + c(h)), relative to the
// count-weighted mean of that share, never above 0.4: 'quy', nearly always before định or chế, gives
// little weight to any other word after it.
const BACKOFF_STYLE = arg('--backoff-style', 'witten-bell');
// Which steps are weighted so: 1, bigram to unigram (the default); 2, trigram to bigram too (measured
// worse on the damaged samples; see dictionaries/README.md).
const WEIGHTED_ORDERS = arg('--weighted-orders', '1');
// Domain weights: '--weight tnt305=3' counts every document whose id starts with 'tnt305/' three times
// (the 2025 administrative documents, the kind vanban reads, are a fifteenth of the corpus's text).
const DOMAIN_WEIGHTS = arg('--weight', '').split(',').filter(Boolean).map((w) => {
  const [prefix, n] = w.split('=');
  return { prefix: prefix + '/', times: Number(n) };
});
const timesCounted = (id: string) => DOMAIN_WEIGHTS.find((w) => id.startsWith(w.prefix))?.times ?? 1;

function* docLines(text: string): Generator<string[]> {
  for (const line of text.split('\n')) {
    const u = lmUnits(line);
    if (u.length) yield u;
  }
}

async function main() {
  const t0 = Date.now();
  // Pass 1: vocabulary.
  const freq = new Map<string, number>();
  // Unweighted counts, for admitting acronyms and foreign words: a domain weight must not make a unit of a rare one.
  const seen = new Map<string, number>();
  let docs = 0;
  for await (const d of readCorpus(CORPUS)) {
    if (isHeldOut(d.id)) continue;
    docs++;
    const w = timesCounted(d.id);
    for (const units of docLines(d.text)) for (const u of units) { freq.set(u, (freq.get(u) ?? 0) + w); seen.set(u, (seen.get(u) ?? 0) + 1); }
  }
  const vocab = [...RESERVED];
  const isUnit = (u: string) => /^[\p{Ll}]+$/u.test(u) ? true : (seen.get(u) ?? 0) >= MIN_ACRONYM;
  const sorted = [...freq.entries()].filter(([u]) => !RESERVED.includes(u) && isUnit(u)).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  for (const [u] of sorted) if (vocab.length < 65535) vocab.push(u);
  const id = new Map(vocab.map((u, i) => [u, i]));
  console.error(`pass 1: ${docs} documents, ${vocab.length} units (${((Date.now() - t0) / 1000).toFixed(1)} s)`);

  // Pass 2: counts. Trigram keys need 48 bits; they are sharded over several Maps (a Map holds < 2^24 keys).
  const uni = new Float64Array(vocab.length);
  const bi = new Map<number, number>();
  const SH = 16;
  const tri = Array.from({ length: SH }, () => new Map<number, number>());
  // How often each history was followed by something: the denominators of the relative frequencies.
  const hist1 = new Float64Array(vocab.length);
  const hist2 = new Map<number, number>();
  let tokens = 0;
  for await (const d of readCorpus(CORPUS)) {
    if (isHeldOut(d.id)) continue;
    const w = timesCounted(d.id);
    for (const units of docLines(d.text)) {
      let a = BOS, b = BOS;
      const ids = units.map((u) => id.get(u) ?? 1);
      ids.push(BOS);
      for (const c of ids) {
        if (c === BOS && b === BOS) continue;
        uni[c] += w; tokens += w;
        hist1[b] += w;
        const kh = a * 65536 + b;
        hist2.set(kh, (hist2.get(kh) ?? 0) + w);
        const kb = b * 65536 + c;
        bi.set(kb, (bi.get(kb) ?? 0) + w);
        const kt = (a * 65536 + b) * 65536 + c;
        const m = tri[c % SH];
        m.set(kt, (m.get(kt) ?? 0) + w);
        a = c === BOS ? BOS : b; b = c;
      }
    }
  }
  console.error(`pass 2: ${tokens} tokens, ${bi.size} bigram types, ${tri.reduce((s, m) => s + m.size, 0)} trigram types (${((Date.now() - t0) / 1000).toFixed(1)} s)`);

  // Stupid backoff scores: relative frequencies; back-off factors are applied when scoring.
  const uniQ = new Uint8Array(vocab.length);
  for (let i = 0; i < vocab.length; i++) uniQ[i] = quantize(Math.log10(Math.max(uni[i], 0.5) / tokens));
  const biEntries = [...bi.entries()].filter(([, c]) => c >= MIN_BIGRAM).sort((x, y) => x[0] - y[0]);
  const biKeys = new Uint32Array(biEntries.length);
  const biQ = new Uint8Array(biEntries.length);
  biEntries.forEach(([k, c], i) => {
    biKeys[i] = k;
    biQ[i] = quantize(Math.log10(c / Math.max(hist1[Math.floor(k / 65536)], c)));
  });
  const triEntries: Array<[number, number]> = [];
  for (const m of tri) for (const [k, c] of m) if (c >= MIN_TRIGRAM) triEntries.push([k, c]);
  triEntries.sort((x, y) => x[0] - y[0]);
  const triHi = new Uint32Array(triEntries.length);
  const triLo = new Uint16Array(triEntries.length);
  const triQ = new Uint8Array(triEntries.length);
  triEntries.forEach(([k, c], i) => {
    const hi = Math.floor(k / 65536);
    triHi[i] = hi;
    triLo[i] = k % 65536;
    triQ[i] = quantize(Math.log10(c / Math.max(hist2.get(hi) ?? c, c)));
  });

  // Per-history back-off weights (log10, quantized like the scores): unigram histories for the step from
  // bigrams to unigrams, bigram histories (one per bigram entry) for the step from trigrams to bigrams.
  const weighted = BACKOFF_STYLE === 'witten-bell';
  const uniB = new Uint8Array(vocab.length);
  const biB = new Uint8Array(biEntries.length);
  if (weighted) {
    const types1 = new Float64Array(vocab.length);
    for (const k of bi.keys()) types1[Math.floor(k / 65536)]++;
    const types2 = new Map<number, number>();
    for (const m of tri) for (const k of m.keys()) { const hi = Math.floor(k / 65536); types2.set(hi, (types2.get(hi) ?? 0) + 1); }
    const share = (types: number, c: number) => (c > 0 ? types / (types + c) : 1);
    // The mean share over histories, weighted by their counts: a history as open as that or more backs off by BACKOFF.
    const mean = (pairs: Array<[number, number]>) => {
      let num = 0, den = 0;
      for (const [t, c] of pairs) { num += c * share(t, c); den += c; }
      return den ? num / den : 1;
    };
    const m1 = mean([...hist1].map((c, i) => [types1[i], c] as [number, number]));
    const m2 = mean([...hist2].map(([k, c]) => [types2.get(k) ?? 0, c] as [number, number]));
    // (Never above BACKOFF: a rare history's share is high only because it was seen little.)
    const weight = (t: number, c: number, m: number) => quantize(Math.log10(BACKOFF * Math.min(1, share(t, c) / m)));
    for (let i = 0; i < vocab.length; i++) uniB[i] = weight(types1[i], hist1[i], m1);
    // An unknown word opens any history; as a context it must be no kinder than the words it stands
    // beside as a candidate (a word left as OCR printed it, 'Truong', is <unk>): the weight of an
    // average running word, the count-weighted mean of the others' (log) weights.
    const UNK_ID = vocab.indexOf('<unk>');
    if (UNK_ID >= 0) {
      let num = 0, den = 0;
      for (let i = 0; i < vocab.length; i++) if (i !== UNK_ID && vocab[i] !== '<s>') { num += hist1[i] * uniB[i]; den += hist1[i]; }
      uniB[UNK_ID] = Math.round(num / den);
    }
    const q0 = quantize(Math.log10(BACKOFF));
    biEntries.forEach(([k], i) => { biB[i] = WEIGHTED_ORDERS.includes('2') ? weight(types2.get(k) ?? 0, hist2.get(k) ?? 0, m2) : q0; });
    if (!WEIGHTED_ORDERS.includes('1')) uniB.fill(q0);
    console.error(`back-off weights: mean open share ${m1.toFixed(4)} (unigram histories), ${m2.toFixed(4)} (bigram histories)`);
  }

  const header: ModelHeader = {
    format: 'vanban-lm-1', order: 3, smoothing: weighted ? 'stupid-backoff-weighted' : 'stupid-backoff', backoff: BACKOFF, vocab,
    counts: { unigrams: vocab.length, bigrams: biKeys.length, trigrams: triHi.length, tokens },
    pruning: { minBigram: MIN_BIGRAM, minTrigram: MIN_TRIGRAM },
    source: { files: corpusFiles(CORPUS).map((f) => basename(f)), heldOutRule: HELD_OUT_RULE, trainedDocuments: docs },
  };
  const h = Buffer.from(JSON.stringify(header));
  const len = Buffer.alloc(4);
  len.writeUInt32LE(h.length);
  const parts = [len, h, uniQ, biKeys, biQ, triHi, triLo, triQ, ...(weighted ? [uniB, biB] : [])].map((p) => Buffer.from(p.buffer ?? p, p.byteOffset ?? 0, p.byteLength ?? p.length));
  const gz = gzipSync(Buffer.concat(parts), { level: 9 });
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, gz);
  console.error(`wrote ${OUT}: ${(gz.length / 1e6).toFixed(1)} MB, ${biKeys.length} bigrams, ${triHi.length} trigrams (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
}

main().catch((e) => { console.error(e); process.exit(1); });
