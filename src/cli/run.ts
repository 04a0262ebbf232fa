import { Command, CommanderError, Option } from 'commander';
import { availableParallelism } from 'node:os';
import { languageCodes } from '../lang/index.js';
import type { LanguageCode } from '../types.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { outCollision, outPath, runBatch, sizeOf } from './batch.js';
import { expandInputs } from './inputs.js';
import { encodingExists, readStream } from './read.js';
import type { Format } from './task.js';

/** The streams and surroundings the CLI runs in; tests pass fakes. */
export interface Io {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  cwd: string;
  env: Record<string, string | undefined>;
  /** Aborted on Ctrl-C: a batch stops cleanly. */
  signal?: AbortSignal;
}

/** Exit codes, as the README documents them. */
export const EXIT = { ok: 0, inputFailed: 1, usage: 2, interrupted: 130 } as const;

interface Options {
  format: Format;
  lang: LanguageCode | 'auto';
  output?: string;
  maxBytes: number;
  ext: string[];
  quiet?: boolean;
  debug?: boolean;
  color?: boolean;
  jobs: number;
  outDir?: string;
  skipExisting?: boolean;
  filesFrom?: string;
  timeout: number;
  encoding?: string;
}

const EXAMPLES = `
Examples:
  $ extract release.txt                          JSON of one release
  $ extract release.txt | jq '.quotes[] | select(.speaker == "Jürgen Stock")'
  $ extract release.txt --format md > release.md
  $ extract release.txt --format text            a readable summary
  $ cat release.txt | extract -                  read standard input
  $ extract archive/ --format jsonl > releases.jsonl
  $ extract archive/ --out-dir out/ --format md   one file per release, the tree mirrored
  $ extract archive/ --out-dir out/ --skip-existing   resume an interrupted run
  $ extract 'archive/**/2024-*.md' --jobs 2       a glob, two worker threads
  $ find archive -name '*.txt' | extract --files-from - --format jsonl

Exit codes: 0 done, 1 an input could not be processed, 2 usage error, 130 interrupted.`;

function program(io: Io): Command {
  return new Command()
    .name('extract')
    .description('Turn the raw text of press releases into structured data: title, date, dateline, speakers, quotes, cooperation areas, captions and the cleaned body.')
    .version(TOOL_VERSION, '-V, --version', 'print the version')
    .argument('[inputs...]', 'files, folders (walked for .txt and .md) or - for standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['json', 'jsonl', 'md', 'text']).default('json'))
    .addOption(new Option('-l, --lang <lang>', 'language of the releases').choices(['auto', ...languageCodes]).default('auto'))
    .option('-o, --output <file>', 'write the output to a file instead of standard output')
    .option('-d, --out-dir <dir>', 'write one file per release, mirroring each input folder')
    .option('--skip-existing', 'with --out-dir: leave releases whose output file exists (resume a run)')
    .option('--files-from <list>', 'read input paths from a file, one per line (- for standard input)')
    .addOption(new Option('-j, --jobs <n>', 'worker threads').default(availableParallelism(), 'the number of cores').argParser((v) => positiveInt(v, '--jobs')))
    .addOption(new Option('--timeout <seconds>', 'per-document time guard, for a document of up to 1 MB (as much again per further MB)').default(10).argParser((v) => positiveNumber(v, '--timeout')))
    .addOption(new Option('--max-bytes <n>', 'refuse inputs larger than this').default(10 * 1024 * 1024).argParser((v) => positiveInt(v, '--max-bytes')))
    .addOption(new Option('--ext <list>', 'extensions read in folders, comma-separated').default(['.txt', '.md']).argParser((v) => v.split(',').map((x) => (x.startsWith('.') ? x : `.${x}`).toLowerCase())))
    .option('-e, --encoding <name>', 'read inputs in this encoding (windows-1252, iso-8859-15, utf-16le …) instead of UTF-8 or a guess')
    .option('-q, --quiet', 'no warnings on standard error')
    .option('--no-color', 'no colour in the text format')
    .option('--debug', 'show the stack of an unexpected error')
    .addHelpText('after', EXAMPLES)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s), outputError: (s, write) => write(s) })
    .showSuggestionAfterError();
}

function positiveNumber(v: string, name: string): number {
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new CommanderError(EXIT.usage, 'extract.invalidArgument', `error: ${name} takes a positive number, not '${v}'`);
  return n;
}

