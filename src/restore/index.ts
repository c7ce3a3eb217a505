import { fileURLToPath } from 'node:url';
import { LanguageModel } from './language-model.js';
import { Restorer, type RestoreOptions } from './restorer.js';
import { OcrChannel } from './ocr-channel.js';

export { Restorer, type RestoreOptions } from './restorer.js';
export { LanguageModel } from './language-model.js';
export { OcrChannel } from './ocr-channel.js';

export const DEFAULT_MODEL_PATH = fileURLToPath(new URL('../../dictionaries/vi-syllable-3gram.bin.gz', import.meta.url));

export const DEFAULT_CHANNEL_PATH = fileURLToPath(new URL('../../dictionaries/ocr-channel.json', import.meta.url));

let cached: LanguageModel | null = null;
let cachedChannel: OcrChannel | null = null;

/** The shipped model (or $VANBAN_MODEL), loaded once per process. */
export function loadDefaultModel(): LanguageModel {
  cached ??= LanguageModel.load(process.env.VANBAN_MODEL || DEFAULT_MODEL_PATH);
  return cached;
}

/** The shipped learned OCR channel (or $VANBAN_CHANNEL), loaded once per process. */
export function loadDefaultChannel(): OcrChannel {
  cachedChannel ??= OcrChannel.load(process.env.VANBAN_CHANNEL || DEFAULT_CHANNEL_PATH);
  return cachedChannel;
}

export async function loadDefaultRestorer(opts: RestoreOptions = {}): Promise<Restorer> {
  return new Restorer(loadDefaultModel(), opts, loadDefaultChannel());
}
