/** The one record that flows input → ocr → restore → extract → output and only grows. */

export const SCHEMA_VERSION = 1;

export type SourceKind = 'pdf' | 'png' | 'jpeg' | 'tiff' | 'text';
export type OcrMode = 'auto' | 'always' | 'never';
export type PageSource = 'text-layer' | 'ocr';

export interface LayerQuality {
  tokens: number;          // alphabetic tokens looked at
  validSyllableShare: number; // share that parse as Vietnamese syllables
  diacriticShare: number;  // share of those carrying a Vietnamese diacritic
  junkShare: number;       // share of tokens mixing letters with digits/symbols (s6, ctia)
}

export interface Page {
  number: number;
  source: PageSource;
  /** Why this path was taken, for people reading the JSON. */
  reason: string;
  /** OCR mean confidence 0–1, or null for a text layer. */
  confidence: number | null;
  layerQuality: LayerQuality | null;
  /** Text as read (text layer or OCR), before restoration. */
  rawText: string;
  /** Text after Vietnamese restoration (equals rawText until restore runs). */
  text: string;
}

export interface DocError {
  code: string;
  message: string;
}

export interface SourceInfo {
  path: string;
  relativePath: string;
  size: number;
  sha256: string | null;
  kind: SourceKind | null;
  encoding?: string;
}

export interface DocumentRecord {
  schemaVersion: typeof SCHEMA_VERSION;
  source: SourceInfo;
  pages: Page[];
  rawText: string;
  text: string;
  fields: Record<string, unknown>;
  warnings: string[];
  error: DocError | null;
  /** What produced this record; a re-run with the same key and input sha256 can skip it. */
  run: RunInfo;
}

export interface RunInfo {
  tool: string;
  optionsKey: string;
}

export class DocumentError extends Error {
  /** What was learnt about the source before the failure, so the error record still names it. */
  info?: SourceInfo;
  constructor(public code: string, message: string, info?: SourceInfo) {
    super(message);
    this.info = info;
  }
}

export function joinPages(pages: Page[], key: 'text' | 'rawText'): string {
  return pages.map((p) => p[key]).join('\n\n');
}
