import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { run, type Io } from '../src/cli/run.js';
import { fixturesDir, root } from './helpers.js';

// Batches run through worker threads, whose entry is the built worker
// (dist/, made by `npm install`'s prepare step); the in-process CLI drives them.

async function cli(argv: string[], opts: { tty?: boolean; stdin?: string; env?: Record<string, string> } = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdin = new PassThrough() as PassThrough & { isTTY?: boolean };
  const stdout = new PassThrough() as PassThrough & { isTTY?: boolean };
  const stderr = new PassThrough() as PassThrough & { isTTY?: boolean };
  stderr.isTTY = opts.tty;
  stdin.isTTY = opts.stdin === undefined ? true : undefined;
  if (opts.stdin !== undefined) stdin.end(opts.stdin);
  let out = '';
  let err = '';
  stdout.on('data', (c) => (out += c));
  stderr.on('data', (c) => (err += c));
  const io: Io = { stdin, stdout, stderr, cwd: root, env: opts.env ?? {} };
  const code = await run(argv, io);
  return { code, stdout: out, stderr: err };
}

/** A small archive: nested folders, .txt and .md, names that sort differently by case and depth. */
function archive(): string {
  const dir = mkdtempSync(join(tmpdir(), 'press-extract-batch-'));
  const put = (rel: string, fixture: string) => {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    copyFileSync(join(fixturesDir, fixture), join(dir, rel));
  };
  put('b/2024/02-wire.md', 'en-dateline-wire-service.md');
  put('b/2024/01-seed.txt', 'interpol-osce-bratislava.txt');
  put('a/de.txt', 'de-quote-german-marks.txt');
  put('a/notes.csv', 'es-quote-cue-after.txt'); // not a release extension: left out
  put('c.txt', 'fr-areas-list.txt');
  put('b/2025/es.txt', 'es-quote-cue-after.txt');
  return dir;
}

const paths = (jsonl: string) => jsonl.trimEnd().split('\n').map((l) => JSON.parse(l).source.path as string);