function positiveInt(v: string, name: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new CommanderError(EXIT.usage, 'extract.invalidArgument', `error: ${name} takes a positive whole number, not '${v}'`);
  return n;
}

/**
 * Run the command line: parse `argv`, read the inputs, extract, write the
 * output. Returns the exit code; never throws and never calls process.exit.
 */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const cmd = program(io);
  let inputs: string[];
  let opts: Options;
  try {
    cmd.parse([...argv], { from: 'user' });
    inputs = cmd.args;
    opts = cmd.opts<Options>();
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return EXIT.ok;
      if (e.code === 'extract.invalidArgument') io.stderr.write(`${e.message}\n`);
      return EXIT.usage;
    }
    throw e;
  }
  try {
    return await main(inputs, opts, io);
  } catch (e) {
    io.stderr.write(`extract: unexpected error: ${e instanceof Error ? e.message : String(e)}\n`);
    if (opts.debug && e instanceof Error && e.stack) io.stderr.write(`${e.stack}\n`);
    return EXIT.inputFailed;
  }
}

/** A single input this small runs in this thread: no worker to start, for a quick answer. */
const IN_THREAD_BYTES = 64 * 1024;

async function main(inputs: string[], opts: Options, io: Io): Promise<number> {
  if (!inputs.length && !opts.filesFrom) {
    if (io.stdin.isTTY) {
      io.stderr.write("extract: no input: give a file, a folder or - for standard input (see 'extract --help')\n");
      return EXIT.usage;
    }
    inputs = ['-'];
  }
  if (opts.encoding && !encodingExists(opts.encoding)) {
    io.stderr.write(`extract: unknown encoding '${opts.encoding}' (try windows-1252, iso-8859-1, iso-8859-15, utf-16le)\n`);
    return EXIT.usage;
  }
  if (opts.skipExisting && !opts.outDir) {
    io.stderr.write('extract: --skip-existing works with --out-dir\n');
    return EXIT.usage;
  }
  if (opts.outDir && opts.output) {
    io.stderr.write('extract: give --out-dir or --output, not both\n');
    return EXIT.usage;
  }
  const { jobs, problems } = await expandInputs(inputs, opts.ext, opts.filesFrom, io.stdin);
  for (const p of problems) io.stderr.write(`extract: ${p.path}: ${p.message}\n`);
  if (opts.outDir) {
    const clash = outCollision(opts.outDir, jobs, opts.format);
    if (clash) {
      io.stderr.write(`extract: ${clash[0].path} and ${clash[1].path} would both be written to ${outPath(opts.outDir, clash[0], opts.format)}; nothing was done\n`);
      return EXIT.usage;
    }
  }
  const stdinBytes = jobs.some((j) => j.path === '-') && !(opts.filesFrom === '-') ? new Uint8Array(await readStream(io.stdin)) : undefined;
  const many = jobs.length > 1 || inputs.length > 1 || !!opts.filesFrom;
  const single = jobs.length === 1 ? await sizeOf(jobs[0].path, stdinBytes) : Infinity;
  const threads = single <= IN_THREAD_BYTES ? 0 : Math.max(1, Math.min(opts.jobs, jobs.length));
  const terminal = !!io.stderr.isTTY && !io.env.CI;
  const report = await runBatch(jobs, stdinBytes, {
    format: opts.format,
    lang: opts.lang,
    maxBytes: opts.maxBytes,
    encoding: opts.encoding,
    color: colours(opts, io),
    threads,
    timeoutMs: opts.timeout * 1000,
    output: opts.output,
    outDir: opts.outDir,
    skipExisting: !!opts.skipExisting,
    quiet: !!opts.quiet,
    progress: terminal && !opts.quiet && jobs.length > 1,
    summary: !opts.quiet && jobs.length > 1,
    many,
  }, io);
  if (report.interrupted) return EXIT.interrupted;
  return report.failed || problems.length ? EXIT.inputFailed : EXIT.ok;
}

function colours(opts: Options, io: Io): boolean {
  if (opts.format !== 'text' || opts.color === false || opts.output || opts.outDir) return false;
  return !!io.stdout.isTTY && io.env.NO_COLOR === undefined && io.env.TERM !== 'dumb';
}

export { TOOL_NAME };
