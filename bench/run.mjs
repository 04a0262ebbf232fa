#!/usr/bin/env node
// The batch benchmark (`npm run bench`): releases/s, MB/s and peak RSS of the
// command over an archive with --jobs 1 and --jobs 2, beside two floors
// measured in the same run on the same files: reading every file and writing
// it out as JSON, and remark-parse alone. Then the archive copied ten times
// over (memory must not grow with it), and the cold start of one release.
//
//   npm run bench                      ../shared/corpus/archive
//   npm run bench -- --archive DIR     another archive
//   npm run bench -- --quick           skip the ten-fold copy
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { releaseFiles } from './files.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const archive = resolve(args.includes('--archive') ? args[args.indexOf('--archive') + 1] : join(root, '..', 'shared', 'corpus', 'archive'));
const quick = args.includes('--quick');
const bin = join(root, 'bin', 'extract.js');
const seed = join(root, 'fixtures', 'interpol-osce-bratislava.txt');

if (!existsSync(archive)) {
  console.log(`bench: no archive at ${archive}; nothing to measure (give --archive DIR)`);
  process.exit(0);
}
if (!existsSync(join(root, 'dist', 'bundle', 'cli.js'))) {
  console.error('bench: build first (npm run build)');
  process.exit(1);
}

const list = releaseFiles(archive);
const bytes = list.reduce((n, f) => n + statSync(f).size, 0);
const time = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/** Run a node script or the command, with wall time and peak RSS (from /usr/bin/time, where there is one). */
function measure(argv, opts = {}) {
  const cmd = time ? time : process.execPath;
  const full = time ? ['-f', '__RSS__ %M', process.execPath, ...argv] : argv;
  const t = performance.now();
  const r = spawnSync(cmd, full, { encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'ignore', 'pipe'], ...opts });
  const seconds = (performance.now() - t) / 1000;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${argv.join(' ')} exited ${r.status}: ${(r.stderr ?? '').slice(-2000)}`);
  const rss = /__RSS__ (\d+)/.exec(r.stderr ?? '');
  return { seconds, rssMb: rss ? Number(rss[1]) / 1024 : null, stderr: r.stderr ?? '' };
}

const rows = [];
function row(name, m, n = list.length, b = bytes) {
  rows.push({ name, releasesPerSecond: n / m.seconds, mbPerSecond: b / 1e6 / m.seconds, seconds: m.seconds, peakRssMb: m.rssMb });
}

console.log(`bench: ${list.length} releases, ${(bytes / 1e6).toFixed(1)} MB in ${relative(process.cwd(), archive) || '.'}; node ${process.version}`);
const floor = join(root, 'bench', 'floor.mjs');
row('floor: read + JSON, 1 thread', measure([floor, 'json', archive]));
row('floor: remark-parse alone, 1 thread', measure([floor, 'remark', archive]));
for (const jobs of [1, 2]) row(`extract --jobs ${jobs}`, measure([bin, archive, '--format', 'jsonl', '--jobs', String(jobs), '--quiet']));
// The machine's own scaling for this work: extract() in one process, then in two processes side by side on halves.
row('ceiling: extract(), 1 process', measure([floor, 'extract', archive, '1', '0']));
{
  const t = performance.now();
  const exits = [0, 1].map((k) => new Promise((done) => spawn(process.execPath, [floor, 'extract', archive, '2', String(k)], { stdio: 'ignore' }).on('exit', done)));
  const codes = await Promise.all(exits);
  if (codes.some((c) => c !== 0)) throw new Error(`the two extract() processes exited ${codes.join(', ')}`);
  row('ceiling: extract(), 2 processes', { seconds: (performance.now() - t) / 1000, rssMb: null });
}

if (!quick) {
  // The archive ten times over, as hard links in a temporary folder (a copy where links cannot be made).
  const tmp = mkdtempSync(join(tmpdir(), 'press-extract-bench-'));
  try {
    for (let k = 0; k < 10; k++) {
      for (const f of list) {
        const to = join(tmp, `copy${k}`, relative(archive, f));
        mkdirSync(dirname(to), { recursive: true });
        try {
          linkSync(f, to);
        } catch {
          spawnSync('cp', [f, to]);
        }
      }
    }
    // Both thread counts: on the archive once over, each worker's warm-up (loading, compiling, the JIT) weighs on --jobs 2.
    for (const jobs of [1, 2]) row(`extract --jobs ${jobs}, archive x10`, measure([bin, tmp, '--format', 'jsonl', '--jobs', String(jobs), '--quiet']), list.length * 10, bytes * 10);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

// Large single inputs: time close to linear in size (the Markdown is parsed in pieces), with --max-bytes raised.
const large = [];
if (!quick) {
  const tmp = mkdtempSync(join(tmpdir(), 'press-extract-large-'));
  try {
    for (const kind of ['txt', 'md']) {
      for (const mb of [5, 50]) {
        const f = join(tmp, `large-${mb}.${kind}`);
        writeFileSync(f, largeText(kind, mb * 1e6));
        const m = measure([bin, f, '--format', 'jsonl', '--max-bytes', String(60e6)], { stdio: ['ignore', 'ignore', 'pipe'] });
        large.push({ name: `one ${kind === 'md' ? 'Markdown' : 'plain-text'} release of ${mb} MB`, mb, ...m });
      }
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** A release of about `bytes` bytes: paragraphs with quotes (plain), or sections with headings, links and lists (Markdown). */
function largeText(kind, bytes) {
  const parts = [kind === 'md' ? '# Titre du communiqué\n\n' : 'Titre du communiqué\n\nParis, le 5 décembre 2019\n\n'];
  for (let i = 0, size = 0; size < bytes; i++) {
    const p =
      kind === 'md'
        ? `## Section ${i}\n\nParagraphe ${i} avec un [lien](https://example.org/${i}) et du **gras**, « une citation de plusieurs mots », a déclaré Jean Dupont.\n\n* point un ${i}\n* point deux\n\n`
        : `Paragraphe ${i} du communiqué : « Nous avons signé un accord important », a déclaré Jean Dupont, directeur général de l'Agence. Le texte continue ici.\n\n`;
    parts.push(p);
    size += Buffer.byteLength(p);
  }
  return parts.join('');
}

