import { languages, languageCodes } from '../lang/index.js';
import type { LanguageCode } from '../types.js';

const WORD = /(?<!\p{L})\p{L}{1,6}(?!\p{L})/gu;
const votes = new Map<string, LanguageCode[]>();
for (const code of languageCodes) for (const w of languages[code].stopwords) votes.set(w, [...(votes.get(w) ?? []), code]);

/**
 * The language of a text by a stopword vote over its first 8,000
 * characters: each frequent word votes for the languages that use it.
 * Short texts work: a dozen words decide. Ties go to English.
 */
export function detectLanguage(text: string): LanguageCode {
  const score: Record<LanguageCode, number> = { fr: 0, en: 0, es: 0, de: 0 };
  // Stopwords are short: only words of up to six letters are looked up, and a few hundred votes decide.
  const head = text.slice(0, 8000);
  let cast = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(head); m && cast < 300; m = WORD.exec(head)) {
    const v = votes.get(m[0].toLowerCase());
    if (!v) continue;
    cast++;
    for (const code of v) score[code] += 1 / v.length;
  }
  let best: LanguageCode = 'en';
  for (const code of languageCodes) if (score[code] > score[best]) best = code;
  return best;
}
