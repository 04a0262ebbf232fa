import type { Root as MdRoot, RootContent as MdContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';
import { join, mapped, replace, slice, toSource, trim, type Mapped } from '../mapped.js';
import type { LineFate } from './clean.js';
import { isDateLine } from './dates.js';
import { wordCount, type Line } from './lines.js';

/** A block of the release: a heading, a paragraph or a list item. */
export interface Block {
  kind: 'heading' | 'paragraph' | 'item';
  /** The text, Markdown marks off; mapped to offsets in the normalised text. */
  text: Mapped;
  /** The input line the block starts on. */
  line: number;
  /** Heading depth, 0 for other blocks. */
  depth: number;
}

export interface Segmented {
  blocks: Block[];
  frontmatter: Record<string, unknown> | null;
  /** Markdown lines that are not release text (HTML, definitions), with their line. */
  dropped: { text: string; line: number; rule: string }[];
}

/** Signs that a text is Markdown rather than plain text. */
export function looksLikeMarkdown(lines: readonly Line[], fate: readonly LineFate[]): boolean {
  if (fate.includes('frontmatter')) return true;
  let signs = 0;
  for (let i = 0; i < lines.length && i < 2000; i++) {
    const t = lines[i].text.text;
    if (/^#{1,6}\s+\S/.test(t)) signs += 2;
    else if (/\]\((?:https?:|\/|www\.)[^)\s]*\)/.test(t)) signs++;
    else if (/(?:^|\s)\*\*\S[^*]*\*\*/.test(t)) signs++;
    if (signs >= 2) return true;
  }
  return false;
}

/** Split plain text into blocks: a blank or removed line ends a block; wrapped lines are joined. */
export function segmentPlain(lines: readonly Line[], fate: readonly LineFate[]): Segmented {
  const runs: Line[][] = [];
  let run: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (fate[i] === 'keep') run.push(lines[i]);
    else if (run.length) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length) runs.push(run);
  const width = wrapWidth(runs);
  const blocks: Block[] = [];
  for (const r of runs) for (const p of joinWrapped(r, width)) blocks.push({ kind: 'paragraph', text: stripTags(p.text), line: p.line, depth: 0 });
  return { blocks, frontmatter: null, dropped: [] };
}

/**
 * The width a hard-wrapped text (PDF, e-mail) was wrapped at, or 0 when the
 * text is not hard-wrapped: most lines inside runs stop just short of it.
 */
export function wrapWidth(runs: readonly (readonly Line[])[]): number {
  const inner: number[] = [];
  for (const r of runs) for (let i = 0; i + 1 < r.length; i++) inner.push(r[i].text.text.length);
  if (inner.length < 4) return 0;
  const sorted = [...inner].sort((a, b) => a - b);
  const width = sorted[Math.floor(sorted.length * 0.9)];
  if (width > 160 || width < 30) return 0;
  // Wrapped lines stop just short of the width: most of them in a narrow band below it (scraped pages have lines of any length).
  const near = inner.filter((n) => n >= width * 0.8).length;
  return near >= inner.length * 0.6 ? width : 0;
}

const BULLET = /^(?:[-*•·▪‣◦]|\d{1,2}[.)])\s+/;

/** Join the lines of a run that were wrapped; lines that were not stay paragraphs of their own. */
export function joinWrapped(run: readonly Line[], width: number): { text: Mapped; line: number }[] {
  const out: { text: Mapped; line: number }[] = [];
  let cur: Line[] = [];
  const flush = () => {
    if (cur.length) out.push({ text: join(cur.map((l) => l.text), ' '), line: cur[0].no });
    cur = [];
  };
  for (let i = 0; i < run.length; i++) {
    cur.push(run[i]);
    const next = run[i + 1];
    if (!next || (!(width && isWrapped(run[i].text.text, next.text.text, width)) && !isBroken(run[i].text.text, next.text.text))) flush();
  }
  flush();
  return out;
}