describe('batch', () => {
  it('walks folders recursively, .txt and .md only, in sorted order, with paths joined to the input', async () => {
    const dir = archive();
    const r = await cli([dir, '--format', 'jsonl', '--jobs', '2']);
    expect(r.code).toBe(0);
    expect(paths(r.stdout)).toEqual(['a/de.txt', 'b/2024/01-seed.txt', 'b/2024/02-wire.md', 'b/2025/es.txt', 'c.txt'].map((p) => join(dir, p)));
  });

  it('gives the same jsonl, byte for byte, with --jobs 1 and --jobs 4', async () => {
    const dir = archive();
    const one = await cli([dir, '--format', 'jsonl', '--jobs', '1']);
    const four = await cli([dir, '--format', 'jsonl', '--jobs', '4']);
    expect(one.code).toBe(0);
    expect(four.stdout).toBe(one.stdout);
    expect(one.stdout.trimEnd().split('\n')).toHaveLength(5);
  });

  it('mixes files, folders and globs, and reads a --files-from list', async () => {
    const dir = archive();
    const r = await cli([join(dir, 'c.txt'), join(dir, 'b/*/0*'), '--format', 'jsonl', '--jobs', '2']);
    expect(paths(r.stdout)).toEqual([join(dir, 'c.txt'), join(dir, 'b/2024/01-seed.txt'), join(dir, 'b/2024/02-wire.md')]);
    const list = join(dir, 'list.txt');
    writeFileSync(list, `${join(dir, 'b/2025/es.txt')}\n\n${join(dir, 'a')}\n`);
    const fromList = await cli(['--files-from', list, '--format', 'jsonl']);
    expect(paths(fromList.stdout)).toEqual([join(dir, 'b/2025/es.txt'), join(dir, 'a/de.txt')]);
    const fromStdin = await cli(['--files-from', '-', '--format', 'jsonl'], { stdin: `${join(dir, 'c.txt')}\n` });
    expect(paths(fromStdin.stdout)).toEqual([join(dir, 'c.txt')]);
  });

  it('mirrors each input folder under --out-dir, and --skip-existing resumes', async () => {
    const dir = archive();
    const out = mkdtempSync(join(tmpdir(), 'press-extract-out-'));
    const r = await cli([dir, '--out-dir', out, '--jobs', '2']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const written = ['a/de.json', 'b/2024/01-seed.json', 'b/2024/02-wire.json', 'b/2025/es.json', 'c.json'];
    for (const f of written) expect(JSON.parse(readFileSync(join(out, f), 'utf8')).schemaVersion).toBe(1);
    expect(readdirSync(out).sort()).toEqual(['a', 'b', 'c.json']); // no temporary files left
    // Resume: one output is gone, the others are kept as they are.
    const kept = statSync(join(out, 'c.json')).mtimeMs;
    const { rmSync } = await import('node:fs');
    rmSync(join(out, 'b/2024/01-seed.json'));
    const again = await cli([dir, '--out-dir', out, '--skip-existing', '--jobs', '2']);
    expect(again.code).toBe(0);
    expect(existsSync(join(out, 'b/2024/01-seed.json'))).toBe(true);
    expect(statSync(join(out, 'c.json')).mtimeMs).toBe(kept);
    expect(again.stderr).toMatch(/1 releases, 0 failed, .* 4 skipped/);
    const md = mkdtempSync(join(tmpdir(), 'press-extract-md-'));
    await cli([dir, '--out-dir', md, '--format', 'md']);
    expect(readFileSync(join(md, 'b/2024/01-seed.md'), 'utf8')).toMatch(/^---\n/);
  });

  it('refuses, before any work, two inputs that would write the same file', async () => {
    const dir = archive();
    const out = mkdtempSync(join(tmpdir(), 'press-extract-out-'));
    mkdirSync(join(dir, 'twin'));
    copyFileSync(join(dir, 'c.txt'), join(dir, 'twin', 'c.txt'));
    const r = await cli([join(dir, 'c.txt'), join(dir, 'twin', 'c.txt'), '--out-dir', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/would both be written to .*c\.json; nothing was done/);
    expect(readdirSync(out)).toEqual([]);
  });

  it('a bad file amid good ones: one line on stderr, an error record in jsonl, the others out, exit 1', async () => {
    const dir = archive();
    writeFileSync(join(dir, 'b', '2024', '015-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]));
    const r = await cli([dir, '--format', 'jsonl', '--jobs', '2']);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(6);
    expect(lines[2]).toEqual({ source: { path: join(dir, 'b/2024/015-binary.txt') }, error: { code: 'binary', message: 'not text (binary data)' } });
    expect(lines.filter((l) => l.schemaVersion === 1)).toHaveLength(5);
    expect(r.stderr).toContain(`extract: ${join(dir, 'b/2024/015-binary.txt')}: not text (binary data)\n`);
  });

  it('shows no progress when standard error is not a terminal, or in CI; a summary line at the end', async () => {
    const dir = archive();
    const piped = await cli([dir, '--format', 'jsonl'], { tty: false });
    expect(piped.stderr).not.toContain('\r');
    expect(piped.stderr.trimEnd().split('\n').at(-1)).toMatch(/^extract: 5 releases, 0 failed, \d+ warnings in [\d.]+ s \(\d+ releases\/s, [\d.]+ MB\/s\)$/);
    const ci = await cli([dir, '--format', 'jsonl'], { tty: true, env: { CI: 'true' } });
    expect(ci.stderr).not.toContain('\r');
    const terminal = await cli([dir, '--format', 'jsonl'], { tty: true });
    expect(terminal.stderr).toMatch(/\r.*5\/5/);
    const quiet = await cli([dir, '--format', 'jsonl', '--quiet'], { tty: true });
    expect(quiet.stderr).toBe('');
  });

  it('a JSON array over several inputs, closed even when every input failed', async () => {
    const dir = archive();
    const r = await cli([join(dir, 'c.txt'), join(dir, 'a/de.txt'), '--jobs', '2']);
    const arr = JSON.parse(r.stdout);
    expect(arr.map((x: { language: string }) => x.language)).toEqual(['fr', 'de']);
    const none = await cli([join(dir, 'nope1.txt'), join(dir, 'nope2.txt')]);
    expect(none.code).toBe(1);
    expect(JSON.parse(none.stdout)).toEqual([]);
  });

  it('through the real bin: --jobs 2 over a folder, and a reader that goes away ends the run quietly', () => {
    const dir = archive();
    const bin = join(root, 'bin', 'extract.js');
    const r = spawnSync(process.execPath, [bin, dir, '--format', 'jsonl', '--jobs', '2'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(5);
    const head = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" "${dir}" --format jsonl --jobs 2 | head -1`], { encoding: 'utf8' });
    expect(head.status).toBe(0);
    expect(JSON.parse(head.stdout).schemaVersion).toBe(1);
    expect(head.stderr).not.toMatch(/EPIPE|Error|at /);
  });
});
