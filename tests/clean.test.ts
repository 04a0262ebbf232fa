import { describe, expect, it } from 'vitest';
import { languages } from '../src/lang/index.js';
import { mapped } from '../src/mapped.js';
import { cleanLines } from '../src/stages/clean.js';
import { splitLines } from '../src/stages/lines.js';

const clean = (text: string, lang = languages.fr) => cleanLines(splitLines(mapped(text)), lang);

describe('cleanLines', () => {
  it('keeps one copy of a caption that stands twice', () => {
    const r = clean('Titre du communiqué de presse\n\nUn paragraphe de texte.\nLe ministre visite le chantier\nLe ministre visite le chantier\nSuite du texte.');
    expect(r.captions).toEqual(['Le ministre visite le chantier']);
    expect(r.removed).toEqual([{ text: 'Le ministre visite le chantier', rule: 'duplicate-caption', line: 5 }]);
    expect(r.fate[3]).toBe('caption');
  });
  it('takes out a pull quote that repeats a body quote', () => {
    const r = clean('Titre\n\n« Nous irons plus loin ensemble cette année. » - M. Dupont\n\nIl a dit : « Nous irons plus loin ensemble cette année. Et après aussi. »');
    expect(r.removed.map((x) => x.rule)).toEqual(['pull-quote']);
  });
  it('keeps the first copy of the headline and drops its repeats', () => {
    const r = clean('Le titre du communiqué\nLe titre du communiqué\n\nTexte du communiqué.', languages.fr);
    expect(r.removed).toEqual([{ text: 'Le titre du communiqué', rule: 'repeated-headline', line: 2 }]);
  });
  it('drops separators, share lines, link footers and footer images', () => {
    const r = clean('Title of it\n\nA paragraph that says what happened in a full sentence of text.\n/\nShare\n[Original/Source Press Release](https://x.y/z)\n![Blockchain Registration](https://cdn.x/qrcode/a.webp)', languages.en);
    expect(r.removed.map((x) => x.rule)).toEqual(['web-chrome', 'web-chrome', 'link-footer', 'footer-image']);
  });
  it('drops a page title that repeats the headline with the site name', () => {
    const r = clean('Man Charged With Fraud In County Case | County Attorney\nMan Charged With Fraud In County Case\n\nText.', languages.en);
    expect(r.removed.map((x) => x.rule)).toEqual(['page-title']);
  });
  it('lists front matter lines as removed and keeps them for the segmenter', () => {
    const r = clean('---\ntitle: X\nlayout: post\n---\nText.', languages.en);
    expect(r.fate.slice(0, 4)).toEqual(['frontmatter', 'frontmatter', 'frontmatter', 'frontmatter']);
    expect(r.removed.map((x) => x.text)).toEqual(['title: X', 'layout: post']);
  });
});
