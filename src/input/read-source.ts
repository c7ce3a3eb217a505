import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { DocumentError, type SourceInfo } from '../pipeline/document.js';
import { sniffKind } from './sniff.js';

/** Larger inputs are refused rather than read into memory. */
export const MAX_FILE_BYTES = 1024 * 1024 * 1024;

export interface ReadSource {
  info: SourceInfo;
  bytes: Buffer;
}

/** Read a file, hash it and sniff its kind; every failure is a DocumentError with advice. */
export async function readSource(path: string, relativePath: string): Promise<ReadSource> {
  const info: SourceInfo = { path, relativePath, size: 0, sha256: null, kind: null };
  let bytes: Buffer;
  try {
    const st = await stat(path);
    info.size = st.size;
    if (st.size > MAX_FILE_BYTES) {
      throw new DocumentError('file-too-large', `file is ${st.size} bytes (limit ${MAX_FILE_BYTES}); split it first`);
    }
    bytes = await readFile(path);
  } catch (err) {
    if (err instanceof DocumentError) { err.info = info; throw err; }
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied; check the file permissions'
      : code === 'ENOENT' ? 'file not found' : `cannot be read (${code ?? (err as Error).message})`;
    throw new DocumentError('unreadable-file', why, info);
  }
  info.sha256 = createHash('sha256').update(bytes).digest('hex');
  if (bytes.length === 0) {
    throw new DocumentError('empty-file', 'file is empty (0 bytes); re-scan or re-copy it', info);
  }
  info.kind = sniffKind(bytes.subarray(0, 8192));
  if (!info.kind) {
    throw new DocumentError('unsupported-kind', 'not a PDF, PNG, JPEG, TIFF or text file (checked its content, not its name)', info);
  }
  return { info, bytes };
}
