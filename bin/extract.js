#!/usr/bin/env node
// The command: run the CLI with this process's streams and set the exit code.
// Ctrl-C aborts the run's signal: a batch stops and what it wrote stays whole.
import { run } from '../dist/bundle/cli.js';

const interrupt = new AbortController();
process.once('SIGINT', () => interrupt.abort());

process.exitCode = await run(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
  signal: interrupt.signal,
});
