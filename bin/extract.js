#!/usr/bin/env node
// The command: run the CLI with this process's streams and set the exit code.
import { run } from '../dist/cli/run.js';

process.exitCode = await run(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
});
