// One floor of the benchmark, in a process of its own: read every release of
// the archive and write it out as JSON ("json"), or parse it with
// remark-parse alone ("remark"), in one thread.
import { openSync, readFileSync, writeSync } from 'node:fs';
import { releaseFiles } from './files.mjs';

const [kind, archive] = process.argv.slice(2);
let parse = null;
if (kind === 'remark') {
  const { unified } = await import('unified');
  const { default: remarkParse } = await import('remark-parse');
  const p = unified().use(remarkParse);
  parse = (text) => p.parse(text);
}
const out = openSync('/dev/null', 'w');
for (const f of releaseFiles(archive)) {
  const text = readFileSync(f, 'utf8');
  if (parse) parse(text);
  else writeSync(out, `${JSON.stringify({ path: f, text })}\n`);
}
