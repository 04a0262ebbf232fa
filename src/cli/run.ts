import { Chalk, type ChalkInstance } from 'chalk';
import { Command, CommanderError, Option } from 'commander';
import { rename, stat, writeFile } from 'node:fs/promises';
import { toJson } from '../compile/json.js';
import { toMarkdown } from '../compile/markdown.js';
import { toText, type TextStyle } from '../compile/text.js';
import { extract } from '../extract.js';
import { languageCodes } from '../lang/index.js';
import type { LanguageCode, Release } from '../types.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { InputError, decode, readInput, readStream, walk } from './read.js';

/** The streams and surroundings the CLI runs in; tests pass fakes. */
export interface Io {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  cwd: string;
  env: Record<string, string | undefined>;
}

/** Exit codes, as the README documents them. */
export const EXIT = { ok: 0, inputFailed: 1, usage: 2 } as const;

type Format = 'json' | 'jsonl' | 'md' | 'text';
interface Options {
  format: Format;
  lang: LanguageCode | 'auto';
  output?: string;
  maxBytes: number;
  ext: string[];
  quiet?: boolean;
  debug?: boolean;
  color?: boolean;
}

const EXAMPLES = `
Examples:
  $ extract release.txt                          JSON of one release
  $ extract release.txt | jq '.quotes[] | select(.speaker == "Jürgen Stock")'
  $ extract release.txt --format md > release.md
  $ extract release.txt --format text            a readable summary
  $ cat release.txt | extract -                  read standard input
  $ extract archive/ --format jsonl > releases.jsonl

Exit codes: 0 done, 1 an input could not be processed, 2 usage error.`;

function program(io: Io): Command {
  return new Command()
    .name('extract')
    .description('Turn the raw text of press releases into structured data: title, date, dateline, speakers, quotes, cooperation areas, captions and the cleaned body.')
    .version(TOOL_VERSION, '-V, --version', 'print the version')
    .argument('[inputs...]', 'files, folders (walked for .txt and .md) or - for standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['json', 'jsonl', 'md', 'text']).default('json'))
    .addOption(new Option('-l, --lang <lang>', 'language of the releases').choices(['auto', ...languageCodes]).default('auto'))
    .option('-o, --output <file>', 'write the output to a file instead of standard output')
    .addOption(new Option('--max-bytes <n>', 'refuse inputs larger than this').default(10 * 1024 * 1024).argParser(positiveInt))
    .addOption(new Option('--ext <list>', 'extensions read in folders, comma-separated').default(['.txt', '.md']).argParser((v) => v.split(',').map((x) => (x.startsWith('.') ? x : `.${x}`).toLowerCase())))
    .option('-q, --quiet', 'no warnings on standard error')
    .option('--no-color', 'no colour in the text format')
    .option('--debug', 'show the stack of an unexpected error')
    .addHelpText('after', EXAMPLES)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s), outputError: (s, write) => write(s) })
    .showSuggestionAfterError();
}