const DATELINE_START = /^\([^)]{2,60}\)\s*[–—-]|^\p{Lu}[\p{Lu} .,'’-]{2,40}(?:\([^)]*\))?\s*[–—-]\s/u;

/**
 * A sentence a scraper broke around a link: the next line opens with the
 * punctuation that follows the link (", writing that …"), or a short piece in
 * lower case goes on from a line that does not end a sentence.
 */
function isBroken(line: string, next: string): boolean {
  if (/^[,;:)]\s|^[.,;:)]$/.test(next)) return true;
  if (/[.!?:»”"]$/.test(line) || !/^\p{Ll}/u.test(next) || BULLET.test(next)) return false;
  return wordCount(next) <= 3 || wordCount(line) <= 3;
}

function isWrapped(line: string, next: string, width: number): boolean {
  if (BULLET.test(next) || DATELINE_START.test(next)) return false;
  if (isDateLine(line, 'en') || isDateLine(next, 'en')) return false;
  const firstWord = next.split(/\s/, 1)[0] ?? '';
  const wouldFit = line.length + 1 + firstWord.length <= width * 0.95;
  const ended = /[.!?:»”"]$/.test(line);
  if (!wouldFit) return true;
  // A short line that does not end a sentence, before a line that goes on in lower case.
  return !ended && /^[\p{Ll}(,;]/u.test(next) && line.length >= width * 0.5;
}

const mdParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

/**
 * Split Markdown into blocks with remark-parse (and remark-frontmatter for a
 * YAML header). Lines the cleaner took out are blanked first, lines lose
 * their indentation (an indented line in a release is not code), and the
 * blocks keep their map back to the input.
 */
export function segmentMarkdown(lines: readonly Line[], fate: readonly LineFate[]): Segmented {
  const source = join(
    lines.map((l, i) => (fate[i] === 'keep' || fate[i] === 'frontmatter' ? l.text : mapped('', toSource(l.text, 0)))),
    '\n',
  );
  const lineStarts: number[] = [];
  for (let i = 0, at = 0; i < lines.length; i++) {
    lineStarts.push(at);
    at += (fate[i] === 'keep' || fate[i] === 'frontmatter' ? lines[i].text.text.length : 0) + 1;
  }
  const lineOf = (offset: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lines[lo]?.no ?? 1;
  };
  const tree = mdParser.parse(source.text) as MdRoot;
  const out: Segmented = { blocks: [], frontmatter: null, dropped: [] };
  const width = wrapWidth(runsOf(lines, fate));
  const visit = (node: MdContent, inList: boolean): void => {
    const s = node.position?.start.offset ?? 0;
    const e = node.position?.end.offset ?? s;
    switch (node.type) {
      case 'yaml':
        out.frontmatter = readYaml(node.value);
        return;
      case 'heading':
      case 'paragraph': {
        const raw = slice(source, s, e);
        const text = stripInline(node.type === 'heading' ? replace(raw, /^#{1,6}[ \t]*|[ \t]+#+[ \t]*$/g, () => '') : raw);
        const kind = node.type === 'heading' ? 'heading' : inList ? 'item' : 'paragraph';
        const depth = node.type === 'heading' ? node.depth : 0;
        if (kind === 'heading') {
          const t = trim(replace(text, /\n/g, () => ' '));
          if (t.text) out.blocks.push({ kind, text: t, line: lineOf(s), depth });
          return;
        }
        // A Markdown paragraph may hold several lines that were separate paragraphs in the page.
        const parts = splitMapped(text).map((p, k) => ({ text: p, no: lineOf(s) + k }));
        for (const p of joinWrapped(parts.filter((x) => x.text.text), width)) {
          out.blocks.push({ kind, text: p.text, line: p.line, depth });
        }
        return;
      }
      case 'list':
        for (const item of node.children) for (const c of item.children) visit(c as MdContent, true);
        return;
      case 'blockquote':
        for (const c of node.children) visit(c as MdContent, inList);
        return;
      case 'code': {
        const raw = slice(source, s, e);
        const parts = splitMapped(raw).filter((p) => p.text && !/^(`{3,}|~{3,})/.test(p.text));
        for (const p of parts) out.blocks.push({ kind: 'paragraph', text: p, line: lineOf(s), depth: 0 });
        return;
      }
      case 'table':
        for (const row of node.children) {
          const rs = row.position?.start.offset ?? 0;
          const re = row.position?.end.offset ?? rs;
          const t = trim(stripInline(replace(slice(source, rs, re), /\s*\|\s*/g, () => ' ')));
          if (t.text) out.blocks.push({ kind: 'paragraph', text: t, line: lineOf(rs), depth: 0 });
        }
        return;
      case 'html':
      case 'definition':
        for (const [k, t] of source.text.slice(s, e).split('\n').entries()) {
          if (t.trim()) out.dropped.push({ text: t.trim(), line: lineOf(s) + k, rule: node.type === 'html' ? 'html' : 'link-definition' });
        }
        return;
      default:
        return; // thematic breaks
    }
  };
  for (const node of tree.children) visit(node, false);
  return out;
}

function runsOf(lines: readonly Line[], fate: readonly LineFate[]): Line[][] {
  const runs: Line[][] = [];
  let run: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (fate[i] === 'keep' && !/^#{1,6}\s/.test(lines[i].text.text)) run.push(lines[i]);
    else if (run.length) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length) runs.push(run);
  return runs;
}

function splitMapped(m: Mapped): Mapped[] {
  const out: Mapped[] = [];
  let start = 0;
  for (;;) {
    const end = m.text.indexOf('\n', start);
    out.push(trim(slice(m, start, end < 0 ? m.text.length : end)));
    if (end < 0) break;
    start = end + 1;
  }
  return out;
}

/**
 * Markdown inline marks off, keeping the map: links and images read as their
 * label, emphasis and code marks go, backslash escapes are undone, hard
 * breaks become spaces.
 */
export function stripInline(m: Mapped): Mapped {
  let out = replace(m, /!?\[([^\]\n]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"]*")?\)/g, (x) => ({ text: x[1], from: x[0].startsWith('!') ? 2 : 1 }));
  out = replace(out, /<(https?:\/\/[^>\s]+)>/g, (x) => ({ text: x[1], from: 1 }));
  out = replace(out, /(\*\*|__)(?=\S)([^\n]*?\S)\1/g, (x) => ({ text: x[2], from: x[1].length }));
  out = replace(out, /(^|[\s(])([*_])(?=\S)([^*_\n]*?\S)\2(?=[\s).,;:!?]|$)/g, (x) => ({ text: x[1] + x[3], from: 0 }));
  out = replace(out, /\\([\\`*_{}[\]()#+\-.!|>~"'])/g, (x) => ({ text: x[1], from: 1 }));
  out = replace(out, /`([^`\n]+)`/g, (x) => ({ text: x[1], from: 1 }));
  out = replace(out, / {2,}\n|\\\n/g, () => '\n');
  return stripTags(out);
}

const INLINE_TAG = /<\/?(?:b|i|u|s|em|strong|span|font|sup|sub|small|mark|a|abbr|cite|q|br|wbr)(?:\s[^<>\n]*)?\/?>/gi;

/** Inline HTML tags of scraped text off ("<b>Joan Guàrdia</b>"); a line break becomes a space. */
export function stripTags(m: Mapped): Mapped {
  if (!m.text.includes('<')) return m;
  return replace(m, INLINE_TAG, (x) => (/^<br/i.test(x[0]) ? ' ' : ''));
}

function readYaml(value: string): Record<string, unknown> | null {
  try {
    const v: unknown = parseYaml(value, { schema: 'core', uniqueKeys: false });
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** True when a block holds prose: enough words to be a sentence. */
export function isProse(b: Block): boolean {
  return wordCount(b.text.text) >= 8;
}
