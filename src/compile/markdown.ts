import type { Paragraph, Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { stringify as stringifyYaml } from 'yaml';
import type { Release } from '../types.js';

const text = (value: string) => ({ type: 'text' as const, value });
const heading = (depth: 1 | 2, value: string): RootContent => ({ type: 'heading', depth, children: [text(value)] });
const paragraph = (value: string): Paragraph => ({ type: 'paragraph', children: [text(value)] });
const list = (items: string[]): RootContent => ({
  type: 'list',
  ordered: false,
  spread: false,
  children: items.map((i) => ({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [text(i)] }] })),
});

/** The release as an mdast tree: YAML front matter, title, standfirst, speakers, quotes, areas, captions, body. */
export function toMdast(r: Release): Root {
  const meta: Record<string, unknown> = { title: r.title, date: r.date, language: r.language };
  if (r.dateline) meta.dateline = { city: r.dateline.city, region: r.dateline.region, country: r.dateline.country, countryCode: r.dateline.countryCode };
  if (r.source.path) meta.source = r.source.path;
  const children: RootContent[] = [{ type: 'yaml', value: stringifyYaml(meta, { lineWidth: 0 }).trimEnd() }];
  if (r.title) children.push(heading(1, r.title));
  if (r.subtitle) children.push({ type: 'paragraph', children: [{ type: 'emphasis', children: [text(r.subtitle)] }] });
  if (r.speakers.length) {
    children.push(heading(2, 'Speakers'));
    children.push({
      type: 'list',
      ordered: false,
      spread: false,
      children: r.speakers.map((s) => ({
        type: 'listItem',
        spread: false,
        children: [{ type: 'paragraph', children: [{ type: 'strong', children: [text(s.name)] }, ...(s.role ? [text(`, ${s.role}`)] : [])] }],
      })),
    });
  }
  if (r.quotes.length) {
    children.push(heading(2, 'Quotes'));
    for (const q of r.quotes) {
      children.push({
        type: 'blockquote',
        children: [paragraph(q.text), { type: 'paragraph', children: [text('— '), q.speaker ? { type: 'strong', children: [text(q.speaker)] } : { type: 'emphasis', children: [text('speaker unknown')] }] }],
      });
    }
  }
  if (r.cooperationAreas.length) children.push(heading(2, 'Cooperation areas'), list(r.cooperationAreas));
  if (r.captions.length) children.push(heading(2, 'Captions'), list(r.captions));
  if (r.body.length) {
    children.push(heading(2, 'Body'));
    for (const b of r.body) children.push(paragraph(b));
  }
  return { type: 'root', children };
}

const stringifier = unified().use(remarkStringify, { bullet: '-', emphasis: '_', rule: '-' }).use(remarkFrontmatter, ['yaml']).freeze();

/** The release as a Markdown document (remark-stringify over `toMdast`). */
export function toMarkdown(r: Release): string {
  return stringifier.stringify(toMdast(r));
}
