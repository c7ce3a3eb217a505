import { readFileSync } from 'node:fs';
import { DocumentError } from './document.js';

/**
 * A model file's bytes, or the error that names it and the command that builds it ('missing-model',
 * which stops the run with exit 3: no document can be read right without it).
 */
export function readModelFile(path: string, what: string, script: string): Buffer {
  try {
    return readFileSync(path);
  } catch {
    throw new DocumentError('missing-model', `${what} ${path} is missing; run: npm run ${script}`);
  }
}

/** A JSON model file, parsed (see readModelFile). */
export function readModelJson<T>(path: string, what: string, script: string): T {
  return JSON.parse(readModelFile(path, what, script).toString('utf8')) as T;
}
