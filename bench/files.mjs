import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The releases (.txt, .md) under a folder, recursively, in name order: the benchmark's and its floors' one list. */
export function releaseFiles(dir) {
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...releaseFiles(p));
    else if (/\.(txt|md)$/i.test(e.name)) out.push(p);
  }
  return out;
}
