import type { Root } from 'mdast';
import type { Plugin, Processor } from 'unified';
import { unified } from 'unified';
import type { VFile } from 'vfile';
import { languages } from './lang/index.js';
import { toSource, type Mapped } from './mapped.js';
import { findAreas } from './stages/areas.js';
import { cleanLines, type CleanResult } from './stages/clean.js';
import { Containers } from './stages/containers.js';
import { readHeader } from './stages/header.js';
import { detectLanguage } from './stages/language.js';
import { splitLines, type Line } from './stages/lines.js';
import { normalizeText } from './stages/normalize.js';
import { assessRelease } from './stages/assess.js';
import { findQuotes, headlineSpeaker, RULES } from './stages/quotes.js';
import { looksLikeMarkdown, segmentMarkdown, segmentPlain, type Block } from './stages/segment.js';
import { resolveSpeakers } from './stages/speakers.js';
import type { Dateline, ExtractOptions, LanguageCode, Quote, Removed, Speaker, Warning } from './types.js';

/** What the stages leave on `file.data` for the next ones and for the compilers. */
export interface ReleaseData {
  options: ExtractOptions;
  normalized: Mapped;
  lines: Line[];
  language: LanguageCode;
  clean: CleanResult;
  blocks: Block[];
  frontmatter: Record<string, unknown> | null;
  title: string | null;
  subtitle: string | null;
  date: string | null;
  dateline: Dateline | null;
  headerBlocks: Set<number>;
  body: Block[];
  quotes: Quote[];
  speakers: Speaker[];
  cooperationAreas: string[];
  captions: string[];
  removed: Removed[];
  warnings: Warning[];
}

declare module 'vfile' {
  interface DataMap {
    release: Partial<ReleaseData>;
  }
}

function data(file: VFile): Partial<ReleaseData> {
  file.data.release ??= {};
  return file.data.release;
}
function need<K extends keyof ReleaseData>(file: VFile, key: K): ReleaseData[K] {
  const v = data(file)[key];
  if (v === undefined) throw new Error(`stage order: ${String(key)} is not set yet`);
  return v as ReleaseData[K];
}

/** Parse: normalise the text (keeping the map to the input) and split it into lines. */
const parseRelease: Plugin<[ExtractOptions?], string, Root> = function (options = {}) {
  this.parser = (doc, file) => {
    const normalized = normalizeText(doc);
    const d = data(file);
    d.options = options;
    d.normalized = normalized;
    d.lines = splitLines(normalized);
    d.warnings = [];
    return { type: 'root', children: [] };
  };
};

/** Language: forced by the options or detected; every later stage reads its table. */
const language: Plugin<[], Root> = () => (_tree, file) => {
  const d = data(file);
  const forced = d.options?.language;
  d.language = forced && forced !== 'auto' ? forced : detectLanguage(need(file, 'normalized').text);
};

/** Clean: repeated lines, captions, pull quotes, chrome and footers. */
const clean: Plugin<[], Root> = () => (_tree, file) => {
  const d = data(file);
  d.clean = cleanLines(need(file, 'lines'), languages[need(file, 'language')]);
  d.captions = [...d.clean.captions];
  d.removed = [...d.clean.removed];
  d.warnings!.push(...d.clean.warnings);
};

/** Segment: blocks, from remark-parse for Markdown or from the plain-text segmenter; the tree is mdast. */
const segment: Plugin<[], Root> = () => (tree, file) => {
  const d = data(file);
  const lines = need(file, 'lines');
  const fate = need(file, 'clean').fate;
  const markdown = d.options?.markdown ?? looksLikeMarkdown(lines, fate);
  const s = markdown ? segmentMarkdown(lines, fate) : segmentPlain(lines, fate);
  d.blocks = s.blocks;
  d.frontmatter = s.frontmatter ?? d.clean!.metadata;
  for (const x of s.dropped) d.removed!.push({ text: x.text, rule: x.rule, line: x.line });
  tree.children = s.blocks.map((b) =>
    b.kind === 'heading'
      ? { type: 'heading', depth: Math.min(6, Math.max(1, b.depth)) as 1, children: [{ type: 'text', value: b.text.text }], data: { line: b.line } }
      : { type: 'paragraph', children: [{ type: 'text', value: b.text.text }], data: { line: b.line } },
  );
};

