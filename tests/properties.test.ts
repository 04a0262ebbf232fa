import { readFileSync } from 'node:fs';
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract, type Release } from '../src/index.js';
import { fixtures, schemaErrors } from './helpers.js';

// Properties of the core over random and mutated inputs (fast-check). The
// fuzz script (scripts/fuzz.mjs) runs the same core over 100,000 inputs with a
// time bound; these run a few hundred in the test suite.

const texts = fixtures().map((f) => readFileSync(f.input, 'utf8'));
const MARKS = ['«', '»', '“', '”', '„', '"', '‹', '›', '‚', '‘', '’', '« ', ' »', '\u00a0»', '# ', '> ', '- ', '**', '[', ']', '(', ')', '---', '\n', '\n\n', '\r\n', '\f', '\t', '\u200b', '&amp;', '&#x0;', '\ufeff', '😀', 'مرحبا', '这是'];

/** A fixture with random edits: marks put in, lines doubled, dropped or swapped. */
const mutated = fc
  .record({
    base: fc.constantFrom(...texts),
    edits: fc.array(
      fc.oneof(
        fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), what: fc.constantFrom(...MARKS) }),
        fc.record({ kind: fc.constant('double' as const), at: fc.nat() }),
        fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }),
        fc.record({ kind: fc.constant('swap' as const), at: fc.nat() }),
      ),
      { maxLength: 12 },
    ),
  })
  .map(({ base, edits }) => {
    let t = base;
    for (const e of edits) {
      const lines = t.split('\n');
      const i = lines.length ? e.at % lines.length : 0;
      if (e.kind === 'insert') {
        const at = t.length ? e.at % t.length : 0;
        t = t.slice(0, at) + e.what + t.slice(at);
      } else if (e.kind === 'double') t = [...lines.slice(0, i + 1), lines[i], ...lines.slice(i + 1)].join('\n');
      else if (e.kind === 'drop') t = [...lines.slice(0, i), ...lines.slice(i + 1)].join('\n');
      else if (i + 1 < lines.length) t = [...lines.slice(0, i), lines[i + 1], lines[i], ...lines.slice(i + 2)].join('\n');
    }
    return t;
  });

const anyText = fc.oneof(
  { weight: 3, arbitrary: mutated },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 400 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 400 }) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...MARKS, 'Jean Dupont', ' a déclaré ', ' said ', 'Paris, le 5 décembre 2019', 'word ', '. '), { maxLength: 200 }).map((xs) => xs.join('')) },
);

/** The words of a text as the core reads them: entities decoded, invisible characters off, NFC. */
const words = (s: string) =>
  (
    s
      .replace(/&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/g, (x, d, h, n) => {
        if (n) return decodeNamedCharacterReference(n) || x;
        const code = d ? Number.parseInt(d, 10) : Number.parseInt(h, 16);
        return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : ' ';
      })
      .replace(/[\u00ad\u200b\u200c\u200d\u2060\ufeff]/g, '')
      .normalize('NFC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).join(' ');

/** Every non-blank input line is in a header field, the body, a caption, or `removed` (or is a date line the header read). */
function unaccounted(input: string, r: Release): string[] {
  const removedLines = new Set(r.removed.map((x) => x.line));
  const seen = words([r.title, r.subtitle, r.dateline?.text, ...r.body, ...r.captions, ...r.removed.map((x) => x.text)].filter(Boolean).join('\n'));
  const bag = new Set(seen.split(' '));
  const out: string[] = [];
  input
    .replace(/\r\n?|[\f\v\u2028\u2029\u0085]/g, '\n')
    .split('\n')
    .forEach((raw, i) => {
      // Invisible characters are not text: normalisation takes them out, also from inside link markup.
      const line = raw.replace(/[\u00ad\u200b\u200c\u200d\u2060\ufeff]/g, '');
      // Markdown markup is not text: a link reads as its label (or stays whole in plain text).
      const w = words(line.replace(/\]\([^)]*\)/g, ']').replace(/<\/?[a-z][^>]*>/gi, ' '));
      if (!w || removedLines.has(i + 1) || seen.includes(w) || seen.includes(words(line))) return;
      // A link with text right after it reads as its label joined to that text ("[Release](url)more": "Releasemore").
      if (seen.includes(words(line.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')))) return;
      // A line split or joined differently (a form feed inside it, a title and its site name apart): every word is there.
      if (w.split(' ').every((x) => bag.has(x))) return;
      // A date line the header took ("5 décembre 2019", "2019-12-05T10:00:00Z"): only date words and numbers.
      if (r.date && /^[\p{L}\p{N}\s.,:/+\-–—()|*#_«»“”„"]*$/u.test(line) && /\d{4}/.test(line)) return;
      out.push(raw);
    });
  return out;
}

describe('properties of extract()', () => {
  it('never fails inside (no internal-error), and always gives a record that validates against the schema', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const r = extract(text);
        expect(r.warnings.filter((w) => w.rule === 'internal-error')).toEqual([]);
        expect(schemaErrors(r)).toBe('');
      }),
      { numRuns: 300 },
    );
  });

  it('points every quote at its text in the input', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const q of extract(text).quotes) {
          const first = words(q.text).split(' ').slice(0, 3).join(' ');
          expect(words(text.slice(q.start, q.end))).toContain(first);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('accounts for every non-blank input line', () => {
    fc.assert(
      fc.property(mutated, (text) => {
        expect(unaccounted(text, extract(text))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('accounts for every line of every fixture', () => {
    for (const [i, t] of texts.entries()) expect([fixtures()[i].name, unaccounted(t, extract(t))]).toEqual([fixtures()[i].name, []]);
  });
});
