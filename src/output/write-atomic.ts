import { mkdir, readdir, stat, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';

// write-file-atomic writes 'NAME.<number>' beside NAME, then renames it. A run killed between the two
// (SIGKILL, power loss) leaves that file behind.
const TEMP_OF_JSON = /\.json\.\d+$/;
const processStart = Date.now();
const swept = new Set<string>();

/** Write via a temporary file and rename, so a reader never sees half a file, even after SIGKILL. */
export async function writeAtomic(path: string, data: string | Buffer): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  if (!swept.has(dir)) {
    swept.add(dir);
    await removeStaleTemps(dir);
  }
  await writeFileAtomic(path, data);
}

/**
 * The temporary files an earlier, killed run left in a folder this run writes to, once per folder.
 * Only those older than this process: a run writing beside it (another shard) has its own, newer ones.
 */
async function removeStaleTemps(dir: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return;
  }
  for (const name of names.filter((n) => TEMP_OF_JSON.test(n))) {
    const path = join(dir, name);
    try {
      if ((await stat(path)).mtimeMs < processStart) await unlink(path);
    } catch {
      // gone already, or not ours to remove: the write below does not depend on it
    }
  }
}
