import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { run, type Io } from '../src/cli/run.js';
import { TOOL_VERSION } from '../src/index.js';
import { fixturesDir, root, schemaErrors } from './helpers.js';

const seed = join(fixturesDir, 'interpol-osce-bratislava.txt');
const wire = join(fixturesDir, 'en-dateline-wire-service.md');

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the CLI in-process with fake streams. */
async function cli(argv: string[], opts: { stdin?: string | Buffer; tty?: boolean } = {}): Promise<Result> {
  const stdin = new PassThrough() as PassThrough & { isTTY?: boolean };
  const stdout = new PassThrough() as PassThrough & { isTTY?: boolean };
  const stderr = new PassThrough() as PassThrough & { isTTY?: boolean };
  stdout.isTTY = opts.tty;
  stdin.isTTY = opts.stdin === undefined ? true : undefined;
  let out = '';
  let err = '';
  stdout.on('data', (c) => (out += c));
  stderr.on('data', (c) => (err += c));
  if (opts.stdin !== undefined) stdin.end(opts.stdin);
  const io: Io = { stdin, stdout, stderr, cwd: root, env: {} };
  const code = await run(argv, io);
  return { code, stdout: out, stderr: err };
}

const tmp = () => mkdtempSync(join(tmpdir(), 'press-extract-'));

// One table of cases, run in-process; a handful run again through the real bin.
const cases: { name: string; argv: string[]; stdin?: string; code: number; check: (r: Result) => void; spawn?: boolean }[] = [
  { name: '--help shows usage and examples', argv: ['--help'], code: 0, spawn: true, check: (r) => expect(r.stdout).toMatch(/Usage: extract[\s\S]*Examples:[\s\S]*--format jsonl/) },
  { name: '--version prints the version', argv: ['--version'], code: 0, spawn: true, check: (r) => expect(r.stdout.trim()).toBe(TOOL_VERSION) },
  { name: 'a file gives one pretty JSON object', argv: [seed], code: 0, spawn: true, check: (r) => {
    const j = JSON.parse(r.stdout);
    expect(j.title).toMatch(/^INTERPOL et l’OSCE/);
    expect(schemaErrors(j)).toBe('');
    expect(r.stdout).toContain('\n  "title"');
    expect(r.stdout).toContain('Secrétaire'); // accents are not escaped
  } },
  { name: '- reads standard input', argv: ['-'], stdin: readFileSync(seed, 'utf8'), code: 0, spawn: true, check: (r) => expect(JSON.parse(r.stdout).date).toBe('2019-12-05') },
  { name: 'no argument reads a piped standard input', argv: [], stdin: 'Title of a release here\n\nPARIS (France) – Something happened today in Paris and people talked about it.', code: 0, check: (r) => expect(JSON.parse(r.stdout).dateline.city).toBe('Paris') },
  { name: 'an unknown option is a usage error', argv: ['--nope', seed], code: 2, spawn: true, check: (r) => { expect(r.stderr).toMatch(/unknown option/); expect(r.stdout).toBe(''); } },
  { name: 'a bad --format value is a usage error', argv: ['--format', 'xml', seed], code: 2, check: (r) => expect(r.stderr).toMatch(/Allowed choices are json, jsonl, md, text/) },
  { name: 'a bad --lang value is a usage error', argv: ['--lang', 'it', seed], code: 2, check: (r) => expect(r.stderr).toMatch(/--lang/) },
  { name: 'a bad --max-bytes value is a usage error', argv: ['--max-bytes', 'lots', seed], code: 2, check: (r) => expect(r.stderr).toMatch(/--max-bytes/) },
  { name: 'a missing file is one line naming it, exit 1', argv: ['no/such/file.txt'], code: 1, spawn: true, check: (r) => { expect(r.stderr.trim()).toBe('extract: no/such/file.txt: no such file'); expect(r.stderr).not.toMatch(/at .*\.js/); } },
  { name: 'several files in json are one array', argv: [seed, wire], code: 0, check: (r) => expect(JSON.parse(r.stdout).map((x: { language: string }) => x.language)).toEqual(['fr', 'en']) },
  { name: 'jsonl gives one compact line per release', argv: ['--format', 'jsonl', seed, wire], code: 0, check: (r) => {
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[1]).title).toBe('Sunshine Grills Names New Chief Growth Officer');
  } },
  { name: 'jsonl keeps going past a bad file and records the error', argv: ['--format', 'jsonl', seed, 'missing.txt', wire], code: 1, check: (r) => {
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[1]).toEqual({ source: { path: 'missing.txt' }, error: { code: 'not-found', message: 'no such file' } });
    expect(r.stderr).toContain('extract: missing.txt: no such file');
  } },
  { name: 'md gives front matter, quotes as blockquotes and the body', argv: ['--format', 'md', seed], code: 0, check: (r) => {
    expect(r.stdout).toMatch(/^---\ntitle: INTERPOL/);
    expect(r.stdout).toContain('> Combattre et prévenir le terrorisme');
    expect(r.stdout).toContain('## Body');
  } },
  { name: 'text is a plain summary when stdout is not a terminal', argv: ['--format', 'text', seed], code: 0, check: (r) => {
    expect(r.stdout).toContain('Jürgen Stock, Secrétaire Général d’INTERPOL');
    expect(r.stdout).not.toContain('\u001b[');
  } },
  { name: 'text is coloured on a terminal', argv: ['--format', 'text', seed], code: 0, check: (r) => expect(r.stdout).toContain('\u001b[') },
  { name: 'a folder is walked for .txt and .md files in order', argv: ['--format', 'jsonl', '-q', fixturesDir], code: 0, check: (r) => {
    const paths = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).source.path as string);
    expect(paths.length).toBeGreaterThan(10);
    expect([...paths].sort()).toEqual(paths);
    expect(paths.every((p) => p.startsWith(fixturesDir))).toBe(true);
  } },
  { name: 'binary input is refused with an error', argv: ['-'], stdin: 'PNG\u0000\u0001\u0002', code: 1, check: (r) => expect(r.stderr).toMatch(/extract: -: not text/) },
];

