import { describe, it, expect, beforeAll } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync, readdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { runCli, runBin, SAMPLES, ROOT } from '../helpers/run-cli.js';
import { cer } from '../helpers/cer.js';
import { validateRecord } from '../../src/output/schema.js';
import type { DocumentRecord } from '../../src/pipeline/document.js';

const truth = (name: string) => readFileSync(join(SAMPLES, `${name}.truth.txt`), 'utf8');

describe('vanban extract on every sample kind', () => {
  let out: string;
  let run: Awaited<ReturnType<typeof runCli>>;
  const rec = (file: string): DocumentRecord => JSON.parse(readFileSync(join(out, `${file}.json`), 'utf8'));

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'vanban-out-'));
    run = await runCli(['extract', SAMPLES, '--out', out, '--jobs', '2', '--no-restore', '--exclude', '*.truth.txt', '--exclude', '*.layer.txt']);
  });

  it('writes one schema-valid JSON per input, mirroring names', () => {
    expect(run.code).toBe(0);
    const files = readdirSync(out).filter((f) => f.endsWith('.json')).sort();
    // Every top-level input (not the truth/layer files the run excludes) gets exactly one JSON of the same name.
    const inputs = readdirSync(SAMPLES, { withFileTypes: true })
      .filter((e) => e.isFile() && !/\.(truth|layer)\.txt$/.test(e.name))
      .map((e) => `${e.name}.json`).sort();
    expect(inputs.length).toBeGreaterThanOrEqual(8);
    expect(files).toEqual(inputs);
    for (const f of files) {
      const r = JSON.parse(readFileSync(join(out, f), 'utf8'));
      expect(validateRecord(r), f).toEqual([]);
      expect(r.error, f).toBeNull();
    }
  });

  it('detects kinds from content and records sha256 and size', () => {
    const r = rec('cong-van-scan.png');
    expect(r.source.kind).toBe('png');
    expect(r.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(r.source.size).toBe(readFileSync(join(SAMPLES, 'cong-van-scan.png')).length);
    expect(rec('thong-bao.txt').source.kind).toBe('text');
  });

  it('OCRs the PNG scan with CER ≤ 5%', () => {
    const r = rec('cong-van-scan.png');
    expect(r.pages[0].source).toBe('ocr');
    expect(r.pages[0].confidence).toBeGreaterThan(0.5);
    expect(cer(truth('cong-van-scan'), r.rawText)).toBeLessThanOrEqual(0.05);
  });

  it('OCRs both pages of the image-only PDF', () => {
    const r = rec('ke-hoach-scan.pdf');
    expect(r.pages.map((p) => p.source)).toEqual(['ocr', 'ocr']);
    expect(r.pages[0].reason).toMatch(/text layer has 0 words/);
    expect(cer(truth('ke-hoach-scan'), r.rawText)).toBeLessThanOrEqual(0.06);
  });

  it('in auto mode reads the clean layer without OCR and re-OCRs the damaged one', () => {
    const clean = rec('bao-cao-born-digital.pdf');
    expect(clean.pages[0].source).toBe('text-layer');
    expect(clean.pages[0].reason).toMatch(/reads as Vietnamese/);
    expect(cer(truth('bao-cao-born-digital'), clean.rawText)).toBe(0);

    const damaged = rec('quyet-dinh-damaged-layer.pdf');
    expect(damaged.pages[0].source).toBe('ocr');
    expect(damaged.pages[0].reason).toMatch(/looks damaged/);
    const layer = readFileSync(join(SAMPLES, 'quyet-dinh-damaged-layer.layer.txt'), 'utf8');
    const t = truth('quyet-dinh-damaged-layer');
    const before = cer(t, layer), after = cer(t, damaged.rawText);
    expect(before).toBeGreaterThan(0.15);
    expect(after).toBeLessThan(before / 3);
  });

  it('--ocr never keeps the damaged layer; --ocr always OCRs the clean one', async () => {
    const never = await runCli(['extract', join(SAMPLES, 'quyet-dinh-damaged-layer.pdf'), '--ocr', 'never', '--no-restore', '-q']);
    const n: DocumentRecord = JSON.parse(never.stdout);
    expect(n.pages[0].source).toBe('text-layer');
    expect(n.warnings.join(' ')).toMatch(/--ocr never/);
    const always = await runCli(['extract', join(SAMPLES, 'bao-cao-born-digital.pdf'), '--ocr', 'always', '--no-restore', '-q', '--jobs', '1']);
    const a: DocumentRecord = JSON.parse(always.stdout);
    expect(a.pages[0].source).toBe('ocr');
    expect(a.pages[0].reason).toMatch(/--ocr always/);
  });
});

describe('bad input', () => {
  it('zero-byte and random files get a one-line error each, exit 1, and the others are still written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vanban-bad-'));
    const out = join(dir, 'out');
    writeFileSync(join(dir, 'empty.pdf'), '');
    let seed = 7;
    const rnd = Buffer.alloc(4096).map(() => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) >> 16) & 0xff);
    writeFileSync(join(dir, 'random.png'), rnd);
    copyFileSync(join(SAMPLES, 'thong-bao.txt'), join(dir, 'thong-bao.txt'));
    const r = await runCli(['extract', dir, '--out', out, '-q']);
    expect(r.code).toBe(1);
    const errLines = r.stderr.split('\n').filter((l) => l.startsWith('error'));
    expect(errLines).toHaveLength(2);
    expect(errLines[0]).toMatch(/empty\.pdf: file is empty/);
    expect(errLines[1]).toMatch(/random\.png: not a PDF, PNG, JPEG, TIFF or text file/);
    const empty = JSON.parse(readFileSync(join(out, 'empty.pdf.json'), 'utf8'));
    expect(empty.error.code).toBe('empty-file');
    expect(validateRecord(empty)).toEqual([]);
    expect(JSON.parse(readFileSync(join(out, 'random.png.json'), 'utf8')).error.code).toBe('unsupported-kind');
    expect(JSON.parse(readFileSync(join(out, 'thong-bao.txt.json'), 'utf8')).error).toBeNull();
  });
});

describe('offline OCR', () => {
  const guard = join(ROOT, 'test/helpers/no-network.cjs');

  it('the no-network guard itself blocks fetches (so the next test can fail)', () => {
    const log = join(mkdtempSync(join(tmpdir(), 'vanban-net-')), 'net.log');
    const r = spawnSync(process.execPath, ['--require', guard, join(ROOT, 'test/helpers/try-fetch.mjs')], {
      encoding: 'utf8', env: { ...process.env, VANBAN_NET_LOG: log },
    });
    expect(r.stdout).toMatch(/blocked/);
    expect(readFileSync(log, 'utf8')).toMatch(/fetch https:/);
  });

  it('OCR makes no network request and leaves no traineddata in the working folder', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'vanban-cwd-'));
    const log = `${cwd}-net.log`;
    const r = runBin(['ocr', join(SAMPLES, 'cong-van-scan.png'), '--jobs', '1'], {
      cwd, nodeArgs: ['--require', guard], env: { VANBAN_NET_LOG: log },
    });
    expect(r.stderr).not.toMatch(/network access blocked/);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Thực hiện Luật Tiếp công dân số 42\/2013\/QH13/);
    expect(existsSync(log)).toBe(false);
    expect(readdirSync(cwd)).toEqual([]);
  });
});
