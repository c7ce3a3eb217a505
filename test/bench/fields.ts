/**
 * Field-extraction benchmark (npm run bench:fields): runs `vanban extract` on text inputs (the seeds
 * with gold fields) and on the scanned samples, and scores both with ../shared/tools/score-fields.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SHARED = join(process.cwd(), '../shared');
const tmp = mkdtempSync(join(tmpdir(), 'vanban-fields-'));
const vanban = (args: string[]) => execFileSync(process.execPath, ['bin/vanban.js', ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
const score = (gold: string, pred: string) => execFileSync(join(SHARED, 'tools/score-fields'), [gold, pred], { encoding: 'utf8' }).trim();

// 1. Text inputs: the seeds that have gold fields.
const seedIn = join(tmp, 'seeds');
mkdirSync(seedIn);
for (const f of readdirSync(join(SHARED, 'seeds/gold')).filter((f) => f.endsWith('.fields.json'))) {
  const name = f.replace('.fields.json', '.txt');
  copyFileSync(join(SHARED, 'seeds/raw', name), join(seedIn, name));
}
vanban(['extract', seedIn, '--out', join(tmp, 'seeds-out'), '-q']);
console.log(`TEXT (seeds): ${score(join(SHARED, 'seeds/gold'), join(tmp, 'seeds-out'))}`);

// 2. Samples: scans (OCR) and PDFs, gold written for this project in samples/gold.
vanban(['extract', 'samples', '--out', join(tmp, 'samples-out'), '-q',
  '--exclude', '*.truth.txt', '--exclude', '*.layer.txt', '--exclude', 'src/**', '--exclude', 'gold/**']);
console.log(`SAMPLES (scans + PDFs + text): ${score('samples/gold', join(tmp, 'samples-out'))}`);