const cold = [];
for (let i = 0; i < 7; i++) cold.push(measure([bin, seed]).seconds);
cold.sort((a, b) => a - b);
const nodeAlone = [];
for (let i = 0; i < 5; i++) nodeAlone.push(measure(['-e', '0']).seconds);
nodeAlone.sort((a, b) => a - b);

const pad = (s, n) => String(s).padEnd(n);
console.log('');
console.log(pad('run', 36), pad('releases/s', 11), pad('MB/s', 7), pad('seconds', 8), 'peak RSS MB');
for (const r of rows) console.log(pad(r.name, 36), pad(r.releasesPerSecond.toFixed(0), 11), pad(r.mbPerSecond.toFixed(2), 7), pad(r.seconds.toFixed(2), 8), r.peakRssMb === null ? '-' : r.peakRssMb.toFixed(0));
for (const l of large) console.log(pad(l.name, 36), pad('-', 11), pad((l.mb / l.seconds).toFixed(2), 7), pad(l.seconds.toFixed(2), 8), l.rssMb === null ? '-' : l.rssMb.toFixed(0));
console.log(pad('cold start: extract one release', 36), `${(cold[3] * 1000).toFixed(0)} ms median of 7 (node -e 0: ${(nodeAlone[2] * 1000).toFixed(0)} ms)`);

const by = (name) => rows.find((r) => r.name === name);
const remark = by('floor: remark-parse alone, 1 thread').releasesPerSecond;
const j1 = by('extract --jobs 1').releasesPerSecond;
const j2 = by('extract --jobs 2').releasesPerSecond;
const x10 = by('extract --jobs 2, archive x10');
const x10j1 = by('extract --jobs 1, archive x10');
const ceiling = by('ceiling: extract(), 2 processes').releasesPerSecond / by('ceiling: extract(), 1 process').releasesPerSecond;
const goals = [
  [`--jobs 1 >= half of remark-parse alone (${(remark / 2).toFixed(0)}/s)`, j1 >= remark / 2],
  [`--jobs 2 >= 1.5 x --jobs 1 (${(j2 / j1).toFixed(2)}x)`, j2 >= 1.5 * j1],
  ...(x10 && x10j1 ? [[`--jobs 2 >= 1.5 x --jobs 1 on the archive x10 (${(x10.releasesPerSecond / x10j1.releasesPerSecond).toFixed(2)}x)`, x10.releasesPerSecond >= 1.5 * x10j1.releasesPerSecond]] : []),
  [`--jobs 2 >= 500 releases/s`, j2 >= 500],
  ...(x10 ? [[`peak RSS < 300 MB on the archive x10 (${x10.peakRssMb?.toFixed(0) ?? '?'} MB)`, x10.peakRssMb !== null && x10.peakRssMb < 300]] : []),
  [`cold start < 250 ms (${(cold[3] * 1000).toFixed(0)} ms)`, cold[3] < 0.25],
  ...['plain-text', 'Markdown'].flatMap((k) => {
    const [a, b] = large.filter((l) => l.name.includes(k));
    if (!a || !b) return [];
    // Close to linear: 10 times the size takes at most 15 times as long.
    const r = b.seconds / b.mb / (a.seconds / a.mb);
    return [[`${k}: time per MB at 50 MB within 1.5 x of that at 5 MB (${r.toFixed(2)}x)`, r <= 1.5]];
  }),
];
console.log('');
for (const [what, ok] of goals) console.log(`${ok ? 'met    ' : 'NOT MET'} ${what}`);
console.log(`        (two processes on halves, no pool, give ${ceiling.toFixed(2)}x one process here: the ceiling for --jobs 2 / --jobs 1)`);
