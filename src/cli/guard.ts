import { Script, createContext } from 'node:vm';

/*
 * The per-document time guard. In a worker thread the pool stops a runaway
 * by ending the thread (batch.ts); a single small input runs in the main
 * thread, and there the synchronous extraction is run through node:vm with a
 * timeout: its watchdog ends whatever JavaScript is running when the time is
 * up (a loop or a regex as well), and the call throws.
 */

/** How long a document may take: `timeoutMs` for up to 1 MB, and as much again for each further MB. */
export function guardFor(timeoutMs: number, bytes: number): number {
  return timeoutMs * Math.max(1, bytes / 1e6);
}

/** The message of a document the guard stopped. */
export function stoppedMessage(limitMs: number): string {
  return `stopped after ${+(limitMs / 1000).toFixed(3)} s (the per-document time guard, see --timeout)`;
}

export class GuardTimeout extends Error {
  constructor(readonly limitMs: number) {
    super(stoppedMessage(limitMs));
  }
}

let context: ReturnType<typeof createContext> | null = null;
let script: Script | null = null;

/** Run `fn` in this thread, stopped with a GuardTimeout if it takes longer than `ms`. */
export function guarded<T>(fn: () => T, ms: number): T {
  context ??= createContext({ run: null });
  script ??= new Script('run()');
  context.run = fn;
  try {
    return script.runInContext(context, { timeout: Math.max(1, Math.round(ms)) }) as T;
  } catch (e) {
    if ((e as NodeJS.ErrnoException)?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw new GuardTimeout(ms);
    throw e;
  } finally {
    context.run = null;
  }
}
