import type { Root as MdRoot, RootContent as MdContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import { parse as parseYaml } from 'yaml';
import { join, mapped, replace, slice, toSource, trim, type Mapped } from '../mapped.js';
import type { LineFate } from './clean.js';
import { pieceAt, type Line } from './lines.js';
import { joinWrapped, stripTags, useMarkdownSegmenter, wrapWidth, type Segmented } from './segment.js';

/*
 * The Markdown segmenter: remark-parse with remark-frontmatter, and the YAML
 * reader for front matter. Importing this module registers it with the
 * segment stage; the library entry does so at once, the CLI only when an
 * input looks like Markdown, so plain-text runs never load the parser.
 */

/**
 * Inline constructs are not parsed: the blocks and their positions are all
 * this stage reads (`stripInline` takes the inline marks off the block's own
 * text), and skipping them saves a sixth of the parse.
 */
const INLINE = ['attention', 'autolink', 'htmlText', 'labelStartImage', 'labelStartLink', 'labelEnd', 'characterReference', 'characterEscape', 'hardBreakEscape', 'codeText'];
const mdParser = unified()
  .use(function blocksOnly(this: Processor) {
    const data = this.data();
    data.micromarkExtensions = [...(data.micromarkExtensions ?? []), { disable: { null: INLINE } }];
  })
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml']);

/** The top-level nodes remark-parse gives for a text (blocks only; the line-by-line reader is not tried). */
export function remarkBlocks(text: string): MdContent[] {
  return (mdParser.parse(text) as MdRoot).children;
}

/**
 * Split Markdown into blocks with remark-parse (and remark-frontmatter for a
 * YAML header). Lines the cleaner took out are blanked first, lines lose
 * their indentation (an indented line in a release is not code), and the
 * blocks keep their map back to the input.
 */
export function segmentMarkdownWithRemark(lines: readonly Line[], fate: readonly LineFate[]): Segmented {
  // Blockquote marks come off before the parse (the stage reads a quoted block like any other, and
  // 50,000 nested ">" would take the parser minutes); lines the cleaner took out are blanked.
  const kept = lines.map((l, i) =>
    fate[i] === 'frontmatter' ? l.text : fate[i] === 'keep' ? (l.text.text.startsWith('>') ? replace(l.text, /^(?:>[ \t]*)+/g, () => '') : l.text) : mapped('', toSource(l.text, 0)),
  );
  const source = join(kept, '\n');
  const lineStarts: number[] = [];
  for (let i = 0, at = 0; i < lines.length; i++) {
    lineStarts.push(at);
    at += kept[i].text.length + 1;
  }
  const lineOf = (offset: number): number => lines[pieceAt(lineStarts, offset)]?.no ?? 1;
  const out: Segmented = { blocks: [], frontmatter: null, dropped: [] };
  let base = 0; // where the piece being visited starts in `source`
  const width = wrapWidth(runsOf(lines, fate));
  const visit = (node: MdContent, inList: boolean): void => {
    const s = base + (node.position?.start.offset ?? 0);
    const e = base + (node.position?.end.offset ?? 0);
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
          const rs = base + (row.position?.start.offset ?? 0);
          const re = base + (row.position?.end.offset ?? 0);
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
  for (const piece of pieces(source.text)) {
    base = piece.start;
    const text = source.text.slice(piece.start, piece.end);
    for (const node of simpleBlocks(text) ?? remarkBlocks(text)) visit(node, false);
  }
  return out;
}

const ATX = /^#{1,6}(?:[ \t]|$)/;
const BULLET = /^[*+-]( {1,4})(?=[^ \t])/;
/**
 * Lines that open a construct other than a paragraph, an ATX heading or a
 * one-paragraph bullet item (over-approximated: any doubt is remark's):
 * indentation, thematic breaks and setext underlines, fences, HTML, link
 * definitions, ordered items, a bullet without text or with a tab, a quote.
 */
const OTHER_BLOCK = /^(?:[ \t>]|[-=*_ \t]+$|`{3}|~{3}|<|\[(?:[^\]]*$|[^\]]*\]:)|\d{1,9}[.)](?:[ \t]|$)|[*+-](?:$|\t| {5}| +\t))/;

/**
 * The block tree of a text that holds only paragraphs, ATX headings and
 * bullet items of one paragraph each, read line by line; null for anything
 * else, which remark-parse reads. Most releases are of this kind: their
 * headings and paragraphs then cost no Markdown parse. The nodes and their
 * positions are the ones remark-parse gives (tests/markdown.test.ts checks
 * this against remark-parse over generated texts).
 */
export function simpleBlocks(text: string): MdContent[] | null {
  const out: MdContent[] = [];
  let para: { start: number; end: number; item: boolean } | null = null;
  const at = (offset: number) => ({ line: 0, column: 0, offset });
  const flush = () => {
    if (!para) return;
    const paragraph: MdContent = { type: 'paragraph', children: [], position: { start: at(para.start), end: at(para.end) } };
    out.push(para.item ? { type: 'list', ordered: false, spread: false, children: [{ type: 'listItem', spread: false, children: [paragraph] }] } : paragraph);
    para = null;
  };
  for (let s = 0; s <= text.length; ) {
    let e = text.indexOf('\n', s);
    if (e < 0) e = text.length;
    const t = text.slice(s, e);
    if (!t) flush();
    else if (ATX.test(t)) {
      flush();
      out.push({ type: 'heading', depth: /^#+/.exec(t)![0].length as 1, children: [], position: { start: at(s), end: at(e) } });
    } else if (OTHER_BLOCK.test(t)) return null;
    else {
      const bullet = BULLET.exec(t);
      if (bullet) {
        const content = t.slice(bullet[0].length);
        if (ATX.test(content) || OTHER_BLOCK.test(content) || BULLET.test(content)) return null;
        flush();
        para = { start: s + bullet[0].length, end: e, item: true };
      } else if (para) para.end = e;
      else para = { start: s, end: e, item: false };
    }
    s = e + 1;
  }
  flush();
  return out;
}

/** Pieces of about this many characters are parsed one by one: remark-parse is not linear on a whole large document. */
const PIECE = 200_000;

/** The text cut at blank lines into pieces of about PIECE characters (one piece for a release of usual size). */
function pieces(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  while (text.length - start > PIECE * 1.5) {
    const cut = text.indexOf('\n\n', start + PIECE);
    if (cut < 0) break;
    out.push({ start, end: cut + 2 });
    start = cut + 2;
  }
  out.push({ start, end: text.length });
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
  let out = replace(m, /!?\[([^\]\n]{0,500})\]\((?:[^()\s]|\([^()\s]{0,200}\)){0,2000}(?:\s+"[^"\n]{0,300}")?\)/g, (x) => ({ text: x[1], from: x[0].startsWith('!') ? 2 : 1 }));
  out = replace(out, /<(https?:\/\/[^>\s]+)>/g, (x) => ({ text: x[1], from: 1 }));
  out = replace(out, /(\*\*|__)(?=\S)([^\n]*?\S)\1/g, (x) => ({ text: x[2], from: x[1].length }));
  out = replace(out, /(^|[\s(])([*_])(?=\S)([^*_\n]*?\S)\2(?=[\s).,;:!?]|$)/g, (x) => ({ text: x[1] + x[3], from: 0 }));
  out = replace(out, /\\([\\`*_{}[\]()#+\-.!|>~"'])/g, (x) => ({ text: x[1], from: 1 }));
  out = replace(out, /`([^`\n]+)`/g, (x) => ({ text: x[1], from: 1 }));
  out = replace(out, / {2,}\n|\\\n/g, () => '\n');
  return stripTags(out);
}

function readYaml(value: string): Record<string, unknown> | null {
  try {
    const v: unknown = parseYaml(value, { schema: 'core', uniqueKeys: false });
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

useMarkdownSegmenter(segmentMarkdownWithRemark);
