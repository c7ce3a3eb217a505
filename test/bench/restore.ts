/**
 * Restoration benchmark (npm run bench:restore [-- --quick]).
 * 1. seeds: ../shared/seeds/raw → restore → scored against ../shared/seeds/gold with score-text.
 * 1c. the English-OCR samples with truth (samples/*-eng-ocr.txt) → restore → score.
 * 2. held-out corpus documents (never in the model), all diacritics stripped → restore → score.
 * 3. clean held-out text passed through: share of syllables changed.
 * 4. speed after loading, load time, peak memory.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LanguageModel, NameModel, Restorer, DEFAULT_MODEL_PATH, DEFAULT_NAMES_PATH, loadDefaultChannel, loadDefaultPlaces } from '../../src/restore/index.js';
import { skeleton } from '../../src/restore/orthography.js';
import { DEFAULT_CORPUS, isHeldOut, readCorpus } from '../../src/tools/corpus.js';
import { isDevPage } from '../../src/tools/channel-pairs.js';

const SHARED = join(process.cwd(), '../shared');
const quick = process.argv.includes('--quick');
const tmp = mkdtempSync(join(tmpdir(), 'vanban-bench-'));

/** score-text's metrics; mode 'whole' for pages whose line breaks OCR changed. */
function score(truth: string, hyp: string, label: string, mode = 'auto'): Record<string, number> {
  const t = join(tmp, `${label}.truth.txt`), h = join(tmp, `${label}.hyp.txt`);
  writeFileSync(t, truth); writeFileSync(h, hyp);
  const out = execFileSync(join(SHARED, 'tools/score-text'), [t, h, '--mode', mode, '--label', label], { encoding: 'utf8' });
  return JSON.parse(out);
}
const pct = (x: number) => `${(x * 100).toFixed(2)}%`;

const t0 = performance.now();
const lm = LanguageModel.load(DEFAULT_MODEL_PATH);
const restorer = new Restorer(lm, {}, loadDefaultChannel());
const loadSeconds = (performance.now() - t0) / 1000;
console.log(`model: ${DEFAULT_MODEL_PATH}, ${lm.header.counts.unigrams} units, ${lm.header.counts.bigrams} bigrams, ${lm.header.counts.trigrams} trigrams; load ${loadSeconds.toFixed(2)} s`);

// 1. Seeds with gold.
const goldDir = join(SHARED, 'seeds/gold');
let seedSyl = 0, seedErr = 0, rawErr = 0;
for (const f of readdirSync(goldDir).filter((f) => f.endsWith('.txt')).sort()) {
  const raw = readFileSync(join(SHARED, 'seeds/raw', f), 'utf8');
  const gold = readFileSync(join(goldDir, f), 'utf8');
  const before = score(gold, raw, `raw-${f}`);
  const after = score(gold, restorer.restore(raw), `restored-${f}`);
  seedSyl += after.truth_syllables; seedErr += after.syllable_errors; rawErr += before.syllable_errors;
  console.log(`seed ${f}: syllable accuracy ${pct(1 - after.ser)} (raw ${pct(1 - before.ser)}), CER ${pct(after.cer)} (raw ${pct(before.cer)}), diacritic_acc ${pct(after.diacritic_acc)}`);
}
console.log(`SEEDS: syllable accuracy ${pct(1 - seedErr / seedSyl)} (raw ${pct(1 - rawErr / seedSyl)}) over ${seedSyl} syllables`);

// 1b. Synthetic development pages of the learned channel (never trained on), when made here: read
// by native tesseract (build/channel) and by tesseract.js (build/channel-js).
for (const devDir of ['build/channel', 'build/channel-js']) {
  if (!existsSync(devDir)) continue;
  const pages = readdirSync(devDir).filter((f) => isDevPage(f)).sort();
  const truth = pages.map((f) => readFileSync(join(devDir, f), 'utf8')).join('\n');
  const ocr = pages.map((f) => readFileSync(join(devDir, f.replace('.truth.txt', '.ocr.txt')), 'utf8'));
  const td = performance.now();
  const restoredDev = ocr.map((o) => restorer.restore(o)).join('\n');
  const devSeconds = (performance.now() - td) / 1000;
  const dev = score(truth, restoredDev, 'dev', 'whole');
  const devRaw = score(truth, ocr.join('\n'), 'dev-raw', 'whole');
  console.log(`DEV ${devDir} (synthetic English-OCR pages, ${pages.length}): syllable accuracy ${pct(1 - dev.ser)} (raw ${pct(1 - devRaw.ser)}) over ${dev.truth_syllables} syllables; ${Math.round(dev.truth_syllables / devSeconds)} syllables/s (damaged text, first pass, cold caches)`);
}

// 1c. The damaged-text samples: English-model OCR of composed documents (samples/*-eng-ocr.txt) beside
// their truth, restored as the pipeline restores them (gazetteer and names loaded). Every fifth with --quick.
{
  // (On the model loaded above: a second copy would count in the peak memory reported below.)
  const full = new Restorer(lm, {}, loadDefaultChannel(), loadDefaultPlaces(), NameModel.load(DEFAULT_NAMES_PATH, lm));
  const names = readdirSync('samples').filter((f) => f.endsWith('-eng-ocr.txt') && existsSync(join('samples', f.replace(/\.txt$/, '.truth.txt')))).sort()
    .filter((_, i) => !quick || i % 5 === 0);
  let syl = 0, err = 0, raw = 0;
  for (const f of names) {
    const ocr = readFileSync(join('samples', f), 'utf8');
    const truth = readFileSync(join('samples', f.replace(/\.txt$/, '.truth.txt')), 'utf8');
    const after = score(truth, full.restore(ocr), 'sample');
    syl += after.truth_syllables; err += after.syllable_errors;
    raw += score(truth, ocr, 'sample-raw').syllable_errors;
  }
  if (names.length) console.log(`SAMPLES English-OCR (${names.length} composed documents): ${err} syllable errors of ${syl} (accuracy ${pct(1 - err / syl)}; raw ${raw} errors, ${pct(1 - raw / syl)})`);
}

// 2–4. Held-out corpus.
const maxSyllables = quick ? 20_000 : 150_000;
const lines: string[] = [];
let n = 0;
for await (const d of readCorpus(DEFAULT_CORPUS)) {
  if (!isHeldOut(d.id)) continue;
  for (const line of d.text.split('\n')) {
    if (!line.trim()) continue;
    lines.push(line);
    n += line.split(/\s+/).length;
  }
  if (n >= maxSyllables) break;
}
const clean = lines.join('\n') + '\n';
const stripped = skeleton(clean);
const t1 = performance.now();
const restored = restorer.restore(stripped);
const secs = (performance.now() - t1) / 1000;
const s2 = score(clean, restored, 'heldout');
const sylCount = s2.truth_syllables;
console.log(`HELD-OUT stripped: syllable accuracy ${pct(1 - s2.ser)} over ${sylCount} syllables (stripped input ${pct(1 - score(clean, stripped, 'heldout-stripped').ser)})`);
const t2 = performance.now();
const passed = restorer.restore(clean);
const secs2 = (performance.now() - t2) / 1000;
const s3 = score(clean, passed, 'passthrough');
console.log(`PASS-THROUGH clean: ${pct(s3.ser)} of syllables changed`);
console.log(`SPEED: ${Math.round(sylCount / secs)} syllables/s (stripped), ${Math.round(sylCount / secs2)} syllables/s (clean), one core`);
console.log(`MEMORY: peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
if (!existsSync(DEFAULT_MODEL_PATH)) process.exit(3);
