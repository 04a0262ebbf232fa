// Bundle the command line for start-up time: one file to load for a run
// (plus the chunks a run loads only when it needs them: the Markdown parser,
// the Markdown writer, colours, the core in a batch's main thread), and the
// worker thread's entry beside it. piscina stays a package: it finds its own
// worker file at run time. The library (dist/index.js) is tsc's, unbundled.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

rmSync('dist/bundle', { recursive: true, force: true }); // chunks of an earlier build would stay beside the new ones

await build({
  entryPoints: { cli: 'src/cli/run.ts', worker: 'src/cli/worker.ts' },
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['piscina'],
  chunkNames: 'chunk-[hash]',
  // Some bundled packages are CommonJS and call require(): give the ESM bundle one.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  logLevel: 'warning',
});
