import { readFile, stat } from 'node:fs/promises';
import { basename, isAbsolute, join, relative } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { InputError, readStream, walk } from './read.js';

/** One input to process: its path as the user reaches it, and where it sits under its input (for --out-dir). */
export interface Job {
  path: string;
  /** The path under the input argument it came from ("2024/0101-x.md" for archive/2024/0101-x.md). */
  under: string;
}

export interface Expanded {
  jobs: Job[];
  /** Inputs that gave nothing to do, with the reason (reported, and the run fails). */
  problems: { path: string; message: string }[];
}

/**
 * Turn the command line's inputs into jobs, in order: files as given, folders
 * walked recursively and sorted, glob patterns expanded and sorted, and the
 * lines of a --files-from list ("-" for standard input).
 */
export async function expandInputs(inputs: readonly string[], exts: readonly string[], filesFrom: string | undefined, stdin: NodeJS.ReadableStream): Promise<Expanded> {
  const all = [...inputs];
  const problems: Expanded['problems'] = [];
  if (filesFrom) {
    try {
      const list = filesFrom === '-' ? (await readStream(stdin)).toString('utf8') : await readFile(filesFrom, 'utf8');
      all.push(...list.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#')));
    } catch (e) {
      problems.push({ path: filesFrom, message: `the list cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})` });
    }
  }
  const jobs: Job[] = [];
  for (const input of all) {
    if (input === '-') {
      jobs.push({ path: '-', under: 'stdin' });
      continue;
    }
    let isDir = false;
    let exists = true;
    try {
      isDir = (await stat(input)).isDirectory();
    } catch {
      exists = false;
    }
    if (!exists && isDynamicPattern(input)) {
      const found = (await glob(input, { onlyFiles: true, expandDirectories: false, followSymbolicLinks: true, absolute: isAbsolute(input) })).sort();
      if (!found.length) problems.push({ path: input, message: 'no file matches this pattern' });
      const base = staticBase(input);
      for (const f of found) jobs.push({ path: f, under: relative(base, f) });
      continue;
    }
    if (!isDir) {
      jobs.push({ path: input, under: basename(input) });
      continue;
    }
    try {
      const files = await walk(input, exts);
      if (!files.length) problems.push({ path: input, message: `no ${exts.join(' or ')} files in this folder` });
      for (const f of files) jobs.push({ path: f, under: relative(input, f) });
    } catch (e) {
      problems.push({ path: input, message: e instanceof InputError ? e.message : String(e) });
    }
  }
  return { jobs, problems };
}

/** The folder part of a glob pattern before its first wildcard ("archive/2024" for "archive/2024/*.md"). */
function staticBase(pattern: string): string {
  const parts = pattern.split('/');
  const fixed: string[] = [];
  for (const p of parts) {
    if (isDynamicPattern(p)) break;
    fixed.push(p);
  }
  if (!fixed.length) return '.';
  return pattern.startsWith('/') ? `/${join(...fixed)}` : join(...fixed) || '.';
}
