// The library's core without its Node entry, which loads and registers every one of its 80 locales.
import countries from 'i18n-iso-countries/index.js';
import de from 'i18n-iso-countries/langs/de.json' with { type: 'json' };
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import es from 'i18n-iso-countries/langs/es.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import { languages } from '../lang/index.js';
import { countryAliases, regionCountry } from '../lang/places.js';
import type { Dateline } from '../types.js';
import { findDate } from './dates.js';

for (const locale of [en, fr, es, de]) countries.registerLocale(locale);

const countryCache = new Map<string, string | null>();

/** ISO 3166-1 alpha-2 code of a country name in English, French, Spanish or German, or null. */
export function countryCode(name: string): string | null {
  // The library normalises its whole table on each look-up: names already seen are answered from a cache (bounded).
  const known = countryCache.get(name);
  if (known !== undefined) return known;
  const code = lookUpCountry(name);
  if (countryCache.size >= 5000) countryCache.clear();
  countryCache.set(name, code);
  return code;
}

function lookUpCountry(name: string): string | null {
  const n = name.trim().replace(/\.$/, '');
  if (!n) return null;
  const alias = countryAliases[n.toLowerCase()];
  if (alias) return alias;
  if (/^[A-Z]{2}$/.test(n) && countries.isValid(n) && !regionCountry.has(n.toLowerCase())) return n;
  for (const lang of ['en', 'fr', 'es', 'de']) {
    const code = countries.getAlpha2Code(n, lang);
    if (code) return code;
  }
  return null;
}

