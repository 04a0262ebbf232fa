import { languages, languageCodes } from '../lang/index.js';
import type { LanguageCode } from '../types.js';

const votes = new Map<string, LanguageCode[]>();
for (const code of languageCodes) for (const w of languages[code].stopwords) votes.set(w, [...(votes.get(w) ?? []), code]);

const LETTER = /\p{L}/u;

/** A letter: ASCII by its code, the rest by the Unicode property (general punctuation and symbols are not). */
function isLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c | 32) >= 97 && (c | 32) <= 122;
  if (c < 0xc0 || c === 0xd7 || c === 0xf7 || (c >= 0x2000 && c <= 0x2bff)) return false;
  return LETTER.test(text[i]);
}

/**
 * The language of a text by a stopword vote over its first 8,000
 * characters: each frequent word votes for the languages that use it.
 * Short texts work: a dozen words decide. Ties go to English.
 */
export function detectLanguage(text: string): LanguageCode {
  const score: Record<LanguageCode, number> = { fr: 0, en: 0, es: 0, de: 0 };
  // Stopwords are short: only words of up to six letters are looked up, and a few hundred votes decide.
  // The words are read with a plain scan of the characters (a Unicode regex costs three times as much).
  const n = Math.min(text.length, 8000);
  let cast = 0;
  let start = -1;
  for (let i = 0; i <= n && cast < 300; i++) {
    if (i < n && isLetter(text, i)) {
      if (start < 0) start = i;
      continue;
    }
    if (start < 0) continue;
    if (i - start <= 6) {
      const w = text.slice(start, i);
      const v = votes.get(w) ?? votes.get(w.toLowerCase());
      if (v) {
        cast++;
        for (const code of v) score[code] += 1 / v.length;
      }
    }
    start = -1;
  }
  let best: LanguageCode = 'en';
  for (const code of languageCodes) if (score[code] > score[best]) best = code;
  return best;
}
