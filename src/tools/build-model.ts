/**
 * Build the syllable trigram model from ../shared/corpus (never from evaluation text):
 *   npm run build:model [-- --corpus DIR --out dictionaries/vi-syllable-3gram.bin.gz]
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
  let docs = 0;
  for await (const d of readCorpus(CORPUS)) {
    if (isHeldOut(d.id)) continue;
    docs++;
    for (const units of docLines(d.text)) for (const u of units) freq.set(u, (freq.get(u) ?? 0) + 1);
  }
  const vocab = [...RESERVED];
  const isUnit = (u: string, c: number) => /^[\p{Ll}]+$/u.test(u) ? true : c >= MIN_ACRONYM;
  const sorted = [...freq.entries()].filter(([u, c]) => !RESERVED.includes(u) && isUnit(u, c)).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
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
    for (const units of docLines(d.text)) {
      let a = BOS, b = BOS;
      const ids = units.map((u) => id.get(u) ?? 1);
      ids.push(BOS);
      for (const c of ids) {
        if (c === BOS && b === BOS) continue;
        uni[c]++; tokens++;
        hist1[b]++;
        const kh = a * 65536 + b;
        hist2.set(kh, (hist2.get(kh) ?? 0) + 1);
        const kb = b * 65536 + c;
        bi.set(kb, (bi.get(kb) ?? 0) + 1);
        const kt = (a * 65536 + b) * 65536 + c;
        const m = tri[c % SH];
        m.set(kt, (m.get(kt) ?? 0) + 1);
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

  const header: ModelHeader = {
    format: 'vanban-lm-1', order: 3, smoothing: 'stupid-backoff', backoff: BACKOFF, vocab,
    counts: { unigrams: vocab.length, bigrams: biKeys.length, trigrams: triHi.length, tokens },
    pruning: { minBigram: MIN_BIGRAM, minTrigram: MIN_TRIGRAM },
    source: { files: corpusFiles(CORPUS).map((f) => basename(f)), heldOutRule: HELD_OUT_RULE, trainedDocuments: docs },
  };
  const h = Buffer.from(JSON.stringify(header));
  const len = Buffer.alloc(4);
  len.writeUInt32LE(h.length);
  const parts = [len, h, uniQ, biKeys, biQ, triHi, triLo, triQ].map((p) => Buffer.from(p.buffer ?? p, p.byteOffset ?? 0, p.byteLength ?? p.length));
  const gz = gzipSync(Buffer.concat(parts), { level: 9 });
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, gz);
  console.error(`wrote ${OUT}: ${(gz.length / 1e6).toFixed(1)} MB, ${biKeys.length} bigrams, ${triHi.length} trigrams (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
}

main().catch((e) => { console.error(e); process.exit(1); });
