import type { TextStyle } from '../compile/text.js';

const PALETTE = ['cyan', 'magenta', 'green', 'yellow', 'blue', 'red'] as const;

/** Colours of the text format on a terminal (chalk, loaded only for such a run). */
export async function styleOf(): Promise<TextStyle> {
  const { Chalk } = await import('chalk');
  const c = new Chalk({ level: 1 });
  return {
    title: (s) => c.bold(s),
    label: (s) => c.bold.underline(s),
    dim: (s) => c.dim(s),
    warning: (s) => c.yellow(s),
    speaker: (n, s) => c.bold[PALETTE[n % PALETTE.length]](s),
  };
}
