import type { LanguageTable } from '../lang/index.js';
import { languages } from '../lang/index.js';

/** A date found in text, as YYYY-MM-DD, with where it stands. */
export interface FoundDate {
  iso: string;
  index: number;
  length: number;
}

const monthIndex = new Map<string, number>();
for (const t of Object.values(languages) as LanguageTable[]) for (const [name, n] of Object.entries(t.months)) monthIndex.set(name, n);
const monthAlt = [...monthIndex.keys()].sort((a, b) => b.length - a.length).join('|');
const weekdayAlt = (Object.values(languages) as LanguageTable[]).flatMap((t) => t.weekdays).sort((a, b) => b.length - a.length).join('|');

// Forms, in the order they are tried at each place: ISO; "5 décembre 2019", "29 de mayo de 2024", "11. April 2024", "1er mars 2020";
// "Aug. 8, 2025", "September 15th, 2025"; "05.12.2019", "5/12/2019"; "2012/09/21".
const DATE = new RegExp(
  [
    String.raw`\b(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\b`,
    String.raw`\b(\d{1,2})(?:er|st|nd|rd|th|º|°|\.)?(?:\s+|\s*de\s+)(${monthAlt})\.?,?(?:\s+|\s*de(?:l)?\s+)(\d{4})\b`,
    String.raw`\b(${monthAlt})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`,
    String.raw`\b(\d{1,2})([./])(\d{1,2})\11(\d{4})\b`,
    String.raw`\b(\d{4})/(\d{1,2})/(\d{1,2})\b`,
  ].join('|'),
  'giu',
);

const FOUR_DIGITS = /\d{4}/;

const WEEKDAY_BEFORE = new RegExp(`(?:${weekdayAlt})\\.?,?\\s*(?:le\\s+|el\\s+|den\\s+)?$`, 'iu');

function valid(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * Every date in `text`, in order. Numeric dates are read day first, except
 * in English, where "10/3/2019" is 3 October.
 */
export function findDates(text: string, language: string): FoundDate[] {
  const out: FoundDate[] = [];
  // Every form has a four-digit year: most lines have none, and the long pattern is not tried on them.
  if (!FOUR_DIGITS.test(text)) return out;
  DATE.lastIndex = 0;
  for (let x = DATE.exec(text); x; x = DATE.exec(text)) {
    let iso: string | null = null;
    if (x[1]) iso = valid(+x[1], +x[2], +x[3]);
    else if (x[4]) iso = valid(+x[6], monthIndex.get(x[5].toLowerCase()) ?? 0, +x[4]);
    else if (x[7]) iso = valid(+x[9], monthIndex.get(x[7].toLowerCase()) ?? 0, +x[8]);
    else if (x[10]) {
      const a = +x[10];
      const b = +x[12];
      iso = language === 'en' && x[11] === '/' ? valid(+x[13], a, b) ?? valid(+x[13], b, a) : valid(+x[13], b, a);
    } else if (x[14]) iso = valid(+x[14], +x[15], +x[16]);
    if (!iso) continue;
    // Take a weekday before the date in ("Martes 15 de diciembre del 2020").
    const before = WEEKDAY_BEFORE.exec(text.slice(Math.max(0, x.index - 16), x.index));
    const index = before ? x.index - before[0].length : x.index;
    out.push({ iso, index, length: x.index + x[0].length - index });
  }
  return out;
}

/** The first date in `text`, or null. */
export function findDate(text: string, language: string): FoundDate | null {
  return findDates(text, language)[0] ?? null;
}

/** True when `text` is a date and little else ("5 décembre 2019", "Berne, le 2 juin 2014"). */
export function isDateLine(text: string, language: string): boolean {
  const d = findDate(text, language);
  if (!d) return false;
  const rest = (text.slice(0, d.index) + ' ' + text.slice(d.index + d.length)).replace(/[\s,.\-–—:|/()]+/g, ' ').trim();
  return rest.split(' ').filter(Boolean).length <= 4 && rest.length <= 40;
}
