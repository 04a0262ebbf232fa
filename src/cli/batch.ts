import { createWriteStream, type WriteStream } from 'node:fs';
import { access, mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Job } from './inputs.js';
import { collectEvery } from './collect.js';
import { guardFor, stoppedMessage } from './guard.js';
import { Progress } from './progress.js';
import type { Format, Task, TaskResult } from './task.js';

/** How a batch runs; the shell fills it from the options and the surroundings. */
export interface BatchOptions {
  format: Format;
  lang: Task['lang'];
  maxBytes: number;
  encoding?: string;
  color: boolean;
  /** Worker threads; 0 runs in this thread (a single small input, for start-up time). */
  threads: number;
  /** The per-document time guard, in milliseconds for a document of up to 1 MB (scaled by size above that). */
  timeoutMs: number;
  output?: string;
  outDir?: string;
  skipExisting: boolean;
  quiet: boolean;
  progress: boolean;
  summary: boolean;
  /** Several inputs: JSON is an array, Markdown and text are joined. */
  many: boolean;
}

export interface Streams {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  /** Aborted on Ctrl-C: the batch stops, and what it wrote is whole. */
  signal?: AbortSignal;
}

export interface BatchReport {
  done: number;
  failed: number;
  warnings: number;
  bytes: number;
  seconds: number;
  interrupted: boolean;
  /** The reader of standard output went away (EPIPE). */
  closed: boolean;
}

/** The file --out-dir writes for a job: the input's place under its folder, with the format's extension. */
export function outPath(outDir: string, job: Job, format: Format): string {
  const ext = format === 'md' ? '.md' : format === 'text' ? '.txt' : '.json';
  const under = job.path === '-' ? 'stdin' : job.under;
  return join(outDir, under.replace(/\.[^./\\]+$/, '') + ext);
}

/** Two jobs that would write the same output file, if any (checked before any work starts). */
export function outCollision(outDir: string, jobs: readonly Job[], format: Format): [Job, Job] | null {
  const seen = new Map<string, Job>();
  for (const j of jobs) {
    const p = outPath(outDir, j, format);
    const other = seen.get(p);
    if (other) return [other, j];
    seen.set(p, j);
  }
  return null;
}

/** The worker's file beside this one; from the TypeScript sources (tests), the built one. */
function workerFile(): string {
  const here = new URL('./worker.js', import.meta.url);
  if (!import.meta.url.endsWith('.ts')) return here.href;
  return new URL('../../dist/cli/worker.js', import.meta.url).href;
}

type Runner = { run(task: Task, signal: AbortSignal): Promise<TaskResult>; close(): Promise<void> };

/** The young generation of each worker's heap, in MB (PRESS_EXTRACT_YOUNG_MB, for measuring other sizes). */
const YOUNG_GENERATION_MB = Number(process.env.PRESS_EXTRACT_YOUNG_MB) || 16;

async function makeRunner(threads: number): Promise<Runner> {
  if (threads <= 0) {
    // This thread does the work only for a single small input; otherwise the core is loaded in the workers alone.
    const { runTask } = await import('./task.js');
    return { run: (t) => runTask(t), close: async () => {} };
  }
  const { Piscina } = await import('piscina');
  // A worker's young generation is by default a fraction of the main thread's: each release (hundreds of KB
  // of short-lived objects) then survives a scavenge or two and is copied for nothing. 16 MB makes a worker
  // about as fast as the main thread; 32 MB was no faster and cost 40 MB more on the archive x10 (README).
  const pool = new Piscina({
    filename: workerFile(),
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 1000,
    recordTiming: false,
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
  });
  return {
    run: (t, signal) => pool.run(t, { signal }) as Promise<TaskResult>,
    close: () => pool.destroy(),
  };
}

/**
 * Process the jobs and write every result in input order, whatever order the
 * threads finish in: streamed to standard output (or -o, renamed into place
 * at the end), or one file per release under --out-dir, each written
 * atomically. A file that fails gives one line on standard error (and a
 * record in jsonl) and the batch goes on.
 */
