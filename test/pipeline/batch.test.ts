import { describe, it, expect, beforeAll } from 'vitest';
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync, symlinkSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, runBin, SAMPLES, BIN } from '../helpers/run-cli.js';
import { validateRecord } from '../../src/output/schema.js';

/** A small backlog of text documents in nested folders (fast: no OCR). */
function makeBacklog(n: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'vanban-backlog-'));
  const srcs = readdirSync(join(SAMPLES, 'src')).sort();
  for (let i = 0; i < n; i++) {
    const sub = join(dir, `hop-${i % 3}`);
    mkdirSync(sub, { recursive: true });
    const text = readFileSync(join(SAMPLES, 'src', srcs[i % srcs.length]), 'utf8').replace('\f', '');
    writeFileSync(join(sub, `van-ban-${String(i).padStart(2, '0')}.txt`), `${text}\n(${i})\n`);
  }
  return dir;
}

function listJson(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.json')).sort();
}

/** Start the built CLI; `exited` is listened for from the start, so a run that ends early is seen. */
function startBin(args: string[]) {
  const child = spawn(process.execPath, [BIN, ...args]);
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  child.stdout.resume();
  const run = {
    child, done: false, stderr: () => stderr,
    exited: new Promise<number | null>((r) => child.on('exit', (code) => { run.done = true; r(code); })),
  };
  return run;
}

/** Poll until `ready()` holds (every 20 ms, at most two minutes). */
async function until(ready: () => boolean): Promise<void> {
  for (let waited = 0; !ready() && waited < 120_000; waited += 20) await new Promise((r) => setTimeout(r, 20));
}

