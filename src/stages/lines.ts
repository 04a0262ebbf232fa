import { slice, trim, type Mapped } from '../mapped.js';

/** One line of the normalised text, trimmed, with its 1-based number. */
export interface Line {
  text: Mapped;
  no: number;
}

/** Split normalised text into trimmed lines that keep their map. */
export function splitLines(m: Mapped): Line[] {
  const out: Line[] = [];
  const t = m.text;
  let start = 0;
  let no = 1;
  while (start <= t.length) {
    let end = t.indexOf('\n', start);
    if (end < 0) end = t.length;
    out.push({ text: trim(slice(m, start, end)), no });
    no++;
    start = end + 1;
    if (end === t.length) break;
  }
  return out;
}

/** The index of the last of the ascending `starts` at or before `at` (which piece of a joined text an offset falls in). */
export function pieceAt(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Words of a line, for counting. */
export function wordCount(s: string): number {
  const m = s.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu);
  return m ? m.length : 0;
}

/** A comparison key: case, white space and quotation mark style folded. */
export function lineKey(s: string): string {
  const t = s.toLowerCase();
  return /[«»“”„‹›‘’‚]|\s\s|[\t\u00a0]/.test(t) ? t.replace(/[«»“”„"‹›]/g, '"').replace(/[‘’‚]/g, "'").replace(/\s+/g, ' ').trim() : t.trim();
}
