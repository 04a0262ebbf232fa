import { languages, languageCodes } from '../lang/index.js';
import type { LanguageCode } from '../types.js';

const votes = new Map<string, LanguageCode[]>();
for (const code of languageCodes) for (const w of languages[code].stopwords) votes.set(w, [...(votes.get(w) ?? []), code]);

/**
 * The language of a text by a stopword vote over its first 8,000
 * characters: each frequent word votes for the languages that use it.
 * Short texts work: a dozen words decide. Ties go to English.
 */
export function detectLanguage(text: string): LanguageCode {
  const score: Record<LanguageCode, number> = { fr: 0, en: 0, es: 0, de: 0 };
  const words = text.slice(0, 8000).toLowerCase().match(/\p{L}+/gu) ?? [];
  for (const w of words) {
    const v = votes.get(w);
    if (v) for (const code of v) score[code] += 1 / v.length;
  }
  let best: LanguageCode = 'en';
  for (const code of languageCodes) if (score[code] > score[best]) best = code;
  return best;
}