/** Header: title, subtitle, date, dateline; what is left is the body. */
const header: Plugin<[], Root> = () => (_tree, file) => {
  const d = data(file);
  const blocks = need(file, 'blocks');
  const h = readHeader(blocks, d.frontmatter ?? null, need(file, 'language'), need(file, 'lines'));
  Object.assign(d, { title: h.title, subtitle: h.subtitle, date: h.date, dateline: h.dateline, headerBlocks: h.used });
  d.warnings!.push(...h.warnings);
  d.removed!.push(...h.labels);
  d.body = blocks.filter((_, i) => !h.used.has(i));
};

/** Quotes and speakers: find the quotes in the body, attribute them, resolve the speakers. */
const quotes: Plugin<[], Root> = () => (_tree, file) => {
  const d = data(file);
  const body = need(file, 'body');
  const lang = languages[need(file, 'language')];
  const texts = body.map((b) => b.text.text);
  const raw = findQuotes(texts, lang);
  // A statement release: the headline names who speaks in the quotes nothing else attributes.
  const stated = headlineSpeaker(d.title ?? null, lang);
  if (stated) {
    for (const q of raw) {
      if (q.rule !== 'none') continue;
      q.mention = stated;
      q.rule = 'headline';
    }
  }
  const { speakers, names } = resolveSpeakers(raw, texts, lang, d.title ?? null);
  const seen = new Set<string>();
  const out: Quote[] = [];
  raw.forEach((q, i) => {
    const key = q.text.toLowerCase().replace(/\s+/g, ' ');
    if (seen.has(key)) return;
    seen.add(key);
    const first = q.pieces[0];
    const last = q.pieces[q.pieces.length - 1];
    // Block text maps straight to the input (lines are slices of the normalised text, which keeps the input map).
    const start = toSource(body[first.paragraph].text, first.start);
    const end = toSource(body[last.paragraph].text, Math.max(last.start, last.end - 1)) + 1;
    const speaker = names[i];
    out.push({
      text: q.text,
      speaker,
      cue: q.cue,
      paragraph: first.paragraph,
      start,
      end,
      attribution: { rule: speaker ? q.rule : 'none', confidence: speaker ? RULES[q.rule] : 0 },
    });
  });
  // A quote whose words stand inside a longer quote is the same quote again (a pull quote), unless
  // it carries an attribution of its own: then the longer one is a fuller statement quoted apart.
  d.quotes = withoutRepeats(out);
  d.speakers = speakers.filter((s) => d.quotes!.some((q) => q.speaker === s.name));
};

/** Assessment: a page that is not a release (a bot check, a sign-up form) still gives a record, with a warning. */
const assess: Plugin<[], Root> = () => (_tree, file) => {
  const d = data(file);
  const verdict = assessRelease(need(file, 'lines'), need(file, 'body').map((b) => b.text.text));
  if (verdict) d.warnings!.push(verdict);
};

/**
 * Quotes without those whose words stand inside a longer quote (a pull quote
 * repeating a body quote), unless they carry an attribution of their own.
 */
function withoutRepeats(quotes: Quote[]): Quote[] {
  const texts = new Containers(quotes.map((q) => q.text));
  return quotes.filter((q) => {
    if (!q.text) return true;
    return !texts.find(q.text).some((i) => {
      const o = quotes[i];
      return o !== q && o.text.length > q.text.length && !(q.cue && o.paragraph !== q.paragraph);
    });
  });
}

/** Cooperation areas: the items of a stated list. */
const areas: Plugin<[], Root> = () => (_tree, file) => {
  const d = data(file);
  d.cooperationAreas = findAreas(need(file, 'body').map((b) => ({ text: b.text.text, item: b.kind === 'item' })), languages[need(file, 'language')]);
};

/**
 * The processor. The order matters: the language picks the tables every later
 * stage reads; cleaning decides which lines are text before the segmenter
 * builds paragraphs from them; the header takes the title, date and dateline
 * off the head, so that quotes and areas read only the body; speakers are
 * resolved after all quotes are found, since a surname can name a person the
 * text introduced earlier.
 */
export function createProcessor(options: ExtractOptions = {}): Processor<Root, Root, Root, undefined, undefined> {
  return unified()
    .use(parseRelease, options)
    .use(language)
    .use(clean)
    .use(segment)
    .use(header)
    .use(quotes)
    .use(areas)
    .use(assess) as unknown as Processor<Root, Root, Root, undefined, undefined>;
}
