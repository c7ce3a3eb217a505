import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DocumentError } from '../pipeline/document.js';

const require = createRequire(import.meta.url);

/**
 * Folder holding `<lang>.traineddata.gz` from the npm package @tesseract.js-data/<lang>.
 * `4.0.0_best_int` is the LSTM-only model: same text as `4.0.0` at a third of the size.
 */
export function traineddataDir(lang = 'vie'): string {
  let pkg: string;
  try {
    pkg = dirname(require.resolve(`@tesseract.js-data/${lang}/package.json`));
  } catch {
    throw new DocumentError('missing-traineddata', `traineddata for '${lang}' is not installed; run: npm install @tesseract.js-data/${lang}`);
  }
  const dir = join(pkg, '4.0.0_best_int');
  if (!existsSync(join(dir, `${lang}.traineddata.gz`))) {
    throw new DocumentError('missing-traineddata', `${dir}/${lang}.traineddata.gz is missing; reinstall @tesseract.js-data/${lang}`);
  }
  return dir;
}
