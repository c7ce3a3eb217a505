import { describe, it, expect, beforeAll } from 'vitest';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync, symlinkSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { runCli, SAMPLES, ROOT } from '../helpers/run-cli.js';
import { validateRecord } from '../../src/output/schema.js';

function pngHeader(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0); ihdr.writeUInt32BE(height, 4); ihdr[8] = 8; ihdr[9] = 0;
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
    return Buffer.concat([len, Buffer.from(type), data, Buffer.alloc(4)]);
  };
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.alloc(64))), chunk('IEND', Buffer.alloc(0))]);
}

const NO_PAGES_PDF = `%PDF-1.4
1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
xref
0 3
0000000000 65535 f 
0000000009 00000 n 
0000000058 00000 n 
trailer << /Size 3 /Root 1 0 R >>
startxref
110
%%EOF
`;

describe('bad input: one clear line each, the batch goes on, nothing written is lost', () => {
  let dir: string, out: string, stderr: string, code: number;
  const rec = (f: string) => JSON.parse(readFileSync(join(out, `${f}.json`), 'utf8'));

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'vanban-badinput-'));
    out = join(dir, 'out');
    const pdf = readFileSync(join(SAMPLES, 'bao-cao-born-digital.pdf'));
    writeFileSync(join(dir, 'truncated.pdf'), pdf.subarray(0, Math.floor(pdf.length / 3)));
    copyFileSync(join(ROOT, 'test/fixtures/encrypted.pdf'), join(dir, 'encrypted.pdf'));
    writeFileSync(join(dir, 'no-pages.pdf'), NO_PAGES_PDF);
    writeFileSync(join(dir, 'huge.png'), pngHeader(30000, 30000));
    copyFileSync(join(SAMPLES, 'thong-bao.txt'), join(dir, 'really-text.pdf'));
    writeFileSync(join(dir, 'program.bin'), Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(512, 0)]));
    symlinkSync(join(dir, 'gone.txt'), join(dir, 'broken-link.txt'));
    copyFileSync(join(SAMPLES, 'thong-bao.txt'), join(dir, 'zz-good.txt'));
    const r = await runCli(['extract', dir, '--out', out, '--exclude', 'out/**', '-q']);
    stderr = r.stderr; code = r.code;
  });

  it('exits 1 and still writes the good documents', () => {
    expect(code).toBe(1);
    expect(rec('zz-good.txt').error).toBeNull();
    expect(rec('really-text.pdf').source.kind).toBe('text'); // wrong extension: read by content
  });

  it.each([
    ['truncated.pdf', 'pdf-corrupt', /PDF cannot be read .*re-scan or re-export/],
    ['encrypted.pdf', 'pdf-encrypted', /password-protected; remove the password/],
    ['no-pages.pdf', 'pdf-no-pages', /PDF has no pages/],
    ['huge.png', 'image-too-large', /30000×30000 pixels .*scale it/],
    ['program.bin', 'unsupported-kind', /not a PDF, PNG, JPEG, TIFF or text file/],
  ])('%s → %s', (file, errCode, message) => {
    const r = rec(file);
    expect(r.error.code).toBe(errCode);
    expect(r.error.message).toMatch(message);
    expect(validateRecord(r)).toEqual([]);
    const lines = stderr.split('\n').filter((l) => l.includes(file));
    expect(lines).toHaveLength(1);
  });

  it('reports a broken symlink without stopping', () => {
    expect(stderr).toMatch(/broken-link\.txt: broken symlink/);
  });

  // Root reads files whatever their mode, so this can only be checked as another user.
  it.skipIf(process.getuid?.() === 0)('an unreadable file fails with advice', async () => {
    const f = join(dir, 'locked.txt');
    copyFileSync(join(SAMPLES, 'thong-bao.txt'), f);
    chmodSync(f, 0);
    const r = await runCli(['extract', f, '-q']);
    expect(JSON.parse(r.stdout).error.code).toBe('unreadable-file');
  });
});
