import type { DocumentRecord } from './document.js';
import type { ExtractResult } from '../extract/index.js';

/** The pure stages after reading; each is optional so a caller can stop early (e.g. `vanban ocr`). */
export interface Stages {
  restore?: (text: string) => string;
  extract?: (doc: DocumentRecord) => { fields: Record<string, unknown>; warnings: string[] };
  /** The extraction with its reasons (`extract --explain`), made with the same options as `extract`. */
  explain?: (doc: DocumentRecord) => ExtractResult;
}
