import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { guardFor, stoppedMessage } from '../src/cli/guard.js';
import { InputError, decode } from '../src/cli/read.js';
import { run, type Io } from '../src/cli/run.js';
import { extract, type Release } from '../src/index.js';
import { root, schemaErrors } from './helpers.js';

const bin = join(root, 'bin', 'extract.js');

// Bad input, odd encodings and adversarial text: a clear error or a correct
// result, never a crash or a hang. (Timings are the benchmark's and the fuzz
// script's business; these check what comes out.)

async function cli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdin = new PassThrough() as PassThrough & { isTTY?: boolean };
  stdin.isTTY = true;
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c) => (out += c));
  stderr.on('data', (c) => (err += c));
  const io: Io = { stdin, stdout, stderr, cwd: root, env: {} };
  const code = await run(argv, io);
  return { code, stdout: out, stderr: err };
}

const tmp = () => mkdtempSync(join(tmpdir(), 'press-extract-rob-'));
const release = 'Un titre de communiqué de presse\n\nParis, le 5 décembre 2019\n\n« Nous avons signé un accord important », a déclaré Jean Dupont.\n';

describe('paths', () => {
  it('a folder given where a file is to be written: one line, exit 1, no stack', async () => {
    const dir = tmp();
    const f = join(dir, 'r.txt');
    writeFileSync(f, release);
    const r = await cli([f, '-o', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(new RegExp(`^extract: ${dir}: `));
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('a symlink loop in a walked folder is walked once; a broken link (a file gone) is one error line', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.txt'), release);
    symlinkSync(dir, join(dir, 'loop'));
    symlinkSync(join(dir, 'gone.txt'), join(dir, 'b.txt'));
    const r = await cli([dir, '--format', 'jsonl', '--jobs', '1']);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.filter((l) => l.schemaVersion === 1).map((l) => l.source.path)).toEqual([join(dir, 'a.txt')]);
    expect(lines.find((l) => l.error)?.error.code).toBe('not-found');
    expect(r.stderr).toContain(`extract: ${join(dir, 'b.txt')}: no such file`);
  });

  // Root reads anything: as root, the command is run as the unprivileged user "nobody" (uid 65534), where it can reach the project.
  const asRoot = process.getuid?.() === 0;
  const nobody = { uid: 65534, gid: 65534 };
  const runnable = !asRoot || spawnSync(process.execPath, [bin, '--version'], { ...nobody, encoding: 'utf8' }).status === 0;
  it.skipIf(!runnable)('a file or a folder without read permission: one line naming it, exit 1, the other inputs still out', () => {
    const dir = tmp();
    chmodSync(dir, 0o755);
    writeFileSync(join(dir, 'ok.txt'), release);
    writeFileSync(join(dir, 'secret.txt'), release);
    chmodSync(join(dir, 'secret.txt'), 0o000);
    mkdirSync(join(dir, 'locked'));
    writeFileSync(join(dir, 'locked', 'inside.txt'), release);
    chmodSync(join(dir, 'locked'), 0o000);
    const r = spawnSync(process.execPath, [bin, join(dir, 'ok.txt'), join(dir, 'secret.txt'), join(dir, 'locked'), '--format', 'jsonl'], { ...(asRoot ? nobody : {}), encoding: 'utf8' });
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines.filter((l) => !/^extract: \d+ releases, /.test(l)).sort()).toEqual([`extract: ${join(dir, 'locked')}: permission denied`, `extract: ${join(dir, 'secret.txt')}: permission denied`]);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const records = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(records.map((x) => [x.source.path, x.error?.code ?? null])).toEqual([
      [join(dir, 'ok.txt'), null],
      [join(dir, 'secret.txt'), 'permission'],
    ]);
    expect(records[0].quotes).toHaveLength(1);
  });

  it('permission problems are typed errors', () => {
    const e = new InputError('permission', 'x.txt', 'permission denied');
    expect([e.code, e.path, e.message]).toEqual(['permission', 'x.txt', 'permission denied']);
  });
});

describe('bytes', () => {
  it('empty and whitespace-only files give a record with an empty-input warning, exit 0', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'blank.txt'), ' \n\t\n\u00a0\n');
    for (const f of ['empty.txt', 'blank.txt']) {
      const r = await cli([join(dir, f)]);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout).warnings.map((w: { rule: string }) => w.rule)).toContain('empty-input');
    }
  });

  it('decodes UTF-8 with a BOM and UTF-16 LE and BE with a BOM, without a warning', () => {
    const text = 'Le ministère annonce un accord « important »';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    for (const buf of [Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), le, Buffer.concat([Buffer.from([0xfe, 0xff]), be.subarray(2)])]) {
      const d = decode(buf, 'x');
      expect(d.text.replace(/^\ufeff/, '')).toBe(text);
      expect(d.warnings).toEqual([]);
    }
  });

  it('an invalid UTF-8 sequence in an otherwise UTF-8 file is read with a legacy-encoding warning, not refused', () => {
    const d = decode(Buffer.concat([Buffer.from('Un communiqué '), Buffer.from([0xff]), Buffer.from(' de presse')]), 'x');
    expect(d.warnings.map((w) => w.rule)).toEqual(['legacy-encoding']);
    expect(d.text).toContain('de presse');
  });

  it('binary data (an image renamed .txt) is refused', () => {
    expect(() => decode(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), 'photo.txt')).toThrow(/not text/);
  });

  it('mixed CR, CRLF and LF line ends and form feeds are lines like any other', () => {
    const r = extract('Un titre de communiqué\r\rParis, le 5 décembre 2019\r\n\r\nPremier paragraphe du texte.\f\nSecond paragraphe du texte.\n');
    expect(r.title).toBe('Un titre de communiqué');
    expect(r.date).toBe('2019-12-05');
    expect(r.body).toEqual(['Premier paragraphe du texte.', 'Second paragraphe du texte.']);
  });
});

