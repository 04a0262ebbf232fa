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

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/**
 * Words of a line, for counting: runs that open with a letter or digit and go
 * on through letters, digits, apostrophes and hyphens. A scan of the
 * characters (ASCII by code, the rest by the Unicode properties), not a regex
 * match: it is asked of most lines several times.
 */
export function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let word: boolean;
    if (c < 128) word = (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      word = LETTER_OR_DIGIT.test(s.slice(i, i + 2));
      i++;
    } else word = LETTER_OR_DIGIT.test(s[i]);
    if (word) {
      if (!inWord) n++;
      inWord = true;
    } else if (inWord) inWord = c === 39 || c === 0x2019 || c === 45;
  }
  return n;
}

const FOLDED = /[«»“”„‹›‘’‚]|\s\s|[\t\u00a0]/;

const FOLD = /[«»“”„"‹›]|[‘’‚]|\s+/g;
const foldOne = (x: string): string => (x.length > 1 || /\s/.test(x) ? ' ' : /[‘’‚]/.test(x) ? "'" : '"');

/** A comparison key: case, white space and quotation mark style folded (in one pass). */
export function lineKey(s: string): string {
  const t = s.toLowerCase();
  return FOLDED.test(t) ? t.replace(FOLD, foldOne).trim() : t.trim();
}
