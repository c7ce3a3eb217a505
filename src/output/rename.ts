import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { DocumentRecord } from '../pipeline/document.js';

const PLACEHOLDER = /\{(date|number|type|issuer|place|subject|name|ext)\}/g;

/** Fill a pattern like `{date}_{number}` from a record's fields; unknown fields become `unknown`. */
export function fillPattern(pattern: string, rec: DocumentRecord): string {
  const f = rec.fields as Record<string, { value?: string } | null | undefined>;
  const name = basename(rec.source.path, extname(rec.source.path));
  const values: Record<string, string | undefined> = {
    date: f.date?.value, number: f.number?.value, type: f.documentType?.value, issuer: f.issuer?.value,
    place: f.place?.value, subject: f.subject?.value?.slice(0, 60), name, ext: extname(rec.source.path).slice(1),
  };
  return safeName(pattern.replace(PLACEHOLDER, (_, k: string) => values[k] || 'unknown'));
}

/** A file name safe on every common file system: no separators, controls or reserved characters. */
export function safeName(s: string): string {
  const cleaned = s.normalize('NFC')
    .replace(/[/\\]/g, '-')
    .replace(/[\u0000-\u001f<>:"|?*]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, 150);
  return cleaned || 'unnamed';
}

/**
 * Copy the input to `<dir>/<pattern>.<ext>`. Never overwrites: a name already taken by another file
 * gets ' (2)', ' (3)' …; the same bytes already copied under a name are left as they are.
 */
export async function copyRenamed(rec: DocumentRecord, pattern: string, dir: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  const ext = extname(rec.source.path);
  const stem = fillPattern(pattern, rec);
  for (let i = 1; i < 10_000; i++) {
    const target = join(dir, `${stem}${i > 1 ? ` (${i})` : ''}${ext}`);
    try {
      await copyFile(rec.source.path, target, constants.COPYFILE_EXCL);
      return target;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const existing = createHash('sha256').update(await readFile(target)).digest('hex');
      if (existing === rec.source.sha256) return target;
    }
  }
  throw new Error(`no free name for ${stem}${ext} in ${dir}`);
}
