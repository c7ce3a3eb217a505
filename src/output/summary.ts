import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { DocResult } from '../pipeline/run-batch.js';

export const SUMMARY_COLUMNS = ['path', 'status', 'type', 'number', 'date', 'issuer', 'subject', 'pages', 'seconds', 'error'] as const;
export type SummaryRow = Record<(typeof SUMMARY_COLUMNS)[number], string | number | null>;

export function summaryRow(r: DocResult): SummaryRow {
  const f = r.record.fields as Record<string, { value?: string } | null | undefined>;
  const v = (k: string) => f[k]?.value ?? null;
  return {
    path: r.input.path,
    status: r.status,
    type: v('documentType'),
    number: v('number'),
    date: v('date'),
    issuer: v('issuer'),
    subject: v('subject'),
    pages: r.record.pages.length,
    seconds: r.seconds,
    error: r.record.error ? `${r.record.error.code}: ${r.record.error.message}` : null,
  };
}

function csvCell(x: string | number | null): string {
  if (x === null) return '';
  const s = String(x);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * A summary file streamed row by row to `<file>.partial` and renamed when the batch ends,
 * so a finished summary is never half-written.
 */
export class SummaryWriter {
  private stream: WriteStream | null = null;
  private constructor(private path: string, private format: 'jsonl' | 'csv') {}

  static async open(path: string, format: 'jsonl' | 'csv'): Promise<SummaryWriter> {
    const w = new SummaryWriter(path, format);
    await mkdir(dirname(path), { recursive: true });
    w.stream = createWriteStream(`${path}.partial`);
    // BOM so that spreadsheet programs open the Vietnamese text as UTF-8.
    if (format === 'csv') w.stream.write('\ufeff' + SUMMARY_COLUMNS.join(',') + '\r\n');
    return w;
  }

  write(row: SummaryRow): void {
    const line = this.format === 'jsonl'
      ? JSON.stringify(row) + '\n'
      : SUMMARY_COLUMNS.map((c) => csvCell(row[c])).join(',') + '\r\n';
    this.stream!.write(line);
  }

  async close(): Promise<void> {
    await new Promise<void>((res, rej) => this.stream!.end((err?: Error | null) => (err ? rej(err) : res())));
    await rename(`${this.path}.partial`, this.path);
  }
}