function positiveInt(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new CommanderError(EXIT.usage, 'extract.invalidArgument', `error: --max-bytes takes a positive whole number, not '${v}'`);
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

interface Job {
  path: string;
}

async function expand(inputs: string[], opts: Options, fail: (path: string, message: string) => void): Promise<Job[]> {
  const jobs: Job[] = [];
  for (const input of inputs) {
    if (input === '-') {
      jobs.push({ path: '-' });
      continue;
    }
    let isDir = false;
    try {
      isDir = (await stat(input)).isDirectory();
    } catch {
      isDir = false; // reading it reports the problem
    }
    if (!isDir) {
      jobs.push({ path: input });
      continue;
    }
    try {
      const files = await walk(input, opts.ext);
      if (!files.length) fail(input, `no ${opts.ext.join(' or ')} files in this folder`);
      for (const f of files) jobs.push({ path: f });
    } catch (e) {
      fail(input, e instanceof InputError ? e.message : String(e));
    }
  }
  return jobs;
}

async function main(inputs: string[], opts: Options, io: Io): Promise<number> {
  if (!inputs.length) {
    if (io.stdin.isTTY) {
      io.stderr.write("extract: no input: give a file, a folder or - for standard input (see 'extract --help')\n");
      return EXIT.usage;
    }
    inputs = ['-'];
  }
  let failed = 0;
  const fail = (path: string, message: string) => {
    failed++;
    io.stderr.write(`extract: ${path}: ${message}\n`);
  };
  const jobs = await expand(inputs, opts, fail);
  const many = jobs.length > 1 || inputs.length > 1;
  const chalk = colours(opts, io);
  const parts: string[] = [];
  const releases: Release[] = [];
  for (const job of jobs) {
    let release: Release;
    try {
      const decoded = job.path === '-' ? decode(await readStream(io.stdin), '-') : await readInput(job.path, opts.maxBytes);
      if (decoded.bytes > opts.maxBytes) throw new InputError('too-large', job.path, `too large (${decoded.bytes} bytes; the limit is ${opts.maxBytes}, see --max-bytes)`);
      release = extract(decoded.text, { language: opts.lang, source: { path: job.path === '-' ? null : job.path, bytes: decoded.bytes, sha256: decoded.sha256 } });
      release.warnings.unshift(...decoded.warnings);
    } catch (e) {
      if (e instanceof InputError) {
        fail(job.path, e.message);
        if (opts.format === 'jsonl') parts.push(JSON.stringify({ source: { path: job.path }, error: { code: e.code, message: e.message } }));
        continue;
      }
      throw e;
    }
    if (!opts.quiet) for (const w of release.warnings) io.stderr.write(`${job.path}${w.line ? `:${w.line}` : ''}: warning: ${w.message} [${w.rule}]\n`);
    if (opts.format === 'json') releases.push(release);
    else if (opts.format === 'jsonl') parts.push(toJson(release, { pretty: false }));
    else if (opts.format === 'md') parts.push(toMarkdown(release));
    else parts.push(toText(release, chalk ? styleOf(chalk) : undefined));
  }
  let out: string;
  if (opts.format === 'json') out = releases.length === 0 && !many ? '' : `${toJson(many ? releases : releases[0])}\n`;
  else if (opts.format === 'jsonl') out = parts.length ? `${parts.join('\n')}\n` : '';
  else if (opts.format === 'md') out = parts.join('\n---\n\n');
  else out = parts.join('\n');
  if (opts.output) await writeAtomic(opts.output, out);
  else if (out) await write(io.stdout, out);
  return failed ? EXIT.inputFailed : EXIT.ok;
}

function colours(opts: Options, io: Io): ChalkInstance | null {
  if (opts.format !== 'text' || opts.color === false || opts.output) return null;
  if (!io.stdout.isTTY || io.env.NO_COLOR !== undefined || io.env.TERM === 'dumb') return null;
  return new Chalk({ level: 1 });
}

const PALETTE = ['cyan', 'magenta', 'green', 'yellow', 'blue', 'red'] as const;
function styleOf(c: ChalkInstance): TextStyle {
  return {
    title: (s) => c.bold(s),
    label: (s) => c.bold.underline(s),
    dim: (s) => c.dim(s),
    warning: (s) => c.yellow(s),
    speaker: (n, s) => c.bold[PALETTE[n % PALETTE.length]](s),
  };
}

function write(stream: NodeJS.WritableStream, s: string): Promise<void> {
  return new Promise((resolve) => {
    stream.on('error', () => resolve()); // a reader that went away (EPIPE) ends the run quietly
    if (stream.write(s)) resolve();
    else stream.once('drain', () => resolve());
  });
}

async function writeAtomic(path: string, s: string): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, s, 'utf8');
  await rename(tmp, path);
}

export { TOOL_NAME };
