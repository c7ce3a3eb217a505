import { fileURLToPath } from 'node:url';
import { LanguageModel } from './language-model.js';
import { Restorer, type RestoreOptions } from './restorer.js';

export { Restorer, type RestoreOptions } from './restorer.js';
export { LanguageModel } from './language-model.js';

export const DEFAULT_MODEL_PATH = fileURLToPath(new URL('../../dictionaries/vi-syllable-3gram.bin.gz', import.meta.url));

let cached: LanguageModel | null = null;

/** The shipped model (or $VANBAN_MODEL), loaded once per process. */
export function loadDefaultModel(): LanguageModel {
  cached ??= LanguageModel.load(process.env.VANBAN_MODEL || DEFAULT_MODEL_PATH);
  return cached;
}

export async function loadDefaultRestorer(opts: RestoreOptions = {}): Promise<Restorer> {
  return new Restorer(loadDefaultModel(), opts);
}
