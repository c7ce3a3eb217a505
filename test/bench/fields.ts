/**
 * Field-extraction benchmark (npm run bench:fields): runs `vanban extract` on text inputs (the seeds
 * with gold fields, and the sample .txt files) and on the scanned and PDF samples, and scores each
 * group with ../shared/tools/score-fields against its gold.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SHARED = join(process.cwd(), '../shared');
const tmp = mkdtempSync(join(tmpdir(), 'vanban-fields-'));
const vanban = (args: string[]) => execFileSync(process.execPath, ['bin/vanban.js', ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
const score = (gold: string, pred: string) => execFileSync(join(SHARED, 'tools/score-fields'), [gold, pred], { encoding: 'utf8' }).trim();

/** Copy the inputs and their gold into a group's own folders, extract, score. */
function group(label: string, inputs: Array<[string, string]>, goldDir: string) {
  const inDir = join(tmp, label, 'in'), gold = join(tmp, label, 'gold'), out = join(tmp, label, 'out');
  mkdirSync(inDir, { recursive: true }); mkdirSync(gold, { recursive: true });
  // score-fields pairs a gold NAME with the first output starting with NAME: no name may prefix another.
  const stems = inputs.map(([, name]) => name.replace(/\.[^.]+$/, ''));
  for (const a of stems) for (const b of stems) if (a !== b && b.startsWith(a)) throw new Error(`sample name ${a} is a prefix of ${b}: rename one`);
  for (const [path, name] of inputs) {
    copyFileSync(path, join(inDir, name));
    const g = join(goldDir, `${name.replace(/\.[^.]+$/, '')}.fields.json`);
    if (existsSync(g)) copyFileSync(g, join(gold, `${name.replace(/\.[^.]+$/, '')}.fields.json`));
  }
  vanban(['extract', inDir, '--out', out, '-q']);
  console.log(`${label} (${inputs.length} documents): ${score(gold, out)}`);
  console.log(`  letter case: ${caseMisses(gold, out)}`);
}

/**
 * score-fields compares text fields in lower case; a clerk reads 'Phó hiệu trưởng' or 'Đại học huế'
 * as wrong all the same. Of the text fields it counts right, those whose letter case differs from the gold.
 */
function caseMisses(gold: string, out: string): string {
  const norm = (x: unknown) => String(x).normalize('NFC').split(/\s+/).filter(Boolean).join(' ');
  const outs = readdirSync(out);
  let right = 0;
  const wrong: string[] = [];
  for (const g of readdirSync(gold)) {
    const name = g.replace('.fields.json', '');
    const file = outs.find((f) => f.startsWith(name));
    if (!file) continue;
    const want = JSON.parse(readFileSync(join(gold, g), 'utf8'));
    const got = JSON.parse(readFileSync(join(out, file), 'utf8')).fields ?? {};
    const pairs: Array<[string, unknown, unknown]> = ['issuer', 'issuerParent', 'place', 'subject']
      .map((k) => [k, want[k], (got[k] as { value?: unknown } | null)?.value]);
    for (const k of ['name', 'title']) pairs.push([`signer.${k}`, want.signer?.[k], got.signer?.[k]]);
    for (const [k, a, b] of pairs) {
      if (typeof a !== 'string' || typeof b !== 'string' || norm(a).toLowerCase() !== norm(b).toLowerCase()) continue;
      right++;
      if (norm(a) !== norm(b)) wrong.push(`${name} ${k}: '${b}' for '${a}'`);
    }
  }
  return `${wrong.length} of ${right} text fields right but for letter case${wrong.length ? `\n    ${wrong.join('\n    ')}` : ''}`;
}

// 1. Text inputs: the seeds that have gold fields.
const seedGold = join(SHARED, 'seeds/gold');
group('TEXT seeds', readdirSync(seedGold).filter((f) => f.endsWith('.fields.json'))
  .map((f) => f.replace('.fields.json', '.txt')).map((n) => [join(SHARED, 'seeds/raw', n), n]), seedGold);

// 2. Samples with gold written for this project (samples/gold): text inputs, then scans and PDFs.
const samples = readdirSync('samples').filter((f) => !/\.(truth|layer)\.txt$/.test(f) && existsSync(join('samples/gold', `${f.replace(/\.[^.]+$/, '')}.fields.json`)));
group('TEXT samples', samples.filter((f) => f.endsWith('.txt')).map((f) => [join('samples', f), f]), 'samples/gold');
group('SCANS + PDFs samples', samples.filter((f) => !f.endsWith('.txt')).map((f) => [join('samples', f), f]), 'samples/gold');
