#!/usr/bin/env node
// Fuzz the core (not part of npm test): run extract() over generated inputs
// (random text, mutated fixtures, adversarial patterns) in a worker thread
// with a time bound per input, and report throughput, failures (a thrown
// error, an internal-error warning, an input over the bound) and the slowest
// inputs. Inputs that fail are written to fuzz-failures/ to replay.
//
//   node scripts/fuzz.mjs [--count 100000] [--bound-ms 2000] [--seed 1]
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, def) => (process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : def);
const COUNT = arg('--count', 100_000);
const BOUND = arg('--bound-ms', 2000);
let seed = arg('--seed', 1) >>> 0;

// A small seeded generator (mulberry32), so that a run can be replayed.
function rand() {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const int = (n) => Math.floor(rand() * n);

const fixtures = readdirSync(join(root, 'fixtures'))
  .filter((f) => /\.(txt|md)$/.test(f) && !f.endsWith('.expected.md'))
  .map((f) => readFileSync(join(root, 'fixtures', f), 'utf8'));
const PIECES = ['«', '»', '“', '”', '„', '"', '‹', '›', '‚', '‘', '’', '« ', ' »', '# ', '> ', '- ', '* ', '**', '[', ']', '(', ')', '](http://x.y)', '---', '\n', '\n\n', '\r\n', '\r', '\f', '\t', '\u00a0', '\u200b', '\ufeff', '&amp;', '&#0;', '&#xD800;', '&eacute;', '😀', 'مرحبا', '这是', 'Jean Dupont', ' a déclaré ', ' said ', ', sagte er', ' selon ', 'Paris, le 5 décembre 2019', 'BRATISLAVA (Slovaquie) – ', 'For Immediate Release: ', 'word ', '. ', ': ', '1.', '| a | b |', '<b>', '</b>', '<div>', '```', '    ', '\\'];
const RANDOM_CHARS = () => String.fromCodePoint(pick([int(128), 0x80 + int(0x700), 0x2000 + int(0x100), 0x4e00 + int(0x500), 0x1f600 + int(0x50), int(0x10ffff)]));

const generators = {
  random: () => Array.from({ length: int(600) }, RANDOM_CHARS).join('').replace(/[\ud800-\udfff]/g, ''),
  pieces: () => Array.from({ length: int(400) }, () => pick(PIECES)).join(''),
  mutated: () => {
    let t = pick(fixtures);
    for (let k = int(16); k > 0; k--) {
      const at = int(t.length + 1);
      const r = rand();
      if (r < 0.5) t = t.slice(0, at) + pick(PIECES) + t.slice(at);
      else if (r < 0.7) t = t.slice(0, at) + t.slice(at + int(40));
      else {
        const lines = t.split('\n');
        const i = int(lines.length);
        lines.splice(i, 0, lines[int(lines.length)] ?? '');
        t = lines.join('\n');
      }
    }
    return t;
  },
  adversarial: () => {
    const n = 1 + int(20_000);
    return pick([
      () => pick(PIECES).repeat(n),
      () => `# T\n\n${'>'.repeat(n)} x`,
      () => `# T\n\n${'['.repeat(n)}`,
      () => Array.from({ length: n }, (_, i) => `« Phrase ${i} de la citation », a dit M. Dupont.`).join('\n'),
      () => `« ${'mot '.repeat(n)}`,
      () => 'Ligne répétée encore.\n'.repeat(Math.min(n, 5000)),
      () => Array.from({ length: Math.min(n, 2000) }, (_, i) => `${' '.repeat(i % 400)}- item`).join('\n'),
      () => `${'a'.repeat(n)}\n${'«'.repeat(n)}`,
    ])();
  },
};
const kinds = Object.keys(generators);

const SOURCE = `
  const { parentPort } = require('node:worker_threads');
  import(${JSON.stringify(join(root, 'dist', 'index.js'))}).then(({ extract }) => {
    parentPort.on('message', (text) => {
      const t = performance.now();
      let error = null;
      try {
        const r = extract(text);
        if (r.warnings.some((w) => w.rule === 'internal-error')) error = r.warnings.find((w) => w.rule === 'internal-error').message;
      } catch (e) {
        error = 'threw: ' + (e && e.message);
      }
      parentPort.postMessage({ ms: performance.now() - t, error });
    });
    parentPort.postMessage('ready');
  });`;

/** A worker thread running the core, ready for inputs; a new one replaces a worker stopped at the bound. */
async function makeWorker() {
  const w = new Worker(SOURCE, { eval: true });
  await new Promise((resolve) => w.once('message', resolve));
  return w;
}
let current = await makeWorker();

const slowest = [];
const failures = [];
const started = performance.now();
let bytes = 0;
for (let i = 0; i < COUNT; i++) {
  const kind = kinds[i % kinds.length];
  const text = generators[kind]();
  bytes += text.length;
  const result = await new Promise((resolve) => {
    const timer = setTimeout(() => resolve({ ms: BOUND, error: `over the bound of ${BOUND} ms` , timedOut: true }), BOUND);
    current.once('message', (m) => {
      clearTimeout(timer);
      resolve(m);
    });
    current.postMessage(text);
  });
  if (result.timedOut) {
    current.removeAllListeners('message');
    await current.terminate();
    current = await makeWorker();
  }
  if (result.error) failures.push({ i, kind, length: text.length, error: result.error, text });
  slowest.push({ i, kind, length: text.length, ms: result.ms });
  if (slowest.length > 50) {
    slowest.sort((a, b) => b.ms - a.ms);
    slowest.length = 10;
  }
  if ((i + 1) % 10_000 === 0) console.log(`  ${i + 1} inputs, ${failures.length} failures, ${((performance.now() - started) / 1000).toFixed(0)} s`);
}
await current.terminate();
slowest.sort((a, b) => b.ms - a.ms);
const seconds = (performance.now() - started) / 1000;
console.log(`fuzz: ${COUNT} inputs (${kinds.join(', ')}), ${(bytes / 1e6).toFixed(1)} M characters in ${seconds.toFixed(0)} s; bound ${BOUND} ms per input`);
console.log(`failures: ${failures.length}`);
for (const f of failures.slice(0, 10)) console.log(`  #${f.i} ${f.kind} (${f.length} chars): ${f.error}`);
console.log('slowest:');
for (const s of slowest.slice(0, 10)) console.log(`  #${s.i} ${s.kind.padEnd(11)} ${String(s.length).padStart(7)} chars  ${s.ms.toFixed(1)} ms`);
if (failures.length) {
  const dir = join(root, 'fuzz-failures');
  mkdirSync(dir, { recursive: true });
  for (const f of failures) writeFileSync(join(dir, `${f.i}-${f.kind}.txt`), f.text);
  console.log(`inputs written to ${dir}`);
  process.exitCode = 1;
}