/** "BRATISLAVA" to "Bratislava", "WINSTON-SALEM" to "Winston-Salem"; mixed case is kept. */
export function cityCase(s: string): string {
  const t = s.trim().replace(/\s+/g, ' ');
  if (t !== t.toUpperCase()) return t;
  return t.toLowerCase().replace(/(^|[\s\-'’.(])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
}

const WIRE_TAG = /\s*(?:\/\s*[^/\n]{2,40}?\s*\/|\((?:[A-Z][A-Za-z0-9&.' -]{1,40}?(?:WIRE|Wire|wire|NEWS|News|PRESS|Press|PR|CNW|Newswire|NewMediaWire|NEWMEDIAWIRE|EIN Presswire)[A-Za-z0-9&.' -]*?|[A-Z][A-Z .&-]{2,40})\))\s*/g;
// "CITY –", "CITY --", "CITY—", and the Mexican "Ciudad, Estado, fecha.- ".
const SEPARATOR = /\s+[–—-]{1,2}\s+|\s*[–—]\s*|\s+-\s*|(?<=\p{L}|\d)\.[–—-]\s*/u;

/**
 * The dateline at the head of a paragraph, or null: "BRATISLAVA (Slovaquie) –",
 * "ORLANDO, Fla., Aug. 8, 2025 /PRNewswire/ —", "HONG KONG - September 15, 2025 (NEWMEDIAWIRE) -",
 * "(Dallas, Texas) –", "Paris, le 18 novembre 2015".
 */
export function findDateline(paragraph: string, language: string): Dateline | null {
  const head = paragraph.slice(0, 220);
  // "(City, State) – …"
  const paren = /^\(([^()]{2,60})\)\s*[–—-]{1,2}\s*/.exec(head);
  if (paren) return fromParts(paren[0].trim(), paren[1].split(/\s*,\s*/));

  const sep = SEPARATOR.exec(head);
  const cut = sep ? sep.index : -1;
  if (cut > 0 && cut <= 160) {
    let prefix = head.slice(0, cut);
    const hadWire = WIRE_TAG.test(prefix);
    WIRE_TAG.lastIndex = 0;
    prefix = prefix.replace(WIRE_TAG, ' ');
    const date = findDate(prefix, language);
    let place = prefix;
    if (date) place = (prefix.slice(0, date.index) + ' ' + prefix.slice(date.index + date.length)).replace(/,?\s*(?:le|el|den|am)\s*$/i, '');
    place = place.replace(/[,\s]+$/, '').replace(/^[,\s]+/, '');
    const parts = splitPlace(place);
    if (parts.length && parts.length <= 4) {
      const first = parts[0];
      const upper = first === first.toUpperCase() && /\p{Lu}{2}/u.test(first);
      const placeLike = parts.every((p) => /^[\p{Lu}(][\p{L}.'’ -]*\)?$/u.test(p) && p.split(' ').length <= 4);
      const dashed = /^\s+[–—]\s+$/.test(sep![0]) && parts.length === 1 && first.split(' ').length <= 3;
      if (placeLike && (upper || hadWire || date || dashed || parts.slice(1).some((p) => placeCode(p)))) {
        return fromParts(paragraph.slice(0, sep!.index + sep![0].length).trim(), parts);
      }
    }
  }
  // "Tijuana, Baja California; Martes 22 de diciembre del 2020." (a place, its state, a semicolon, the date).
  const placed = /^([\p{Lu}][\p{L}'’ .-]{1,30}),\s*([\p{Lu}][\p{L}'’ .-]{1,30});\s*/u.exec(head);
  if (placed) {
    const rest = head.slice(placed[0].length, placed[0].length + 60);
    const date = findDate(rest, language);
    const before = date ? rest.slice(0, date.index).trim().toLowerCase().replace(/,$/, '') : '';
    if (date && (!before || isWeekday(before))) return fromParts(head.slice(0, placed[0].length + date.index + date.length).trim(), [placed[1], placed[2]]);
  }
  // "Paris, le 18 novembre 2015" at the head, without a dash.
  const comma = /^([\p{Lu}][\p{L}'’ -]{1,30}),\s*(?:le\s+|el\s+|den\s+)?/u.exec(head);
  if (comma && !isWeekday(comma[1])) {
    const date = findDate(head.slice(comma[0].length, comma[0].length + 40), language);
    if (date && date.index === 0) return fromParts(head.slice(0, comma[0].length + date.length).trim(), [comma[1]]);
  }
  return null;
}

const WEEKDAYS = new Set(Object.values(languages).flatMap((l) => l.weekdays));
function isWeekday(s: string): boolean {
  return WEEKDAYS.has(s.trim().toLowerCase());
}

/** A line that is only a place (Swiss federal releases put "Berne" under the date). */
export function placeLine(line: string): Dateline | null {
  const t = line.trim().replace(/[,.]$/, '');
  if (!/^[\p{Lu}][\p{L}'’-]+(?:[ -][\p{Lu}][\p{L}'’-]+){0,2}$/u.test(t) || t.length > 30) return null;
  return fromParts(line.trim(), [t]);
}

function splitPlace(place: string): string[] {
  const out: string[] = [];
  for (const part of place.split(/\s*,\s*/)) {
    const m = /^(.*?)\s*\(([^()]+)\)$/.exec(part);
    if (m) {
      if (m[1]) out.push(m[1]);
      out.push(...m[2].split(/\s*,\s*/));
    } else if (part) out.push(part);
  }
  return out.map((p) => p.trim()).filter(Boolean);
}

function placeCode(p: string): string | null {
  return countryCode(p) ?? regionCountry.get(p.toLowerCase().replace(/\./g, '')) ?? null;
}

function fromParts(text: string, parts: string[]): Dateline | null {
  const clean = parts.map((p) => p.trim()).filter(Boolean);
  if (!clean.length) return null;
  const city = cityCase(clean[0]);
  let region: string | null = null;
  let country: string | null = null;
  let code: string | null = null;
  for (const p of clean.slice(1)) {
    const c = countryCode(p);
    if (c && !country) {
      country = p;
      code = c;
      continue;
    }
    const r = regionCountry.get(p.toLowerCase().replace(/\./g, ''));
    if (!region) {
      region = p;
      if (r && !code) code = r;
    }
  }
  if (!code) code = countryCode(clean[0]);
  return { text, city, region, country, countryCode: code };
}
