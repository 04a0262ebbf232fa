import { runTask, type Task, type TaskResult } from './task.js';

/** The worker thread's entry (piscina): one task in, its result out. */
export default function work(task: Task): Promise<TaskResult> {
  return runTask(task);
}
