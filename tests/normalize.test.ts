import { describe, expect, it } from 'vitest';
import { join, mapped, replace, slice, toSource } from '../src/mapped.js';
import { normalizeText } from '../src/stages/normalize.js';

describe('normalizeText', () => {
  it('turns CRLF, CR and form feeds into LF and drops the BOM', () => {
    expect(normalizeText('\ufeffa\r\nb\rc\fd').text).toBe('a\nb\nc\nd');
  });
  it('decodes HTML entities', () => {
    expect(normalizeText('R&amp;D &eacute;t&#233; &#x2019; &bogus;').text).toBe('R&D été ’ &bogus;');
  });
  it('makes lines of non-breaking spaces blank', () => {
    expect(normalizeText('a\n\u00a0 \nb').text).toBe('a\n\nb');
  });
  it('composes to NFC', () => {
    expect(normalizeText('de\u0301cembre').text).toBe('décembre');
  });
  it('keeps a map back to the input across every rewrite', () => {
    const input = '\ufeffA &amp; B\r\nde\u0301cembre « citation »';
    const n = normalizeText(input);
    const at = n.text.indexOf('citation');
    expect(input.slice(toSource(n, at), toSource(n, at) + 8)).toBe('citation');
    const b = n.text.indexOf('B');
    expect(input[toSource(n, b)]).toBe('B');
  });
});

describe('mapped text', () => {
  it('joins pieces and still maps each character to its source', () => {
    const src = 'first line\nsecond line';
    const j = join([slice(mapped(src), 0, 10), slice(mapped(src), 11)], ' ');
    expect(j.text).toBe('first line second line');
    expect(src[toSource(j, j.text.indexOf('second'))]).toBe('s');
    expect(toSource(j, j.text.indexOf('second'))).toBe(11);
  });
  it('replaces with a global regex and keeps the map', () => {
    const r = replace(mapped('see [the site](http://x.y) now'), /\[([^\]]*)\]\([^)]*\)/g, (x) => ({ text: x[1], from: 1 }));
    expect(r.text).toBe('see the site now');
    expect(toSource(r, r.text.indexOf('now'))).toBe('see [the site](http://x.y) '.length);
    expect(toSource(r, r.text.indexOf('site'))).toBe(9);
  });
});
