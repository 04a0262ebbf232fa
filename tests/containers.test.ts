import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Containers } from '../src/stages/containers.js';

// The look-up behind pull quotes and repeated quotes: the same answers as a
// plain search of every text, whether the list is small (searched whole) or
// large (through the word index).

const brute = (texts: readonly string[], needle: string) => texts.flatMap((t, i) => (needle && t.includes(needle) ? [i] : []));
const WORDS = ['accord', 'signé', 'nous', 'avons', 'la', 'de', 'citation', 'phrase', '12', '123', 'é', 'a'];
const text = fc.array(fc.constantFrom(...WORDS, ' ', ', ', '« ', ' »'), { maxLength: 12 }).map((p) => p.join(''));

describe('Containers', () => {
  it('finds the texts that hold a string, as a plain search does, in small and large lists', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 200 }), fc.nat(), fc.nat(), fc.nat(), (texts, k, a, b) => {
        // Needles cut from the texts at any place, mid-word as well.
        const t = texts[k % texts.length];
        const [from, to] = [a % (t.length + 1), b % (t.length + 1)].sort((x, y) => x - y);
        const needle = t.slice(from, to);
        // Padding makes the list large enough for the index (over 64 texts, 20,000 characters).
        const padded = [...texts, ...Array.from({ length: 100 }, (_, i) => `remplissage ${i} `.repeat(20))];
        expect(new Containers(texts).find(needle)).toEqual(brute(texts, needle));
        expect(new Containers(padded).find(needle)).toEqual(brute(padded, needle));
      }),
      { numRuns: 500 },
    );
  });

  it('a look-up in 20,000 texts goes to the few that hold the rarest inner word', () => {
    const texts = Array.from({ length: 20_000 }, (_, i) => `« phrase ${i} de la citation », a dit m. dupont.`);
    const lines = new Containers(texts);
    expect(lines.find('phrase 12345 de la')).toEqual([12345]);
    expect(lines.find('phrase 1 de la citation')).toEqual([1]);
    expect(lines.find('absent de la phrase')).toEqual([]);
  });
});
