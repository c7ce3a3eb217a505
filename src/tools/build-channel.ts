/**
 * Learn the OCR channel (dictionaries/ocr-channel.json) from aligned damaged/true pages made by
 * `npm run make:channel-data`:
 *   npm run build:channel [-- --data build/channel --out dictionaries/ocr-channel.json]
 * Pages whose number ends in 9 are a development set: never learned from (tune on them).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { alignLetters, type EmitCost, type OcrChannelFile } from '../restore/ocr-channel.js';
import { skeleton } from '../restore/orthography.js';
import { alignPage, isDevPage } from './channel-pairs.js';
import { arg } from './args.js';

// Pages read by native tesseract and the same pages re-read by tesseract.js (make-channel-data --reread).
const DATA = arg('--data', 'build/channel,build/channel-js').split(',').filter((d) => existsSync(d));
const OUT = arg('--out', 'dictionaries/ocr-channel.json');
const ITERATIONS = 4;
const ALPHA = 5;       // weight of the base-letter group's distribution in a letter's own
const MIN_P = 1e-4;    // emissions rarer than this are left to the floor
const KAPPA = 3;       // weight of the letter model in the token table (see ocr-channel.ts)
const VOWELS = new Set('aeiouy');
/**
 * Glyphs OCR engines confuse whatever the language (published OCR confusion sets). A segment never
 * seen for a letter is priced from a seen look-alike, LOOKALIKE log10 units dearer, not the floor.
 */
const LOOKALIKES = [['6', 'b', 'g'], ['0', 'o', 'q'], ['1', 'l', 'i', '|', '!'], ['5', 's'], ['8', 'b'], ['9', 'g', 'q'], ['2', 'z'], ['m', 'rn', 'in', 'nn'], ['d', 'cl'], ['w', 'vv'], ['h', 'li']];
const LOOKALIKE = 1;

function lookalikeVariants(seg: string): string[] {
  const out = new Set<string>();
  for (const group of LOOKALIKES) {
    for (const a of group) {
      for (let i = seg.indexOf(a); i >= 0; i = seg.indexOf(a, i + 1)) {
        for (const b of group) if (b !== a) out.add(seg.slice(0, i) + b + seg.slice(i + a.length));
      }
    }
  }
  return [...out].filter((v) => v.length <= 2 && v !== seg);
}

/** Where learning starts: a letter is read as itself or its base letter; anything else is costly. */
const initialEmit: EmitCost = (t, seg) => {
  const base = skeleton(t);
  if (seg === t) return 0.05;
  if (seg === base) return 0.3;
  if (seg.length === 1) return VOWELS.has(base) && VOWELS.has(skeleton(seg)) ? 1.5 : 2.5;
  if (seg.length === 0) return 2.5;
  return seg.includes(base) ? 2.5 : 3.5;
};

function learn(pairs: Array<[string, string]>) {
  let emit = initialEmit, ins = 3;
  let table: Record<string, Record<string, number>> = {};
  let floor = { sub: 4, del: 4, pair: 4.5, ins: 3 };
  for (let it = 0; it < ITERATIONS; it++) {
    const c = new Map<string, Map<string, number>>();
    let inserted = 0, observedChars = 0, total = 0;
    for (const [t, o] of pairs) {
      const { cost, steps } = alignLetters([...o], [...t], emit, ins, true);
      total += cost;
      observedChars += [...o].length;
      for (const [letter, seg] of steps!) {
        if (!letter) { inserted++; continue; }
        const m = c.get(letter) ?? new Map<string, number>();
        m.set(seg, (m.get(seg) ?? 0) + 1);
        c.set(letter, m);
      }
    }
    // Pool letters with the same base letter: rare marked letters borrow their group's habits.
    const group = new Map<string, Map<string, number>>();
    for (const [letter, m] of c) {
      const g = group.get(skeleton(letter)) ?? new Map<string, number>();
      for (const [seg, n] of m) g.set(seg, (g.get(seg) ?? 0) + n);
      group.set(skeleton(letter), g);
    }
    const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
    table = {};
    for (const [letter, m] of c) {
      const g = group.get(skeleton(letter))!, gt = sum(g), lt = sum(m);
      const row: Record<string, number> = {};
      for (const seg of new Set([...m.keys(), ...g.keys()])) {
        const p = ((m.get(seg) ?? 0) + ALPHA * ((g.get(seg) ?? 0) / gt)) / (lt + ALPHA);
        if (p >= MIN_P) row[seg] = Number((-Math.log10(p)).toFixed(3));
      }
      for (const [seg, cost] of Object.entries(row)) {
        for (const v of lookalikeVariants(seg)) {
          const c = Number((cost + LOOKALIKE).toFixed(3));
          if (!(v in row) || row[v] > c) row[v] = c;
        }
      }
      table[letter] = row;
    }
    ins = Number((-Math.log10(Math.max(inserted, 1) / observedChars)).toFixed(3));
    floor = { sub: 4, del: 4.5, pair: 5, ins };
    const t = table, f = floor;
    emit = (letter, seg) => t[letter]?.[seg] ?? (seg.length === 0 ? f.del : seg.length === 1 ? f.sub : f.pair);
    console.error(`iteration ${it + 1}: mean cost per pair before re-estimating ${(total / pairs.length).toFixed(3)}, inserted characters ${inserted}`);
  }
  return { table, floor };
}

function main() {
  const names = DATA.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.ocr.txt')).sort().map((f) => join(d, f.replace('.ocr.txt', '.truth.txt'))));
  const train: Array<[string, string]> = [];
  let dev = 0;
  for (const name of names) {
    if (isDevPage(name)) { dev++; continue; }
    const truth = readFileSync(name, 'utf8');
    const ocr = readFileSync(name.replace('.truth.txt', '.ocr.txt'), 'utf8');
    train.push(...alignPage(truth, ocr));
  }
  const exact = train.filter(([t, o]) => t === o).length;
  console.error(`${names.length - dev} training pages (${dev} kept for development): ${train.length} word pairs, ${(100 * exact / train.length).toFixed(1)}% read exactly`);
  const { table, floor } = learn(train);

  const tokens: Record<string, Record<string, number>> = {};
  const pairCounts = new Map<string, number>();
  const truthCounts: Record<string, number> = {};
  for (const [t, o] of train) {
    pairCounts.set(`${o}\t${t}`, (pairCounts.get(`${o}\t${t}`) ?? 0) + 1);
    truthCounts[t] = (truthCounts[t] ?? 0) + 1;
  }
  for (const [k, n] of [...pairCounts].sort()) {
    if (n < 2) continue;
    const [o, t] = k.split('\t');
    (tokens[o] ??= {})[t] = n;
  }
  const file: OcrChannelFile = {
    format: 'vanban-ocr-channel-1', emit: table, floor, tokens, truthCounts, kappa: KAPPA,
    source: {
      pages: names.length - dev, wordPairs: train.length, devPages: dev,
      how: 'corpus text (held-out documents excluded) rendered as scanned pages and read by English-model OCR (native tesseract, and tesseract.js re-reading the same pages); see src/tools/make-channel-data.ts',
      data: DATA,
    },
  };
  writeFileSync(OUT, JSON.stringify(file) + '\n');
  console.error(`wrote ${OUT}: ${Object.keys(table).length} letters, ${Object.keys(tokens).length} observed tokens in the table`);
}

main();
