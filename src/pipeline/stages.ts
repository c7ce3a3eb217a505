import type { DocumentRecord } from './document.js';

/** The pure stages after reading; each is optional so a caller can stop early (e.g. `vanban ocr`). */
export interface Stages {
  restore?: (text: string) => string;
  extract?: (doc: DocumentRecord) => { fields: Record<string, unknown>; warnings: string[] };
}
