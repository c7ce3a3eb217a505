import type { DocumentRecord } from '../pipeline/document.js';

export function extractFields(_doc: DocumentRecord): { fields: Record<string, unknown>; warnings: string[] } {
  return { fields: {}, warnings: [] };
}