describe('batch runs', () => {
  let backlog: string;
  beforeAll(() => { backlog = makeBacklog(12); });

  it('writes one JSON per input and skips them on a re-run; --force redoes them byte-identically', async () => {
    const out = mkdtempSync(join(tmpdir(), 'vanban-out-'));
    const first = await runCli(['extract', backlog, '--out', out, '--jobs', '2']);
    expect(first.code).toBe(0);
    const files = listJson(out);
    expect(files).toHaveLength(12);
    const before = new Map(files.map((f) => [f, { body: readFileSync(join(out, f), 'utf8'), mtime: statSync(join(out, f)).mtimeMs }]));
    for (const { body } of before.values()) expect(validateRecord(JSON.parse(body))).toEqual([]);

    const second = await runCli(['extract', backlog, '--out', out]);
    expect(second.code).toBe(0);
    expect(second.stderr).toMatch(/12 documents \(0 ok, 12 skipped, 0 failed\)/);
    for (const f of files) expect(statSync(join(out, f)).mtimeMs).toBe(before.get(f)!.mtime);

    const forced = await runCli(['extract', backlog, '--out', out, '--force', '-q']);
    expect(forced.code).toBe(0);
    for (const f of files) expect(readFileSync(join(out, f), 'utf8')).toBe(before.get(f)!.body);
  });

  it('redoes a document whose input changed', async () => {
    const dir = makeBacklog(2);
    const out = mkdtempSync(join(tmpdir(), 'vanban-out-'));
    await runCli(['extract', dir, '--out', out, '-q']);
    writeFileSync(join(dir, 'hop-0', 'van-ban-00.txt'), 'Số: 01/TB-UBND\nNội dung mới.\n');
    const r = await runCli(['extract', dir, '--out', out]);
    expect(r.stderr).toMatch(/2 documents \(1 ok, 1 skipped, 0 failed\)/);
  });

  it('redoes documents made with other model files', () => {
    const dir = makeBacklog(2);
    const out = mkdtempSync(join(tmpdir(), 'vanban-out-'));
    expect(runBin(['extract', dir, '--out', out, '-q']).code).toBe(0);
    expect(runBin(['extract', dir, '--out', out]).stderr).toMatch(/2 documents \(0 ok, 2 skipped, 0 failed\)/);
    // The same gazetteer with one more unit: a different model, so nothing is reused.
    const places = JSON.parse(readFileSync(join(SAMPLES, '../dictionaries/vn-places.json'), 'utf8'));
    places.units.push('Thử Nghiệm|xã|Hà Nam');
    const other = join(mkdtempSync(join(tmpdir(), 'vanban-places-')), 'vn-places.json');
    writeFileSync(other, JSON.stringify(places));
    expect(runBin(['extract', dir, '--out', out], { env: { VANBAN_PLACES: other } }).stderr).toMatch(/2 documents \(2 ok, 0 skipped, 0 failed\)/);
    // Without restoration the extractor still spells unit names from the gazetteer.
    const bare = mkdtempSync(join(tmpdir(), 'vanban-out-'));
    expect(runBin(['extract', dir, '--out', bare, '--no-restore', '-q']).code).toBe(0);
    expect(runBin(['extract', dir, '--out', bare, '--no-restore'], { env: { VANBAN_PLACES: other } }).stderr).toMatch(/2 documents \(2 ok, 0 skipped, 0 failed\)/);
    const c = runBin(['extract', join(SAMPLES, 'thong-bao.txt')], { env: { VANBAN_PLACES: '/nonexistent/vn-places.json' } });
    expect(c.code).toBe(3);
    expect(c.stderr).toMatch(/gazetteer .* is missing; run: npm run build:places/);
  });

  it('shards are disjoint and their union is the full run', async () => {
    const rows = async (extra: string[]) => {
      const r = await runCli(['extract', backlog, '-q', ...extra]);
      return r.stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l).source.path as string);
    };
    const full = await rows([]);
    const parts = await Promise.all([1, 2, 3].map((i) => rows(['--shard', `${i}/3`])));
    const union = parts.flat();
    expect(new Set(union).size).toBe(union.length);
    expect([...union].sort()).toEqual([...full].sort());
    expect(parts.filter((p) => p.length > 0).length).toBeGreaterThan(1);
  });

  it('writes JSONL and CSV summaries, one row per document', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vanban-sum-'));
    const r = await runCli(['extract', backlog, '--summary', join(dir, 's.jsonl'), '--csv', join(dir, 's.csv'), '-q']);
    expect(r.code).toBe(0);
    const jsonl = readFileSync(join(dir, 's.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(jsonl).toHaveLength(12);
    expect(Object.keys(jsonl[0])).toEqual(['path', 'status', 'type', 'number', 'date', 'issuer', 'subject', 'pages', 'seconds', 'error']);
    expect(jsonl.every((row) => row.status === 'ok' && row.number)).toBe(true);
    const csv = readFileSync(join(dir, 's.csv'), 'utf8').replace(/^\ufeff/, '').trim().split('\r\n');
    expect(csv[0]).toBe('path,status,type,number,date,issuer,subject,pages,seconds,error');
    expect(csv).toHaveLength(13);
  });

  it('filters with --include/--exclude and globs, in a stable order, and reports symlink loops', async () => {
    const dir = makeBacklog(6);
    symlinkSync(dir, join(dir, 'hop-0', 'loop'));
    const r = await runCli(['extract', dir, '--exclude', 'hop-1/**', '-q']);
    const paths = r.stdout.trim().split('\n').map((l) => JSON.parse(l).source.relativePath);
    expect(paths).toEqual(['hop-0/van-ban-00.txt', 'hop-0/van-ban-03.txt', 'hop-2/van-ban-02.txt', 'hop-2/van-ban-05.txt']);
    const g = await runCli(['extract', `${dir}/hop-2/*.txt`, '-q']);
    expect(g.stdout.trim().split('\n')).toHaveLength(2);
  });

  it('a missing model exits 3 with the command that rebuilds it', () => {
    const r = runBin(['extract', join(SAMPLES, 'thong-bao.txt')], { env: { VANBAN_MODEL: '/nonexistent/model.bin.gz' } });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/language model .* is missing; run: npm run build:model/);
    const c = runBin(['extract', join(SAMPLES, 'thong-bao.txt')], { env: { VANBAN_CHANNEL: '/nonexistent/ocr-channel.json' } });
    expect(c.code).toBe(3);
    expect(c.stderr).toMatch(/OCR channel .* is missing; run: npm run build:channel/);
  });

  it('usage errors exit 2', async () => {
    expect((await runCli(['extract', backlog, '--jobs', '0'])).code).toBe(2);
    expect((await runCli(['extract', backlog, '--shard', '4/3'])).code).toBe(2);
    expect((await runCli(['extract', backlog, '--ocr', 'sometimes'])).code).toBe(2);
  });

  it('an output folder that cannot be written fails each document with a clear line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vanban-ro-'));
    writeFileSync(join(dir, 'file'), 'x');
    const r = await runCli(['extract', join(SAMPLES, 'thong-bao.txt'), '--out', join(dir, 'file', 'out'), '-q']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/error .*thong-bao\.txt: cannot write .* \(ENOTDIR\)/);
  });
});

