// One floor of the benchmark, in a process of its own: read every release of
// the archive and write it out as JSON ("json"), or parse it with
// remark-parse alone ("remark"), in one thread.
import { openSync, readFileSync, readdirSync, writeSync } from 'node:fs';
import { join } from 'node:path';

const [kind, archive] = process.argv.slice(2);
function files(dir) {
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...files(p));
    else if (/\.(txt|md)$/i.test(e.name)) out.push(p);
  }
  return out;
}
let parse = null;
if (kind === 'remark') {
  const { unified } = await import('unified');
  const { default: remarkParse } = await import('remark-parse');
  const p = unified().use(remarkParse);
  parse = (text) => p.parse(text);
}
const out = openSync('/dev/null', 'w');
for (const f of files(archive)) {
  const text = readFileSync(f, 'utf8');
  if (parse) parse(text);
  else writeSync(out, `${JSON.stringify({ path: f, text })}\n`);
}
