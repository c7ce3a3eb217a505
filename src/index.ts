// Library entry: the same pipeline the CLI uses.
export * from './pipeline/document.js';
export { createPipeline, type Pipeline, type PipelineOptions } from './pipeline/create.js';
export { processDocument } from './pipeline/process-document.js';
export { runBatch, type BatchOptions, type BatchSummary, type DocResult } from './pipeline/run-batch.js';
export { loadDefaultRestorer, type Restorer } from './restore/index.js';
export { extractFields } from './extract/index.js';
export { validateRecord, SCHEMA_PATH } from './output/schema.js';
export { main } from './cli/main.js';
