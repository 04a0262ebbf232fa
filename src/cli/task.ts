import { toJson } from '../compile/json.js';
import { extract } from '../extract.js';
import type { LanguageCode, Release } from '../types.js';
import { InputError, decode, readInput, type Decoded } from './read.js';

/** The output formats of the command line. */
export type Format = 'json' | 'jsonl' | 'md' | 'text';

/** One release to process: the same plain object goes to a worker thread or runs in-process. */
export interface Task {
  /** The path as the user can reach it, or "-" for standard input. */
  path: string;
  /** The text of standard input, already read (for "-"). */
  bytes?: Uint8Array;
  format: Format;
  lang: LanguageCode | 'auto';
  maxBytes: number;
  /** Colour the text format (the shell decides: a terminal, no NO_COLOR). */
  color: boolean;
  /** An encoding the user forced (--encoding), instead of UTF-8 or a guess. */
  encoding?: string;
  /** Part of a JSON array: the release comes indented for its place in it. */
  inArray?: boolean;
  /** The time guard (ms for up to 1 MB, scaled by size), when the task runs in the main thread: a worker is stopped by the pool instead. */
  timeoutMs?: number;
}

/** What a task gives back: the serialised release, or the error that stopped it. */
export interface TaskResult {
  path: string;
  /** The release in the task's format, ready to write (JSON without a final newline). */
  output?: string;
  /** The same as UTF-8 bytes, when a worker thread moved them rather than copy a string. */
  data?: Uint8Array;
  warnings: { rule: string; message: string; line: number | null }[];
  bytes: number;
  error?: { code: string; message: string };
}

const MARKDOWN_SIGNS = /^---[ \t]*$|^#{1,6}[ \t]+\S|\]\((?:https?:|\/|www\.)|(?:^|\s)\*\*\S/m;
let markdownLoaded: Promise<unknown> | null = null;

/** Load the Markdown segmenter (remark-parse) the first time an input may need it. */
function loadMarkdown(text: string): Promise<unknown> | null {
  if (markdownLoaded || !MARKDOWN_SIGNS.test(text.slice(0, 200_000))) return markdownLoaded;
  markdownLoaded = import('../stages/markdown.js');
  return markdownLoaded;
}

/**
 * Read, decode, extract and serialise one release. Input problems come back
 * as `error` (a typed code and a message for the user); it never throws for
 * them, so that a batch goes on.
 */
export async function runTask(task: Task): Promise<TaskResult> {
  let decoded: Decoded;
  try {
    decoded = task.bytes ? decode(task.bytes, task.path, task.encoding) : await readInput(task.path, task.maxBytes, task.encoding);
    if (decoded.bytes > task.maxBytes) throw new InputError('too-large', task.path, `too large (${decoded.bytes} bytes; the limit is ${task.maxBytes}, see --max-bytes)`);
  } catch (e) {
    if (e instanceof InputError) return { path: task.path, warnings: [], bytes: 0, error: { code: e.code, message: e.message } };
    throw e;
  }
  const loading = loadMarkdown(decoded.text);
  if (loading) await loading;
  const run = () => extract(decoded.text, { language: task.lang, source: { path: task.path === '-' ? null : task.path, bytes: decoded.bytes, sha256: decoded.sha256 } });
  let release: Release;
  if (task.timeoutMs === undefined) release = run();
  else {
    const { guarded, guardFor, GuardTimeout } = await import('./guard.js');
    try {
      release = guarded(run, guardFor(task.timeoutMs, decoded.bytes));
    } catch (e) {
      if (e instanceof GuardTimeout) return { path: task.path, warnings: [], bytes: decoded.bytes, error: { code: 'timeout', message: e.message } };
      throw e;
    }
  }
  release.warnings.unshift(...decoded.warnings);
  return { path: task.path, output: await serialise(release, task), warnings: release.warnings, bytes: decoded.bytes };
}

async function serialise(release: Release, task: Task): Promise<string> {
  switch (task.format) {
    case 'json':
      return task.inArray ? `  ${toJson(release).replace(/\n/g, '\n  ')}` : toJson(release);
    case 'jsonl':
      return toJson(release, { pretty: false });
    case 'md': {
      const { toMarkdown } = await import('../compile/markdown.js');
      return toMarkdown(release);
    }
    default: {
      const { toText } = await import('../compile/text.js');
      if (!task.color) return toText(release);
      const { styleOf } = await import('./colour.js');
      return toText(release, await styleOf());
    }
  }
}
