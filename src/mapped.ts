/**
 * Text that remembers where each of its characters came from.
 *
 * Every stage that rewrites text (normalising, joining wrapped lines, taking
 * Markdown marks off) works on a `Mapped`, so that a quote found in the cleaned
 * text can still be given as offsets into the string the user passed in.
 * The map is piecewise linear: `segs` holds pairs [textPos, sourcePos], sorted
 * by textPos; a character at `p` maps to `src + (p - pos)` of the last pair
 * at or before it. Untouched text costs one pair.
 */
export interface Mapped {
  readonly text: string;
  readonly segs: readonly number[];
}

/** A string whose first character sits at `start` in its source. */
export function mapped(text: string, start = 0): Mapped {
  return { text, segs: [0, start] };
}

/** The index of the last pair at or before `pos`. */
function pairAt(s: readonly number[], pos: number): number {
  let lo = 0;
  let hi = s.length / 2 - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (s[mid * 2] <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The source offset of the character at `pos`. */
export function toSource(m: Mapped, pos: number): number {
  const s = m.segs;
  const k = pairAt(s, pos);
  return s[k * 2 + 1] + (pos - s[k * 2]);
}

/** The part of `m` from `start` to `end`, still mapped (the pairs inside found by bisection: a slice of a long text costs its own length). */
export function slice(m: Mapped, start: number, end = m.text.length): Mapped {
  const segs: number[] = [0, toSource(m, start)];
  const s = m.segs;
  for (let i = (pairAt(s, start) + 1) * 2; i < s.length && s[i] < end; i += 2) {
    if (s[i] > start) segs.push(s[i] - start, s[i + 1]);
  }
  return { text: m.text.slice(start, end), segs };
}

/** Leading and trailing white space off. */
export function trim(m: Mapped): Mapped {
  const t = m.text;
  let a = 0;
  let b = t.length;
  while (a < b && isSpace(t.charCodeAt(a))) a++;
  while (b > a && isSpace(t.charCodeAt(b - 1))) b--;
  return a === 0 && b === t.length ? m : slice(m, a, b);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 0xa0 || c === 0x202f || c === 0x2007 || c === 0x3000 || c === 0x2009 || c === 0x200a;
}

/** Pieces joined by `sep`; the separator maps to the end of the piece before it. */
export function join(parts: readonly Mapped[], sep = ' '): Mapped {
  let text = '';
  const segs: number[] = [];
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k];
    if (k > 0) {
      const prev = parts[k - 1];
      segs.push(text.length, toSource(prev, Math.max(0, prev.text.length - 1)) + 1);
      text += sep;
    }
    const base = text.length;
    for (let i = 0; i < p.segs.length; i += 2) segs.push(base + p.segs[i], p.segs[i + 1]);
    text += p.text;
  }
  if (segs.length === 0) segs.push(0, 0);
  return { text, segs: dedupeSegs(segs) };
}

function dedupeSegs(segs: number[]): number[] {
  // Later pairs at the same text position win.
  const out: number[] = [];
  for (let i = 0; i < segs.length; i += 2) {
    if (out.length && out[out.length - 2] === segs[i]) out[out.length - 1] = segs[i + 1];
    else out.push(segs[i], segs[i + 1]);
  }
  return out;
}

/**
 * Like `String.prototype.replace` with a global regex, keeping the map.
 * The replacer returns the new text, or `{ text, from }` where `from` is the
 * offset inside the match that the new text was taken from (a link's label).
 */
export function replace(
  m: Mapped,
  re: RegExp,
  fn: (match: RegExpExecArray) => string | { text: string; from: number },
): Mapped {
  if (!re.global) throw new Error('replace needs a global regex');
  re.lastIndex = 0;
  let text = '';
  const segs: number[] = [];
  let last = 0;
  let changed = false;
  const copy = (a: number, b: number) => {
    if (b <= a) return;
    segs.push(text.length, toSource(m, a));
    for (let i = 0; i < m.segs.length; i += 2) {
      if (m.segs[i] > a && m.segs[i] < b) segs.push(text.length + (m.segs[i] - a), m.segs[i + 1]);
    }
    text += m.text.slice(a, b);
  };
  for (let match = re.exec(m.text); match; match = re.exec(m.text)) {
    if (match[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const r = fn(match);
    const out = typeof r === 'string' ? { text: r, from: 0 } : r;
    if (out.text === match[0]) continue;
    changed = true;
    copy(last, match.index);
    if (out.text.length) {
      segs.push(text.length, toSource(m, match.index + out.from));
      text += out.text;
    }
    last = match.index + match[0].length;
  }
  if (!changed) return m;
  copy(last, m.text.length);
  if (segs.length === 0) segs.push(0, toSource(m, m.text.length));
  return { text, segs: dedupeSegs(segs) };
}
