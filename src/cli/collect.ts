import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | null | undefined;

/**
 * A full garbage collection, every `every` calls. V8 lets a long batch's
 * heap grow far past what it holds alive (its growth heuristics, not a
 * leak); collecting now and then keeps the peak memory of a run of thousands
 * of releases flat. The collector is reached through the documented
 * --expose-gc flag, set at run time for a fresh context.
 */
export function collectEvery(every: number): () => void {
  let n = 0;
  return () => {
    if (++n % every !== 0) return;
    if (gc === undefined) {
      try {
        setFlagsFromString('--expose-gc');
        gc = runInNewContext('gc') as () => void;
      } catch {
        gc = null;
      }
    }
    gc?.();
  };
}
