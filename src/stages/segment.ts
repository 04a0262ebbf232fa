import { join, replace, type Mapped } from '../mapped.js';
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

/** Splits Markdown into blocks; registered by `./markdown.js`, which the library loads at once and the CLI only for Markdown input. */
export type MarkdownSegmenter = (lines: readonly Line[], fate: readonly LineFate[]) => Segmented;
let markdownSegmenter: MarkdownSegmenter | null = null;

/** Register the Markdown segmenter (remark-parse). */
export function useMarkdownSegmenter(fn: MarkdownSegmenter): void {
  markdownSegmenter = fn;
}

/** Segment Markdown with the registered segmenter; plain-text segmentation when none was loaded. */
export function segmentMarkdown(lines: readonly Line[], fate: readonly LineFate[]): Segmented {
  return markdownSegmenter ? markdownSegmenter(lines, fate) : segmentPlain(lines, fate);
}

const INLINE_TAG = /<\/?(?:b|i|u|s|em|strong|span|font|sup|sub|small|mark|a|abbr|cite|q|br|wbr)(?:\s[^<>\n]*)?\/?>/gi;

/** Inline HTML tags of scraped text off ("<b>Joan Guàrdia</b>"); a line break becomes a space. */
export function stripTags(m: Mapped): Mapped {
  if (!m.text.includes('<')) return m;
  return replace(m, INLINE_TAG, (x) => (/^<br/i.test(x[0]) ? ' ' : ''));
}

/** True when a block holds prose: enough words to be a sentence. */
export function isProse(b: Block): boolean {
  return wordCount(b.text.text) >= 8;
}
