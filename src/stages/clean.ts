import type { LanguageTable } from '../lang/index.js';
import type { Removed, Warning } from '../types.js';
import { Containers } from './containers.js';
import { lineKey, wordCount, type Line } from './lines.js';

/** What the cleaner decided for each line. */
export type LineFate = 'keep' | 'blank' | 'frontmatter' | 'caption' | 'removed';

export interface CleanResult {
  fate: LineFate[];
  removed: Removed[];
  captions: string[];
  warnings: Warning[];
  /** A site's metadata header of "key: value" lines without YAML fences ("title: …", "date: …"). */
  metadata: Record<string, string> | null;
}

/** Chrome lines that look the same in any language. */
const UNIVERSAL_NOISE = [
  /^[/|\\\-–—_*=~•·.+#]{1,80}$/, // stray separators ("/", "* * *")
  /^source\s*:?\s+(?:https?:\/\/|www\.)\S+(?:,?\s.*)?$/i, // republication lines ("Source https://…, le 8 octobre 2020")
  /^(?:the post .{3,300} (?:first )?appeared (?:first )?on .{2,80}\.?)$/i,
  /^add .{2,60} as (?:a |your )?preferred (?:news )?source.*$/i,
  /^\S{2,20} on newsramp:? .*$/i,
  /^<!--.*-->$/,
  /^(?:https?:\/\/|www\.)\S+$/i, // a bare URL alone
  /^[^<>]{1,60}(?:\s+[>»›]\s+[^<>]{1,60}){2,}$/, // a breadcrumb ("Home > Newsroom > News Releases")
  /^--\s*[\p{L}\d .&'-]{2,40}?\s*--$/u, // a wire service's tag line ("--News Direct--")
];

/** A line made only of Markdown links, images and a few words around them: a link footer. */
// Labels and targets are bounded: a line of 100,000 "[" must not make each of them scan to the end.
const LINK = /!?\[[^\]\n]{0,500}\]\([^)\n]{0,2000}\)/g;
const IMAGE_LINE = /^!\[([^\]]{0,500})\]\(([^)]{0,2000})\)$/;
const FOOTER_IMAGE = /qr.?code|blockchain|registration|logo|icon|pixel|tracking|badge|banner|spacer|avatar/i;

/**
 * Decide, line by line, what is release text and what is not. Front matter
 * stays for the segmenter to read; repeated lines are kept once (a repeated
 * headline once, as the title; a caption that stands twice in a row goes to
 * `captions`; a pull quote that repeats a body quote goes away); web chrome
 * and link footers go to `removed`. When unsure, a line is kept.
 */
export function cleanLines(lines: readonly Line[], lang: LanguageTable): CleanResult {
  const fate: LineFate[] = lines.map((l) => (l.text.text === '' ? 'blank' : 'keep'));
  const removed: Removed[] = [];
  const captions: string[] = [];
  const warnings: Warning[] = [];
  const drop = (i: number, rule: string) => {
    fate[i] = 'removed';
    removed.push({ text: lines[i].text.text, rule, line: lines[i].no });
  };

  markFrontMatter(lines, fate, removed);
  const metadata = fate.includes('frontmatter') ? null : readMetadataHeader(lines, fate, removed);

  const noise = lang.noiseLines.map((p) => new RegExp(`^(?:${p})[.:!]?$`, 'iu'));
  const texts = lines.map((l) => l.text.text);
  const lastProse = findLastProse(texts, fate);

  for (let i = 0; i < lines.length; i++) {
    if (fate[i] !== 'keep') continue;
    const t = texts[i];
    if (t.length <= 160 && (UNIVERSAL_NOISE.some((re) => re.test(t)) || noise.some((re) => re.test(t)))) {
      drop(i, 'web-chrome');
      continue;
    }
    const image = IMAGE_LINE.exec(t);
    if (image) {
      const alt = image[1].trim();
      if (i < lastProse && wordCount(alt) >= 3 && !FOOTER_IMAGE.test(alt + ' ' + image[2])) {
        fate[i] = 'caption';
        pushOnce(captions, alt);
      } else drop(i, 'footer-image');
      continue;
    }
    if (isLinkLine(t)) {
      drop(i, i > lastProse ? 'link-footer' : 'link-line');
      continue;
    }
  }

  dropMenus(texts, fate, removed, drop);
  dedupe(texts, fate, captions, drop);
  dropPullQuotes(texts, fate, drop);
  dropPageTitles(texts, fate, drop);

  removed.sort((a, b) => a.line - b.line);
  return { fate, removed, captions, warnings, metadata };
}

function pushOnce(list: string[], s: string): void {
  if (!list.some((x) => lineKey(x) === lineKey(s))) list.push(s);
}

