import { fileURLToPath } from 'node:url';
import { LanguageModel } from './language-model.js';
import { Restorer, type RestoreOptions } from './restorer.js';
import { OcrChannel } from './ocr-channel.js';
import { Gazetteer } from './place-names.js';
import { NameModel } from './person-names.js';

export { Restorer, type RestoreOptions } from './restorer.js';
export { LanguageModel } from './language-model.js';
export { OcrChannel } from './ocr-channel.js';
export { Gazetteer } from './place-names.js';
export { NameModel } from './person-names.js';

export const DEFAULT_MODEL_PATH = fileURLToPath(new URL('../../dictionaries/vi-syllable-3gram.bin.gz', import.meta.url));

export const DEFAULT_CHANNEL_PATH = fileURLToPath(new URL('../../dictionaries/ocr-channel.json', import.meta.url));

let cached: LanguageModel | null = null;
let cachedChannel: OcrChannel | null = null;
let cachedPlaces: Gazetteer | null = null;
let cachedNames: NameModel | null = null;
export const DEFAULT_NAMES_PATH = fileURLToPath(new URL('../../dictionaries/vn-names.json', import.meta.url));

export const DEFAULT_PLACES_PATH = fileURLToPath(new URL('../../dictionaries/vn-places.json', import.meta.url));

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

/** The shipped gazetteer of administrative units (or $VANBAN_PLACES), loaded once per process. */
export function loadDefaultPlaces(): Gazetteer {
  cachedPlaces ??= Gazetteer.load(process.env.VANBAN_PLACES || DEFAULT_PLACES_PATH);
  return cachedPlaces;
}

/** The shipped person-name model (or $VANBAN_NAMES), loaded once per process. */
export function loadDefaultNames(): NameModel {
  cachedNames ??= NameModel.load(process.env.VANBAN_NAMES || DEFAULT_NAMES_PATH, loadDefaultModel());
  return cachedNames;
}

export async function loadDefaultRestorer(opts: RestoreOptions = {}): Promise<Restorer> {
  return new Restorer(loadDefaultModel(), opts, loadDefaultChannel(), loadDefaultPlaces(), loadDefaultNames());
}

/** The model files a restorer made now would load ($VANBAN_* overrides included). */
export function modelPaths(): string[] {
  return [process.env.VANBAN_MODEL || DEFAULT_MODEL_PATH, process.env.VANBAN_CHANNEL || DEFAULT_CHANNEL_PATH,
    process.env.VANBAN_PLACES || DEFAULT_PLACES_PATH, process.env.VANBAN_NAMES || DEFAULT_NAMES_PATH];
}
