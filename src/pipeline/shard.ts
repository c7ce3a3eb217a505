import { createHash } from 'node:crypto';

export interface Shard {
  index: number; // 1-based
  count: number;
}

/** Parse `i/n` (1 ≤ i ≤ n). */
export function parseShard(text: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count) {
    throw new Error(`--shard takes i/n with 1 ≤ i ≤ n (got '${text}')`);
  }
  return { index, count };
}

/** Deterministic: the same relative path lands in the same shard on every machine. */
export function inShard(relativePath: string, shard: Shard): boolean {
  const h = createHash('sha1').update(relativePath.split('\\').join('/')).digest();
  return (h.readUInt32BE(0) % shard.count) + 1 === shard.index;
}
