import fc from 'fast-check';
import type { RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { remarkBlocks, simpleBlocks } from '../src/stages/markdown.js';

// Most Markdown releases hold only paragraphs, ATX headings and one-line
// bullet items; the segmenter reads those line by line and leaves the rest to
// remark-parse. These tests hold the line reader to remark-parse's own tree.

/** The blocks as the segmenter reads them: kind, where they start and end, heading depth. */
function flat(nodes: readonly RootContent[]): string[] {
  const out: string[] = [];
  const walk = (n: RootContent, item: boolean): void => {
    if (n.type === 'list') for (const i of n.children) for (const c of i.children) walk(c, true);
    else if (n.type === 'blockquote') for (const c of n.children) walk(c, item);
    else out.push(`${item ? 'item' : n.type}${n.type === 'heading' ? n.depth : ''} ${n.position?.start.offset}-${n.position?.end.offset}`);
  };
  for (const n of nodes) walk(n, false);
  return out;
}

// Lines of every kind the line reader must read as remark-parse does, or leave to it.
const LINES = [
  '', '', '', 'Plain words in a line.', 'Another line, with a comma', '**Media contact** text', '*emphasis* at the start', '_under_ score',
  '# Title', '## Sub ##', '###### Six', '####### Seven', '#hashtag', '#', 'Text # not a heading',
  '* item one', '+ item two', '- item three', '*    four spaces', '*     five spaces', '*\ttab', '- \u00a0no-break space', '*', '-',
  '* # heading in an item', '* - nested', '* 1. ordered inside', '-30-', '+1 555 0100', '--', '---', '***', '* * *', '_ _ _', '===', '=== not a rule',
  '1. first', '2) second', '2024. A year', '[label]: http://example.org', '[Link](http://example.org) text', '[unclosed', '<div>', '<b>bold</b> text',
  '```', '~~~', '`code` text', '> a quote', '|a|b|', '\\- escaped', '\u00a0leading no-break space', ' indented', '\tindented',
];

const text = fc.array(fc.oneof(fc.constantFrom(...LINES), fc.string({ maxLength: 12 })), { maxLength: 14 }).map((ls) => ls.join('\n'));

describe('the line-by-line Markdown reader', () => {
  it('gives remark-parse’s blocks and positions wherever it answers', () => {
    let answered = 0;
    fc.assert(
      fc.property(text, (t) => {
        const simple = simpleBlocks(t);
        if (!simple) return;
        answered++;
        expect(flat(simple)).toEqual(flat(remarkBlocks(t)));
      }),
      { numRuns: 3000 },
    );
    // The property is not vacuous: a good share of the generated texts are of the simple kind.
    expect(answered).toBeGreaterThan(300);
  });

  it('answers for headings, paragraphs and bullet items, and leaves the rest to remark-parse', () => {
    expect(flat(simpleBlocks('# Title\n\nFirst line\nsecond line\n* item\nlazy line\n\nAfter')!)).toEqual(['heading1 0-7', 'paragraph 9-31', 'item 34-48', 'paragraph 50-55']);
    for (const t of ['Title\n---', '1. first', '```\ncode\n```', '<div>', '[a]: http://example.org', '---\ntitle: x\n---', '* * *', '*\ttab']) expect(simpleBlocks(t)).toBeNull();
  });
});
