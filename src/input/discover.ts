import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import fg from 'fast-glob';
import picomatch from 'picomatch';

export interface InputFile {
  path: string;
  /** Path relative to the folder or glob base it was found under; mirrors into --out. */
  relativePath: string;
}

export interface DiscoverIssue {
  path: string;
  message: string;
}

export interface DiscoverOptions {
  include?: string[];
  exclude?: string[];
  onIssue?: (issue: DiscoverIssue) => void;
}

const GLOB_CHARS = /[*?[\]{}]/;

/**
 * Files, folders (walked recursively, symlinks followed once) and globs → input files in a
 * stable order: arguments in the order given, each folder's entries sorted by name.
 */
export async function* discoverInputs(args: string[], opts: DiscoverOptions = {}): AsyncGenerator<InputFile> {
  const seen = new Set<string>();
  const include = opts.include?.length ? opts.include : null;
  const exclude = opts.exclude ?? [];
  const keep = (rel: string) =>
    (!include || include.some((g) => matches(g, rel))) && !exclude.some((g) => matches(g, rel));
  for (const arg of args) {
    if (GLOB_CHARS.test(arg) && !(await exists(arg))) {
      const base = fg.generateTasks(arg)[0]?.base ?? '.';
      const found = (await fg(arg, { onlyFiles: true, dot: false, followSymbolicLinks: true, unique: true })).sort();
      if (found.length === 0) opts.onIssue?.({ path: arg, message: 'pattern matched no files' });
      for (const p of found) {
        const rel = relative(base, p);
        if (keep(rel)) yield* once(seen, p, rel);
      }
      continue;
    }
    let st;
    try {
      st = await stat(arg);
    } catch (err) {
      opts.onIssue?.({ path: arg, message: errText(err) });
      continue;
    }
    if (st.isDirectory()) {
      for await (const f of walk(arg, arg, new Set(), opts)) if (keep(f.relativePath)) yield* once(seen, f.path, f.relativePath);
    } else {
      const rel = basename(arg);
      if (keep(rel)) yield* once(seen, arg, rel);
    }
  }
}

async function* once(seen: Set<string>, path: string, rel: string): AsyncGenerator<InputFile> {
  const key = resolve(path);
  if (seen.has(key)) return;
  seen.add(key);
  yield { path, relativePath: rel };
}

async function* walk(root: string, dir: string, ancestors: Set<string>, opts: DiscoverOptions): AsyncGenerator<InputFile> {
  let real: string;
  try {
    real = await realpath(dir);
  } catch (err) {
    opts.onIssue?.({ path: dir, message: errText(err) });
    return;
  }
  if (ancestors.has(real)) {
    opts.onIssue?.({ path: dir, message: 'symlink loop skipped' });
    return;
  }
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    opts.onIssue?.({ path: dir, message: errText(err) });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const inner = new Set(ancestors).add(real);
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      try {
        const st = await stat(p);
        isDir = st.isDirectory();
        isFile = st.isFile();
      } catch (err) {
        opts.onIssue?.({ path: p, message: `broken symlink (${errText(err)})` });
        continue;
      }
    }
    if (isDir) yield* walk(root, p, inner, opts);
    else if (isFile) yield { path: p, relativePath: relative(root, p) };
  }
}

function matches(glob: string, rel: string): boolean {
  // Patterns without a slash match the file name anywhere in the tree, like .gitignore.
  return picomatch.isMatch(rel, glob, { dot: false, nocase: true, basename: !glob.includes('/') });
}

async function exists(p: string): Promise<boolean> {
  try { await stat(p); return true; } catch { return false; }
}

function errText(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'symlink loop skipped';
  return (err as Error).message;
}
