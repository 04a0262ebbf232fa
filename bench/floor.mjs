// One floor of the benchmark, in a process of its own: read every release of
// the archive and write it out as JSON ("json"), or parse it with
// remark-parse alone ("remark"), in one thread. "extract N K" runs the
// library's extract() and JSON over every Nth release from the Kth, in one
// thread and no pool: two such processes side by side show what the second
// core gives this work on this machine, whatever the pool does.
import { openSync, readFileSync, writeSync } from 'node:fs';
import { releaseFiles } from './files.mjs';

const [kind, archive, n = '1', k = '0'] = process.argv.slice(2);
let parse = null;
if (kind === 'extract') {
  const { extract } = await import('../dist/index.js');
  const { toJson } = await import('../dist/compile/json.js');
  parse = (text) => toJson(extract(text));
}
if (kind === 'remark') {
  const { unified } = await import('unified');
  const { default: remarkParse } = await import('remark-parse');
  const p = unified().use(remarkParse);
  parse = (text) => p.parse(text);
}
const out = openSync('/dev/null', 'w');
for (const [i, f] of releaseFiles(archive).entries()) {
  if (i % Number(n) !== Number(k)) continue;
  const text = readFileSync(f, 'utf8');
  if (parse) parse(text);
  else writeSync(out, `${JSON.stringify({ path: f, text })}\n`);
}
