import type { Dateline, Warning } from '../types.js';
import { findDate, isDateLine } from './dates.js';
import { findDateline, placeLine } from './dateline.js';
import { languages } from '../lang/index.js';
import { wordCount, type Line } from './lines.js';
import type { Block } from './segment.js';

/** What the head of a release gives, and which blocks it used up. */
export interface Header {
  title: string | null;
  subtitle: string | null;
  date: string | null;
  dateline: Dateline | null;
  /** Blocks that are header, not body. */
  used: Set<number>;
  warnings: Warning[];
  /** Labels the header took off a line it used ("For Immediate Release:" before a title). */
  labels: { text: string; rule: string; line: number }[];
}

const TITLE_KEYS = ['news_title', 'headline', 'title'];
/** A page's publication stamp, as opposed to the release's own date. */
const PAGE_DATE = /^(?:\s*)(?:published|posted|updated|last updated|publié|publiée|mis à jour|publicado|actualizado|veröffentlicht|aktualisiert)\b/iu;

/** The nearest non-blank input line above input line `no` (a label the cleaner may have taken out). */
function labelBefore(lines: readonly Line[], no: number): string {
  for (let i = no - 2; i >= 0 && i >= no - 4; i--) if (lines[i]?.text.text) return lines[i].text.text;
  return '';
}
const DATE_KEYS = ['date', 'news_date', 'published', 'pubDate', 'datePublished', 'created'];
const FOR_RELEASE = /^(?:for immediate release|pour diffusion immédiate|para publicación inmediata|zur sofortigen veröffentlichung|communiqué de presse|press release|news release|comunicado de prensa|pressemitteilung|medienmitteilung)\s*[:\-–—]\s*(.+)$/iu;
const CONTACT = /@|\b(?:contact|tel|phone|fax|email|e-mail|téléphone|teléfono)\b|\(\s*office\s*\)|^\+?[\d\s().-]{7,}$/iu;

function str(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (v instanceof Date) return v.toISOString();
  return null;
}

/**
 * Find the title, subtitle, date and dateline at the head of the release.
 * Title: a front matter field (the release's own over a generic section name),
 * a heading, "For Immediate Release: X", or the first short paragraph.
 * Date: the front matter's, a date line in the head, or the dateline's.
 */
