import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { devCorpus, hasCorpus, schemaErrors } from './helpers.js';

// The shared corpus of real releases, where it is (a user's clone has none).
const files = hasCorpus ? readdirSync(devCorpus).filter((f) => f.endsWith('.txt')).sort() : [];

describe.skipIf(!hasCorpus)('real releases of ../shared/corpus/dev', () => {
  for (const f of files) {
    it(`gives a valid record for ${f}, with quote offsets that point at the quotes`, () => {
      const text = readFileSync(join(devCorpus, f), 'utf8');
      const r = extract(text);
      expect(schemaErrors(r)).toBe('');
      const squash = (s: string) => s.normalize('NFC').replace(/[\s«»“”„"]+/g, ' ').trim();
      for (const q of r.quotes) {
        const first = squash(q.text).split(' ')[0];
        expect(squash(text.slice(q.start, q.end)).startsWith(first)).toBe(true);
      }
      const body = r.body.map((b) => b.toLowerCase());
      expect(new Set(body.filter((b) => b.length > 20)).size).toBe(body.filter((b) => b.length > 20).length);
    });
  }
});