export async function runBatch(jobs: readonly Job[], stdinBytes: Uint8Array | undefined, opts: BatchOptions, io: Streams): Promise<BatchReport> {
  const started = performance.now();
  const report: BatchReport = { done: 0, failed: 0, warnings: 0, bytes: 0, seconds: 0, interrupted: false, closed: false };
  const progress = opts.progress ? new Progress(io.stderr, jobs.length) : null;
  const say = (line: string) => {
    progress?.clear();
    io.stderr.write(`${line}\n`);
  };
  const todo = opts.outDir && opts.skipExisting ? await withoutExisting(jobs, opts) : [...jobs];
  const skipped = jobs.length - todo.length;

  // Where the output goes.
  let sink: NodeJS.WritableStream | null = null;
  let tmp: string | null = null;
  if (!opts.outDir) {
    if (opts.output) {
      tmp = `${opts.output}.${process.pid}.tmp`;
      sink = createWriteStream(tmp);
    } else sink = io.stdout;
    sink.on('error', (e: NodeJS.ErrnoException) => {
      report.closed = true;
      if (e.code !== 'EPIPE' && opts.output) say(`extract: ${opts.output}: ${e.message}`);
    });
  }
  let first = true;
  const emit = async (s: string | Uint8Array) => {
    if (!sink || report.closed) return;
    if (!sink.write(s)) await new Promise<void>((resolve) => {
      sink!.once('drain', resolve);
      sink!.once('error', resolve);
    });
  };
  const open = opts.format === 'json' && opts.many ? '[\n' : '';
  if (sink && open) await emit(open);

  const handle = async (job: Job, r: TaskResult) => {
    report.bytes += r.bytes;
    if (r.error) {
      report.failed++;
      say(`extract: ${job.path}: ${r.error.message}`);
      if (opts.format === 'jsonl' && sink) await emit(`${JSON.stringify({ source: { path: job.path === '-' ? null : job.path }, error: r.error })}\n`);
      return;
    }
    report.done++;
    report.warnings += r.warnings.length;
    if (!opts.quiet) for (const w of r.warnings) say(`${job.path}${w.line ? `:${w.line}` : ''}: warning: ${w.message} [${w.rule}]`);
    const out: string | Uint8Array = r.data ?? r.output ?? '';
    const json = opts.format === 'json' || opts.format === 'jsonl';
    if (opts.outDir) {
      await writeAtomic(outPath(opts.outDir, job, opts.format), out, json ? '\n' : '');
      return;
    }
    // Separators around the release; the release itself as the thread gave it (bytes from a worker).
    const before = first ? '' : opts.format === 'json' ? (opts.many ? ',\n' : '') : opts.format === 'md' ? '\n---\n\n' : opts.format === 'text' ? '\n' : '';
    const after = opts.format === 'jsonl' || (opts.format === 'json' && !opts.many) ? '\n' : '';
    first = false;
    if (before) await emit(before);
    await emit(out);
    if (after) await emit(after);
  };

  const runner = await makeRunner(opts.threads);
  const collect = opts.threads > 0 ? collectEvery(1000) : () => {};
  // Enough in flight that one slow release does not leave the other threads idle; few enough that memory stays flat.
  const window = Math.max(1, opts.threads * 4);
  const stop = new AbortController();
  const onAbort = () => {
    report.interrupted = true;
    stop.abort();
  };
  io.signal?.addEventListener('abort', onAbort, { once: true });
  if (io.signal?.aborted) onAbort();
  // One controller per task, its timer cleared when the task ends (AbortSignal.any over a run-long signal keeps every task's signal alive).
  const running = new Set<AbortController>();
  stop.signal.addEventListener('abort', () => {
    for (const c of running) c.abort();
  });
  const start = (job: Job): Promise<TaskResult> => {
    const task: Task = { path: job.path, bytes: job.path === '-' ? stdinBytes : undefined, format: opts.format, lang: opts.lang, maxBytes: opts.maxBytes, encoding: opts.encoding, color: opts.color, inArray: opts.format === 'json' && opts.many && !opts.outDir };
    // In this thread the task guards itself; in a worker, this timer stops it. A document over 1 MB gets
    // more time in proportion: its size is looked up only when the first 1 MB's allowance is spent.
    if (opts.threads <= 0) task.timeoutMs = opts.timeoutMs;
    const guard = new AbortController();
    const began = performance.now();
    let timedOut = false;
    let settled = false;
    let limit = opts.timeoutMs;
    let timer: NodeJS.Timeout | undefined;
    const check = async () => {
      limit = guardFor(opts.timeoutMs, await sizeOf(job.path, stdinBytes));
      const left = limit - (performance.now() - began);
      if (settled) return;
      if (left > 0) timer = setTimeout(() => void check(), left);
      else {
        timedOut = true;
        guard.abort();
      }
    };
    if (opts.threads > 0) timer = setTimeout(() => void check(), opts.timeoutMs);
    running.add(guard);
    return runner
      .run(task, guard.signal)
      .catch((e: unknown): TaskResult => {
        const error = stop.signal.aborted
          ? { code: 'interrupted', message: 'interrupted' }
          : timedOut
            ? { code: 'timeout', message: stoppedMessage(limit) }
            : { code: 'internal', message: `could not be processed (${e instanceof Error ? e.message : String(e)})` };
        return { path: job.path, warnings: [], bytes: 0, error };
      })
      .finally(() => {
        clearTimeout(timer);
        settled = true; // a size look-up still pending sets no new timer
        running.delete(guard);
      });
  };
  // In input order, with at most `window` releases in flight: memory does not grow with the archive.
  const inflight = new Map<number, Promise<TaskResult>>();
  let submitted = 0;
  for (let next = 0; next < todo.length; next++) {
    while (submitted < todo.length && submitted - next < window && !stop.signal.aborted) {
      inflight.set(submitted, start(todo[submitted]));
      submitted++;
    }
    const pending = inflight.get(next);
    if (!pending) break;
    const r = await pending;
    inflight.delete(next);
    if (stop.signal.aborted || report.closed) break;
    await handle(todo[next], r);
    progress?.tick(next + 1 + skipped);
    collect();
  }
  io.signal?.removeEventListener('abort', onAbort);
  await runner.close();
  progress?.clear();

  if (sink) {
    if (open && !report.closed) await emit(first ? ']\n' : '\n]\n');
    if (tmp && sink !== io.stdout) {
      await new Promise<void>((resolve) => (sink as WriteStream).end(resolve));
      if (report.interrupted) await rm(tmp, { force: true });
      else {
        try {
          await rename(tmp, opts.output!);
        } catch (e) {
          await rm(tmp, { force: true });
          report.failed++;
          say(`extract: ${opts.output}: cannot be written (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
        }
      }
    }
  }
  report.seconds = (performance.now() - started) / 1000;
  if (opts.summary && !report.closed) {
    const rate = report.seconds > 0 ? report.done / report.seconds : 0;
    const mb = report.seconds > 0 ? report.bytes / 1e6 / report.seconds : 0;
    const parts = [`${report.done} releases`, `${report.failed} failed`, `${report.warnings} warnings`];
    if (skipped) parts.push(`${skipped} skipped (already written)`);
    io.stderr.write(`extract: ${parts.join(', ')} in ${report.seconds.toFixed(1)} s (${rate.toFixed(0)} releases/s, ${mb.toFixed(1)} MB/s)${report.interrupted ? '; interrupted' : ''}\n`);
  }
  return report;
}

/** The size of an input in bytes ("-": standard input's), or 0 where it cannot be told. */
export async function sizeOf(path: string, stdinBytes?: Uint8Array): Promise<number> {
  if (path === '-') return stdinBytes?.length ?? 0;
  try {
    return (await stat(path)).size;
  } catch {
    return 0;
  }
}

async function withoutExisting(jobs: readonly Job[], opts: BatchOptions): Promise<Job[]> {
  const out: Job[] = [];
  for (const j of jobs) {
    try {
      await access(outPath(opts.outDir!, j, opts.format));
    } catch {
      out.push(j);
    }
  }
  return out;
}

/** Write a file whole or not at all: a temporary file beside it, renamed into place. */
export async function writeAtomic(path: string, s: string | Uint8Array, end = ''): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(tmp, end ? (typeof s === 'string' ? s + end : Buffer.concat([s, Buffer.from(end)])) : s);
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}