describe('kill and resume', () => {
  it('a run killed with SIGKILL and started again finishes with no corrupt or missing output', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vanban-kill-'));
    for (let i = 0; i < 3; i++) copyFileSync(join(SAMPLES, 'cong-van-scan.png'), join(dir, `scan-${i}.png`));
    for (let i = 0; i < 4; i++) copyFileSync(join(SAMPLES, 'thong-bao.txt'), join(dir, `tb-${i}.txt`));
    const out = join(dir, 'out');
    const run = startBin(['extract', dir, '--out', out, '--jobs', '1', '--exclude', 'out/**', '-q']);
    // Kill once the first output is written, so the kill lands mid-run however fast the machine is
    // (a fixed delay did not: an idle machine finishes the run in about 5 s).
    await until(() => run.done || listJson(out).length > 0);
    expect(run.done, run.stderr()).toBe(false);
    run.child.kill('SIGKILL');
    await run.exited;
    expect(run.child.signalCode).toBe('SIGKILL');
    expect(listJson(out).length).toBeLessThan(7);
    const again = runBin(['extract', dir, '--out', out, '--jobs', '2', '--exclude', 'out/**']);
    expect(again.code).toBe(0);
    const files = listJson(out);
    expect(files).toHaveLength(7);
    for (const f of files) expect(validateRecord(JSON.parse(readFileSync(join(out, f), 'utf8')))).toEqual([]);
    expect(readdirSync(out).filter((f) => !f.endsWith('.json'))).toEqual([]);
  });
});

describe('leftovers of a killed run', () => {
  it('removes the temporary file a killed run left beside an output, older than the new run, and nothing else', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vanban-stale-'));
    copyFileSync(join(SAMPLES, 'thong-bao.txt'), join(dir, 'a.txt'));
    const out = join(dir, 'out');
    mkdirSync(out);
    const stale = join(out, 'a.txt.json.484860786'), other = join(out, 'notes.json.txt');
    writeFileSync(stale, '{"half": ');
    writeFileSync(other, 'kept');
    const old = new Date('2024-01-01T00:00:00Z');
    utimesSync(stale, old, old);
    utimesSync(other, old, old);
    expect((await runCli(['extract', join(dir, 'a.txt'), '--out', out, '-q'])).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['a.txt.json', 'notes.json.txt']);
  });
});

describe('--rename', () => {
  it('copies inputs to names built from their fields, safely, without collisions or overwrites', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vanban-rename-'));
    copyFileSync(join(SAMPLES, 'thong-bao.txt'), join(dir, 'a.txt'));
    writeFileSync(join(dir, 'b.txt'), readFileSync(join(SAMPLES, 'thong-bao.txt'), 'utf8') + '\nBản sao khác.\n');
    const to = join(dir, 'renamed');
    const run = () => runCli(['extract', join(dir, 'a.txt'), join(dir, 'b.txt'), '--rename', '{date}_{number}', '--rename-dir', to, '-q']);
    expect((await run()).code).toBe(0);
    expect(readdirSync(to).sort()).toEqual(['2025-11-03_31-TB-UBND (2).txt', '2025-11-03_31-TB-UBND.txt']);
    await run(); // the same copies are recognised, not duplicated
    expect(readdirSync(to)).toHaveLength(2);
    expect(readFileSync(join(to, '2025-11-03_31-TB-UBND.txt'), 'utf8')).toBe(readFileSync(join(dir, 'a.txt'), 'utf8'));
  });
});

describe('Ctrl-C', () => {
  it('stops cleanly with exit 130, leaves no partial files, and says how to resume', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vanban-int-'));
    for (let i = 0; i < 4; i++) copyFileSync(join(SAMPLES, 'cong-van-scan.png'), join(dir, `scan-${i}.png`));
    const out = join(dir, 'out');
    const run = startBin(['extract', dir, '--out', out, '--jobs', '1', '--exclude', 'out/**']);
    await until(() => run.done || listJson(out).length > 0);
    expect(run.done, run.stderr()).toBe(false);
    run.child.kill('SIGINT');
    const code = await run.exited;
    const stderr = run.stderr();
    expect(code).toBe(130);
    expect(stderr).toMatch(/run the same command again to resume/);
    const files = readdirSync(out, { recursive: true }).map(String);
    expect(files.length).toBeLessThan(4);
    for (const f of files) expect(f.endsWith('.json')).toBe(true);
  });
});