/** A YAML header ("---" … "---") at the very top: kept for the segmenter, listed as removed. */
function markFrontMatter(lines: readonly Line[], fate: LineFate[], removed: Removed[]): void {
  let first = 0;
  while (first < lines.length && fate[first] === 'blank') first++;
  if (first >= lines.length || lines[first].text.text !== '---') return;
  for (let j = first + 1; j < Math.min(lines.length, first + 200); j++) {
    const t = lines[j].text.text;
    if (t === '---' || t === '...') {
      for (let k = first; k <= j; k++) {
        if (fate[k] === 'blank') continue;
        fate[k] = 'frontmatter';
        if (k !== first && k !== j) removed.push({ text: lines[k].text.text, rule: 'front-matter', line: lines[k].no });
      }
      return;
    }
  }
}

const META_LINE = /^([A-Za-z_][\w-]{1,30}):[ \t]+(\S.*)$/;
const META_KEYS = /^(?:title|date|author|autor|layout|categories|category|tags|image|permalink|slug|description|lang|language|published|updated|source|type|id)$/i;

/**
 * "title: …", "date: …" lines at the very top without "---" fences (blog and
 * CMS exports): read as metadata, taken out of the text as front matter.
 */
function readMetadataHeader(lines: readonly Line[], fate: LineFate[], removed: Removed[]): Record<string, string> | null {
  let i = 0;
  while (i < lines.length && fate[i] === 'blank') i++;
  const out: Record<string, string> = {};
  const at: number[] = [];
  for (; i < lines.length && fate[i] !== 'blank'; i++) {
    const m = META_LINE.exec(lines[i].text.text);
    if (!m || !META_KEYS.test(m[1])) return null;
    out[m[1].toLowerCase()] = m[2].trim().replace(/^(["'])(.*)\1$/, '$2');
    at.push(i);
  }
  if (at.length < 2 || !('title' in out || 'date' in out)) return null;
  for (const k of at) {
    fate[k] = 'removed';
    removed.push({ text: lines[k].text.text, rule: 'front-matter', line: lines[k].no });
  }
  return out;
}

/** A menu item: a short line in capitals or title case, with no sentence in it. */
function isMenuItem(t: string): boolean {
  const w = t.split(/\s+/);
  if (w.length > 5 || t.length > 40 || /[.!?,;:]/.test(t) || /\d/.test(t)) return false;
  return w.every((x) => /^[\p{Lu}\d&|/»›>-]/u.test(x) || /^(?:of|and|the|for|to|a|de|des|du|la|le|et|y|und|für)$/i.test(x));
}

/**
 * A page's menu: three or more short lines in a row, above the first line of
 * prose, among which the chrome tables already knew one ("HOME", "GET HELP",
 * "REPORT A CRIME", "CONTACT US"): the rest of the run is menu too. Contact
 * blocks and lists further down are the release's.
 */
function dropMenus(texts: readonly string[], fate: LineFate[], removed: readonly Removed[], drop: (i: number, rule: string) => void): void {
  const chrome = new Set(removed.filter((r) => r.rule === 'web-chrome').map((r) => r.line));
  // A line the page repeats is its headline, not a menu item.
  let times: Map<string, number> | null = null;
  const once = (t: string) => {
    if (!times) {
      times = new Map();
      for (const x of texts) if (x) times.set(lineKey(x), (times.get(lineKey(x)) ?? 0) + 1);
    }
    return times.get(lineKey(t)) === 1;
  };
  let seen = 0;
  let run: number[] = [];
  let known = 0;
  const flush = () => {
    const kept = run.filter((i) => fate[i] === 'keep');
    if (known >= 2 && run.length >= 3 && kept.length) for (const i of kept) drop(i, 'menu');
    run = [];
    known = 0;
  };
  for (let i = 0; i < texts.length && seen < 40; i++) {
    if (fate[i] === 'blank') continue;
    if (fate[i] === 'keep' && wordCount(texts[i]) >= 12 && /[.!?:»”"]$/.test(texts[i])) break;
    seen++;
    const isChrome = fate[i] === 'removed' && chrome.has(i + 1);
    if (isChrome || (fate[i] === 'keep' && isMenuItem(texts[i]) && once(texts[i]))) {
      run.push(i);
      if (isChrome) known++;
    } else flush();
  }
  flush();
}

/** Index of the last line that reads as prose (a sentence of some length); footers come after it. */
function findLastProse(texts: readonly string[], fate: readonly LineFate[]): number {
  for (let i = texts.length - 1; i >= 0; i--) {
    if (fate[i] !== 'keep') continue;
    const t = texts[i].replace(LINK, ' ');
    if (wordCount(t) >= 8 && /[.!?»”"):]$/.test(t.trim())) return i;
  }
  return texts.length;
}

function isLinkLine(t: string): boolean {
  if (!t.includes('](')) return false;
  const rest = t.replace(LINK, ' ').trim();
  return wordCount(rest) <= 2 && rest.length <= 20;
}

/**
 * Lines that stand more than once. A run of the same line standing twice or
 * more in a row, short and without a final full stop, is a photo caption
 * (scraped pages print a caption under and over each photo); a line that
 * repeats the first line of the release is the headline again; any other
 * line that stands again later is a duplicate.
 */
function dedupe(
  texts: readonly string[],
  fate: LineFate[],
  captions: string[],
  drop: (i: number, rule: string) => void,
): void {
  const groups = new Map<string, number[]>();
  for (let i = 0; i < texts.length; i++) {
    if (fate[i] !== 'keep' || texts[i].length < 3) continue;
    const key = lineKey(texts[i]);
    const g = groups.get(key);
    if (g) g.push(i);
    else groups.set(key, [i]);
  }
  const firstContent = fate.findIndex((f) => f === 'keep');
  const headKey = firstContent >= 0 ? lineKey(texts[firstContent]) : '';
  for (const [key, idx] of groups) {
    if (idx.length < 2) continue;
    if (key === headKey) {
      for (const i of idx.slice(1)) drop(i, 'repeated-headline');
      continue;
    }
    const t = texts[idx[0]];
    const adjacent = idx.some((i, k) => k > 0 && nextContent(fate, idx[k - 1]) === i);
    const looksLikeCaption = adjacent && t.length <= 400 && wordCount(t) >= 3 && !/[.!?:]$/.test(t) && !startsWithQuote(t) && !/^\d{4}-\d{2}-\d{2}/.test(t);
    if (looksLikeCaption) {
      pushOnce(captions, t);
      fate[idx[0]] = 'caption';
      for (const i of idx.slice(1)) drop(i, 'duplicate-caption');
      continue;
    }
    if (t.length <= 20) continue; // short labels ("Contact:") may stand twice
    for (const i of idx.slice(1)) drop(i, 'duplicate-line');
  }
}

function nextContent(fate: readonly LineFate[], i: number): number {
  for (let j = i + 1; j < fate.length; j++) if (fate[j] !== 'blank') return j;
  return -1;
}

const OPEN_MARK = /^[-–—•*]?\s*[«“„"‹‚]/;
function startsWithQuote(t: string): boolean {
  return OPEN_MARK.test(t);
}

/** The quoted words of a line that opens with a quotation mark, if any. */
function leadingQuote(t: string): string | null {
  const m = /^[-–—•*]?\s*[«“„"‹‚]\s*([^«»“”„"‹›]{20,}?)\s*[»”“"›‘]/.exec(t);
  return m ? m[1].replace(/\s+/g, ' ') : null;
}

/**
 * A line that opens with a quote whose words stand inside another, longer
 * line is a pull quote: the body quote is kept, the repetition goes.
 */
function dropPullQuotes(texts: readonly string[], fate: LineFate[], drop: (i: number, rule: string) => void): void {
  const kept: number[] = [];
  let candidates = 0;
  for (let i = 0; i < texts.length; i++) {
    if (fate[i] !== 'keep') continue;
    kept.push(i);
    if (OPEN_MARK.test(texts[i])) candidates++;
  }
  if (!candidates) return; // no line opens with a quote: most releases
  // Every kept line, folded once: a quote is looked for where its words stand, not line by line.
  const lines = new Containers(kept.map((i) => {
    const t = texts[i];
    return (/\s\s|[^\S ]/.test(t) ? t.replace(/\s+/g, ' ') : t).toLowerCase();
  }));
  for (const i of kept) {
    const q = leadingQuote(texts[i]);
    if (!q || wordCount(q) < 5) continue;
    const rest = texts[i].length - q.length;
    if (rest > 200) continue; // a paragraph that goes on after its quote is not a pull quote
    const host = lines.find(q.toLowerCase()).some((k) => {
      const j = kept[k];
      return j !== i && fate[j] === 'keep' && texts[j].length > q.length + 2 && !(leadingQuote(texts[j]) === q && texts[j].length - q.length <= 200);
    });
    if (host) drop(i, 'pull-quote');
  }
}

/**
 * A web page's <title> line: another line's text followed by " | Site" or
 * " - Site". The headline stays; the page title goes.
 */
const SITE_SEPARATOR = /\s[|–—-]\s/;
const PAGE_TITLE = /^(.{20,}?)\s+[|–—-]\s+([^|]{2,80})$/;
function dropPageTitles(texts: readonly string[], fate: LineFate[], drop: (i: number, rule: string) => void): void {
  let kept: Map<string, number> | null = null;
  for (let i = 0; i < texts.length; i++) {
    if (fate[i] !== 'keep' || texts[i].length < 25 || !SITE_SEPARATOR.test(texts[i])) continue;
    const m = PAGE_TITLE.exec(texts[i]);
    if (!m) continue;
    if (!kept) {
      kept = new Map();
      for (let k = 0; k < texts.length; k++) if (fate[k] === 'keep' && texts[k].length >= 20) kept.set(lineKey(texts[k]), k);
    }
    const j = kept.get(lineKey(m[1]));
    if (j !== undefined && j !== i) drop(i, 'page-title');
  }
}