describe('adversarial text', () => {
  const cases: Record<string, string> = {
    'a release with one line': 'Seulement une ligne.',
    '5,000 quotation marks': Array.from({ length: 1250 }, (_, i) => `« Nous avons signé les accords numéro ${i} avec nos partenaires », a déclaré M. Dupont.`).join('\n'),
    'a never-closed « at the top': `« Début jamais fermé\n${'Ligne de texte ordinaire.\n'.repeat(200)}`,
    '100,000 «': '«'.repeat(100_000),
    'a 1 MB line with no newline': 'mot '.repeat(250_000),
    'deeply repeated lines': 'La même ligne répétée.\n'.repeat(5000),
    'right-to-left, CJK and emoji': 'مرحبا بالعالم\n这是一个新闻稿。\n😀 “A quote with 😀 emoji inside it,” said Bob Smith.\n'.repeat(50),
    '50,000 nested >': `# T\n\n${'>'.repeat(50_000)} x\n`,
    '100,000 [': `# T\n\n${'['.repeat(100_000)}\n`,
    '1,000 nested list lines': `# T\n\n${Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i * 2)}- item ${i}`).join('\n')}`,
  };
  for (const [name, text] of Object.entries(cases)) {
    it(`${name}: a valid record, no internal error`, () => {
      const r = extract(text);
      expect(schemaErrors(r)).toBe('');
      expect(r.warnings.filter((w) => w.rule === 'internal-error')).toEqual([]);
    });
  }
  it('finds every one of thousands of quotes', () => {
    const r = extract(cases['5,000 quotation marks']);
    expect(r.quotes).toHaveLength(1250);
    expect(new Set(r.quotes.map((q) => q.speaker))).toEqual(new Set(['Dupont']));
  });
  it('a large Markdown release comes out whole (parsed in pieces)', () => {
    const text = `# Titre\n\n${Array.from({ length: 6000 }, (_, i) => `Paragraphe numéro ${i} du communiqué, avec un [lien](https://example.org/${i}).\n\n`).join('')}`;
    const r = extract(text);
    expect(r.body).toHaveLength(6000);
    expect(r.body[5999]).toBe('Paragraphe numéro 5999 du communiqué, avec un lien.');
  });
});