export function readHeader(blocks: readonly Block[], frontmatter: Record<string, unknown> | null, language: string, lines: readonly Line[] = []): Header {
  const used = new Set<number>();
  const warnings: Warning[] = [];
  const labels: Header['labels'] = [];
  let title: string | null = null;
  let date: string | null = null;
  const texts = blocks.map((b) => b.text.text);

  if (frontmatter) {
    const titles = TITLE_KEYS.map((k) => str(frontmatter[k])).filter((x): x is string => !!x);
    title = titles.find((t) => wordCount(t) >= 3) ?? titles[0] ?? null;
    for (const k of DATE_KEYS) {
      const v = str(frontmatter[k]);
      const d = v ? findDate(v.replace(/\//g, '-'), language) ?? findDate(v, language) : null;
      if (d) {
        date = d.iso;
        break;
      }
    }
  }

  // The head: blocks before the first paragraph of prose.
  // A long headline is not prose: prose ends a sentence, or runs on.
  const firstProse = blocks.findIndex((b, i) => b.kind === 'paragraph' && wordCount(texts[i]) >= 25 && (/[.!?:;…»”"')]\s*$/.test(texts[i]) || wordCount(texts[i]) >= 60));
  const headEnd = firstProse < 0 ? Math.min(blocks.length, 6) : firstProse;

  let titleAt = -1;
  if (title) {
    // The same title repeated as a heading or a line is not body.
    const key = fold(title);
    const dup = blocks.findIndex((b, i) => i <= headEnd && fold(texts[i]) === key);
    if (dup >= 0) used.add(dup);
    titleAt = dup;
  } else {
    const heading = blocks.findIndex((b, i) => b.kind === 'heading' && i <= headEnd);
    const forRelease = blocks.findIndex((b, i) => i <= Math.max(headEnd, 8) && FOR_RELEASE.test(texts[i]) && wordCount(FOR_RELEASE.exec(texts[i])![1]) >= 3);
    if (forRelease >= 0 && (heading < 0 || forRelease < heading)) {
      titleAt = forRelease;
      const m = FOR_RELEASE.exec(texts[forRelease])!;
      title = m[1].trim();
      labels.push({ text: texts[forRelease].slice(0, m[0].length - m[1].length).trim(), rule: 'release-label', line: blocks[forRelease].line });
    } else if (heading >= 0) {
      titleAt = heading;
      title = texts[heading];
    } else if (texts.length > 1 && texts[0].length <= 600 && !/[.!?]$/.test(texts[0].replace(/\s*\d{4}\.$/, '')) && isDateLine(texts[1], language) && !isDateLine(texts[0], language)) {
      // A long headline (a joint communiqué's) with the date on the next line.
      titleAt = 0;
      title = texts[0];
    } else {
      titleAt = blocks.findIndex((b, i) => i <= headEnd && isTitleLike(texts[i], language));
      if (titleAt >= 0) title = texts[titleAt];
    }
    if (titleAt >= 0) used.add(titleAt);
  }

  let datelineFromHead: Dateline | null = null;
  const dateLines = new Set<number>();
  // Date lines in the head. A page's own date ("Published", "Mis à jour") gives way to the release's ("Date:", under "For Immediate Release").
  const fromMeta = date;
  let pageDate: { iso: string; line: number } | null = null;
  let releaseDate: { iso: string; line: number } | null = null;
  for (let i = 0; i < blocks.length && i <= headEnd + 1; i++) {
    if (used.has(i)) continue;
    if (isDateLine(texts[i], language)) {
      const iso = findDate(texts[i], language)!.iso;
      const label = `${labelBefore(lines, blocks[i].line)} ${texts[i]}`;
      if (PAGE_DATE.test(label) && !/^\s*(?:date|fecha|datum)\s*:/i.test(texts[i])) pageDate ??= { iso, line: blocks[i].line };
      else releaseDate ??= { iso, line: blocks[i].line };
      used.add(i);
      dateLines.add(i);
      labels.push({ text: texts[i], rule: 'date-line', line: blocks[i].line });
      // "Berne, le 16 octobre 2025": the place is the dateline.
      const d = findDateline(texts[i], language);
      if (d && !datelineFromHead) datelineFromHead = d;
    }
  }

  if (!fromMeta) date = releaseDate?.iso ?? pageDate?.iso ?? null;
  if (!fromMeta && releaseDate && pageDate && releaseDate.iso !== pageDate.iso) {
    warnings.push({ rule: 'date-conflict', message: `the page is dated ${pageDate.iso} and the release ${releaseDate.iso}; took the release's date`, line: releaseDate.line });
  }

  // Dateline: a place line in the head (Swiss releases) or the head of the first body paragraph.
  let dateline: Dateline | null = datelineFromHead;
  for (let i = 0; !dateline && i < blocks.length && i < headEnd + 2; i++) {
    if (used.has(i) || blocks[i].kind === 'heading') continue;
    const d = findDateline(texts[i], language);
    if (d) {
      dateline = d;
      if (!date) date = findDate(d.text, language)?.iso ?? null;
      if (d.text.length >= texts[i].trim().length - 1) used.add(i);
      break;
    }
    if (i < headEnd && wordCount(texts[i]) <= 2 && i > 0 && (dateLines.has(i - 1) || dateLines.has(i + 1))) {
      const pl = placeLine(texts[i]);
      if (pl) {
        dateline = pl;
        used.add(i);
        break;
      }
    }
  }
  if (!date) {
    for (let i = 0; i < Math.min(blocks.length, headEnd + 1, 8); i++) {
      const d = findDate(texts[i].slice(0, 200), language);
      if (d && !CONTACT.test(texts[i].slice(0, d.index))) {
        date = d.iso;
        break;
      }
    }
  }

  // Subtitle: a short paragraph right after the title (and date lines), before the body starts.
  let subtitle: string | null = null;
  if (titleAt >= 0) {
    let i = titleAt + 1;
    while (i < blocks.length && used.has(i)) i++;
    const t = texts[i];
    const next = texts[i + 1] ?? '';
    const short = t ? t.length <= 160 && wordCount(t) <= 25 : false;
    const nextIsDateline = !!findDateline(next, language);
    const bodyFollows = nextIsDateline || wordCount(next) >= 25;
    if (t && i < blocks.length - 1 && blocks[i].kind !== 'item' && wordCount(t) >= 3 && short && !/:$/.test(t) && !findDateline(t, language) && !CONTACT.test(t) && i <= headEnd && (blocks[i].kind === 'heading' || (!/[.!?]$/.test(t) && bodyFollows) || (i + 1 === headEnd && nextIsDateline && i > titleAt + 1))) {
      subtitle = t;
      used.add(i);
    }
  }
  const bare = title && withoutSiteName(title);
  if (bare && title && bare !== title) labels.push({ text: title.slice(bare.length).trim(), rule: 'site-name', line: titleAt >= 0 ? blocks[titleAt].line : 1 });
  return { title: bare, subtitle, date, dateline, used, warnings, labels };
}

const ORG_NOUNS = new Set(Object.values(languages).flatMap((l) => l.orgNouns));

/**
 * A page title's site name off ("… Including Children - The Brooklyn District
 * Attorney's Office", "… | Ministère des Armées"): a short tail after " - " or
 * " | " that names an organisation.
 */
export function withoutSiteName(title: string): string {
  const m = /^(.{20,}?)\s+(?:[-–—|]|::)\s+([^-–—|]{3,80})$/u.exec(title);
  if (!m) return title;
  const site = m[2].trim();
  const words = site.split(/\s+/);
  if (words.length > 8 || wordCount(m[1]) < 4) return title;
  // An office's name: it ends on an organisation noun ("… Attorney's Office") or opens on one before "of/des/für" ("Ministère des Armées").
  const noun = (w: string) => ORG_NOUNS.has(w.toLowerCase().replace(/[’']s$/u, ''));
  const small = /^(?:of|for|the|and|&|de|des|du|la|le|et|del|los|las|y|für|der|die|das|und)$/i;
  const capitalised = words.every((w) => /^[\p{Lu}&]/u.test(w) || small.test(w));
  const office = capitalised && !/\d/.test(site) && (noun(words.at(-1)!) || (noun(words[0]) && small.test(words[1] ?? '')));
  return office || /^(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:com|org|gov|net|fr|de|es|ch)$/i.test(site) ? m[1] : title;
}

function fold(s: string): string {
  return s.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function isTitleLike(t: string, language: string): boolean {
  const w = wordCount(t);
  if (w < 3 || t.length > 300) return false;
  if (isDateLine(t, language) || CONTACT.test(t)) return false;
  return true;
}
