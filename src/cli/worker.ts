import { move, transferableSymbol, valueSymbol } from 'piscina';
import { collectEvery } from './collect.js';
import { runTask, type Task, type TaskResult } from './task.js';

const utf8 = new TextEncoder();
const collect = collectEvery(2000);

/**
 * The worker thread's entry (piscina): one task in, its result out. The
 * serialised release goes back as UTF-8 bytes whose buffer is moved, not
 * copied: the main thread writes them and keeps no string of its own.
 */
export default async function work(task: Task): Promise<TaskResult> {
  const r = await runTask(task);
  collect();
  if (r.output === undefined) return r;
  const data = utf8.encode(r.output);
  const value: TaskResult = { ...r, output: undefined, data };
  return move({
    get [transferableSymbol]() {
      return [data.buffer];
    },
    get [valueSymbol]() {
      return value;
    },
  }) as unknown as TaskResult;
}
