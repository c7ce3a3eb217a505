import { join } from 'node:path';

/** `<out>/<relative path of input>.json`: mirrors the input tree, keeps the extension so a.pdf and a.png differ. */
export function outputPathFor(outDir: string, relativePath: string): string {
  return join(outDir, `${relativePath}.json`);
}
