import { readSource } from '../input/read-source.js';
import { readPages, type PageReader } from '../input/read-pages.js';
import {
  DocumentError, SCHEMA_VERSION, joinPages,
  type DocumentRecord, type RunInfo,
} from './document.js';
import type { Stages } from './stages.js';

/**
 * One document through every stage. Never throws for a bad document: its failure is recorded in
 * `error` so that a batch goes on. Only programming errors and missing models escape.
 */
export async function processDocument(
  path: string,
  relativePath: string,
  reader: PageReader,
  stages: Stages,
  run: RunInfo,
): Promise<DocumentRecord> {
  const record: DocumentRecord = {
    schemaVersion: SCHEMA_VERSION,
    source: { path, relativePath, size: 0, sha256: null, kind: null },
    pages: [],
    rawText: '',
    text: '',
    fields: {},
    warnings: [],
    error: null,
    run,
  };
  try {
    const src = await readSource(path, relativePath);
    record.source = src.info;
    const read = await readPages(src.bytes, src.info.kind!, reader);
    if (read.encoding) record.source.encoding = read.encoding;
    record.warnings.push(...read.warnings);
    for (const page of read.pages) {
      page.text = stages.restore ? stages.restore(page.rawText) : page.rawText;
    }
    record.pages = read.pages;
    record.rawText = joinPages(record.pages, 'rawText');
    record.text = joinPages(record.pages, 'text');
    if (stages.extract) {
      const { fields, warnings } = stages.extract(record);
      record.fields = fields;
      record.warnings.push(...warnings);
    }
  } catch (err) {
    if (!(err instanceof DocumentError)) throw err;
    if (err.code === 'missing-traineddata' || err.code === 'missing-model') throw err;
    if (err.info) record.source = err.info;
    record.error = { code: err.code, message: err.message };
  }
  return record;
}
