import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import AjvModule from 'ajv';

// The schema ships as a JSON file beside the code so that users' scripts can validate with it too.
export const SCHEMA_PATH = fileURLToPath(new URL('../../src/output/document.schema.json', import.meta.url));

let validator: ((data: unknown) => boolean) & { errors?: unknown } | null = null;

/** Validate one record against the committed JSON Schema; returns readable errors (empty when valid). */
export function validateRecord(record: unknown): string[] {
  if (!validator) {
    const Ajv = (AjvModule as unknown as { default: typeof AjvModule }).default ?? AjvModule;
    const ajv = new (Ajv as unknown as new (o: object) => { compile(s: object): typeof validator })({ allErrors: true, strict: false });
    validator = ajv.compile(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')));
  }
  if (validator!(record)) return [];
  return ((validator!.errors as Array<{ instancePath: string; message: string }>) ?? []).map(
    (e) => `${e.instancePath || '/'} ${e.message}`,
  );
}
