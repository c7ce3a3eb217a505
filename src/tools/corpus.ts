import { createReadStream, readdirSync } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { createInterface } from 'node:readline';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

export interface CorpusDoc {
  id: string;
  source: string;
  type: string;
  text: string;
}

export const DEFAULT_CORPUS = join(process.cwd(), '../shared/corpus');

/** Held out of the model for evaluation: 1 document in 20, by a hash of its id (stable). */
export function isHeldOut(id: string): boolean {
  return createHash('sha1').update(id).digest()[0] % 20 === 0;
}
export const HELD_OUT_RULE = 'sha1(id)[0] % 20 == 0';

export function corpusFiles(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.jsonl.gz')).sort().map((f) => join(dir, f));
}

export async function* readCorpus(dir: string): AsyncGenerator<CorpusDoc> {
  for (const file of corpusFiles(dir)) {
    const rl = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
    for await (const line of rl) {
      if (line.trim()) yield JSON.parse(line) as CorpusDoc;
    }
  }
}