describe('extract CLI, in-process', () => {
  for (const c of cases) {
    it(c.name, async () => {
      const r = await cli(c.argv, { stdin: c.stdin, tty: c.name.includes('on a terminal') });
      expect(r.code).toBe(c.code);
      c.check(r);
    });
  }

  it('writes to a file with -o and nothing to stdout', async () => {
    const out = join(tmp(), 'seed.json');
    const r = await cli([seed, '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).speakers).toHaveLength(3);
  });

  it('refuses a file over --max-bytes with a clear message', async () => {
    const r = await cli(['--max-bytes', '100', seed]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/too large \(4888 bytes; the limit is 100/);
  });

  it('reads a Windows-1252 file with a legacy-encoding warning', async () => {
    const dir = tmp();
    const f = join(dir, 'latin1.txt');
    writeFileSync(f, Buffer.from('Communiqu\xe9 de presse sur la coop\xe9ration\n\n5 d\xe9cembre 2019\n\nPARIS (France) \x96 Le texte de la d\xe9claration suit ici.', 'latin1'));
    const r = await cli([f]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.date).toBe('2019-12-05');
    expect(j.warnings.map((w: { rule: string }) => w.rule)).toContain('legacy-encoding');
    expect(r.stderr).toContain('legacy-encoding');
  });

  it('guesses a Latin-1 file with chardet, and --encoding forces one without a warning', async () => {
    const dir = tmp();
    const f = join(dir, 'latin1.txt');
    writeFileSync(f, Buffer.from('Le minist\xe8re annonce un accord\n\nParis, le 5 d\xe9cembre 2019\n\n\xab Nous avons sign\xe9 un accord important avec nos partenaires \xbb, a d\xe9clar\xe9 M. Jean M\xfcller.\n', 'latin1'));
    const guessed = await cli([f]);
    const g = JSON.parse(guessed.stdout);
    expect(g.title).toBe('Le ministère annonce un accord');
    expect(g.quotes[0].speaker).toBe('Jean Müller');
    expect(guessed.stderr).toMatch(/warning: not valid UTF-8: read as (?:iso-8859-1|windows-1252) \(a guess; --encoding forces another\) \[legacy-encoding\]/);
    const forced = await cli(['--encoding', 'iso-8859-15', f]);
    expect(JSON.parse(forced.stdout).title).toBe('Le ministère annonce un accord');
    expect(forced.stderr).toBe('');
    const utf16 = join(dir, 'utf16.txt');
    writeFileSync(utf16, Buffer.from('Titre du communiqué de presse\n\nLe texte suit.', 'utf16le'));
    expect(JSON.parse((await cli(['-e', 'utf-16le', utf16])).stdout).title).toBe('Titre du communiqué de presse');
    const unknown = await cli(['--encoding', 'klingon-8', f]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown encoding 'klingon-8'/);
  });

  it('reports a folder with no releases in it', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'empty'));
    const r = await cli([join(dir, 'empty')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no \.txt or \.md files/);
  });
});

describe('extract CLI, spawned through bin/extract.js', () => {
  const bin = join(root, 'bin', 'extract.js');
  const built = existsSync(join(root, 'dist', 'cli', 'run.js'));
  for (const c of cases.filter((x) => x.spawn)) {
    it.skipIf(!built)(c.name, () => {
      const p = spawnSync(process.execPath, [bin, ...c.argv], { input: c.stdin ?? '', encoding: 'utf8', cwd: root, env: { ...process.env, NO_COLOR: '1' } });
      expect(p.status).toBe(c.code);
      c.check({ code: p.status ?? -1, stdout: p.stdout, stderr: p.stderr });
    });
  }
});