describe('size', () => {
  it('refuses a file over --max-bytes, and processes it with the limit raised', async () => {
    const dir = tmp();
    const f = join(dir, 'big.txt');
    mkdirSync(join(dir, 'x'));
    writeFileSync(f, `Titre du communiqué\n\n${Array.from({ length: 20_000 }, (_, i) => `Paragraphe ${i} du texte du communiqué.\n\n`).join('')}`);
    const refused = await cli([f, '--max-bytes', '100000']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/too large \(\d+ bytes; the limit is 100000, see --max-bytes\)/);
    const raised = await cli([f, '--max-bytes', '5000000', '--format', 'jsonl']);
    expect(raised.code).toBe(0);
    expect(JSON.parse(raised.stdout).body).toHaveLength(20_000);
  });

  it('the default limit (10 MB) refuses a 12 MB file, which comes out whole with --max-bytes raised', async () => {
    const dir = tmp();
    const f = join(dir, 'large.txt');
    const paragraph = (i: number) => `Paragraphe ${i} : « Nous avons signé l'accord numéro ${i} », a déclaré Jean Dupont, directeur de l'Agence.\n\n`;
    const n = Math.ceil(12e6 / Buffer.byteLength(paragraph(99_999)));
    writeFileSync(f, `Titre du communiqué\n\nParis, le 5 décembre 2019\n\n${Array.from({ length: n }, (_, i) => paragraph(i)).join('')}`);
    const refused = await cli([f]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/too large \(1\d{7} bytes; the limit is 10485760, see --max-bytes\)/);
    const raised = await cli([f, '--max-bytes', '60000000', '--format', 'jsonl']);
    expect([raised.code, raised.stderr]).toEqual([0, '']);
    const r = JSON.parse(raised.stdout) as Release;
    expect(r.body).toHaveLength(n);
    expect(r.quotes).toHaveLength(n);
    expect(r.quotes.every((q) => q.speaker === 'Jean Dupont')).toBe(true);
  }, 120_000);
});

describe('time guard', () => {
  it('a single small input runs in this thread and is still stopped by --timeout: one line, exit 1, nothing on stdout', async () => {
    const f = join(tmp(), 'r.txt');
    writeFileSync(f, release.repeat(50));
    const r = await cli([f, '--timeout', '0.001']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`extract: ${f}: stopped after 0.001 s (the per-document time guard, see --timeout)\n`);
    // The same input with the default guard comes out.
    const ok = await cli([f]);
    expect([ok.code, JSON.parse(ok.stdout).quotes.length]).toEqual([0, 1]);
  });

  it('in a batch, a stopped document is an error record in the stream and the run exits 1', async () => {
    const dir = tmp();
    for (const n of ['a', 'b']) writeFileSync(join(dir, `${n}.txt`), release);
    const r = await cli([dir, '--format', 'jsonl', '--jobs', '2', '--timeout', '0.001']);
    expect(r.code).toBe(1);
    const records = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(records.map((x) => [x.source.path, x.error?.code])).toEqual([
      [join(dir, 'a.txt'), 'timeout'],
      [join(dir, 'b.txt'), 'timeout'],
    ]);
  });

  it('gives a document over 1 MB as much time again for each further MB', () => {
    expect(guardFor(10_000, 0)).toBe(10_000);
    expect(guardFor(10_000, 1e6)).toBe(10_000);
    expect(guardFor(10_000, 50e6)).toBe(500_000);
    expect(stoppedMessage(500_000)).toBe('stopped after 500 s (the per-document time guard, see --timeout)');
  });
});
