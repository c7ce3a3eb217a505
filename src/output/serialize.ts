import type { DocumentRecord } from '../pipeline/document.js';

/** Stable JSON: key order is the record's construction order; 2-space indent and a final newline. */
export function toJson(record: DocumentRecord): string {
  return JSON.stringify(record, null, 2) + '\n';
}

export function toJsonLine(record: DocumentRecord): string {
  return JSON.stringify(record) + '\n';
}
