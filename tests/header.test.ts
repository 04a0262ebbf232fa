import { describe, expect, it } from 'vitest';
import { findDate, findDates, isDateLine } from '../src/stages/dates.js';
import { cityCase, countryCode, findDateline, placeLine } from '../src/stages/dateline.js';
import { detectLanguage } from '../src/stages/language.js';

describe('findDate', () => {
  const cases: [string, string, string | null][] = [
    ['5 décembre 2019', 'fr', '2019-12-05'],
    ['le 16 octobre 2025', 'fr', '2025-10-16'],
    ['1er mars 2020', 'fr', '2020-03-01'],
    ['Aug. 8, 2025', 'en', '2025-08-08'],
    ['September 15th, 2025', 'en', '2025-09-15'],
    ['4 July 2026', 'en', '2026-07-04'],
    ['29 de mayo de 2024', 'es', '2024-05-29'],
    ['Martes 15 de diciembre del 2020', 'es', '2020-12-15'],
    ['11. April 2024', 'de', '2024-04-11'],
    ['2021-11-29T14:20:20+01:00', 'es', '2021-11-29'],
    ['2012/09/21', 'fr', '2012-09-21'],
    ['10/3/2019', 'en', '2019-10-03'],
    ['05.12.2019', 'de', '2019-12-05'],
    ['31 février 2019', 'fr', null],
    ['no date here', 'en', null],
  ];
  for (const [text, lang, iso] of cases) it(`reads "${text}" as ${iso}`, () => expect(findDate(text, lang)?.iso ?? null).toBe(iso));
  it('takes a weekday before the date into its span', () => {
    expect(findDates('Martes 15 de diciembre del 2020', 'es')[0]).toMatchObject({ index: 0 });
  });
  it('tells a date line from a sentence with a date', () => {
    expect(isDateLine('Berne, le 2 juin 2014', 'fr')).toBe(true);
    expect(isDateLine('The court set the next hearing for January 16, 2026 in the morning session.', 'en')).toBe(false);
  });
});

describe('findDateline', () => {
  const cases: [string, string, Record<string, string | null> | null][] = [
    ['BRATISLAVA (Slovaquie) – Un événement de haut niveau', 'fr', { city: 'Bratislava', country: 'Slovaquie', countryCode: 'SK' }],
    ['ORLANDO, Fla., Aug. 8, 2025 /PRNewswire/ — Sonny’s BBQ said', 'en', { city: 'Orlando', region: 'Fla.', countryCode: 'US' }],
    ['HONG KONG - September 15, 2025 (NEWMEDIAWIRE) - Hong Kong’s healthcare', 'en', { city: 'Hong Kong', countryCode: 'HK' }],
    ['(Dallas, Texas) – Following a week of testimony', 'en', { city: 'Dallas', region: 'Texas', countryCode: 'US' }],
    ['Paris, le 18 novembre 2015 Le Conseil national', 'fr', { city: 'Paris' }],
    ['Freiburg – Die Stadtwerke fördern', 'de', { city: 'Freiburg' }],
    ['Un événement de haut niveau – sur la sécurité', 'fr', null],
    ['The company said on Monday that it would grow.', 'en', null],
  ];
  for (const [text, lang, want] of cases) {
    it(`reads the dateline of "${text.slice(0, 40)}"`, () => {
      const d = findDateline(text, lang);
      if (want === null) expect(d).toBeNull();
      else expect(d).toMatchObject(want);
    });
  }
  it('reads a place line alone', () => expect(placeLine('Berne')).toMatchObject({ city: 'Berne' }));
  it('gives country codes from names in four languages', () => {
    expect([countryCode('Slovaquie'), countryCode('Deutschland'), countryCode('México'), countryCode('United States'), countryCode('Atlantis')]).toEqual(['SK', 'DE', 'MX', 'US', null]);
  });
  it('puts capitals into normal case', () => expect(cityCase('WINSTON-SALEM')).toBe('Winston-Salem'));
});

describe('detectLanguage', () => {
  const cases: [string, string][] = [
    ['Le Conseil fédéral a adopté la stratégie pour les quatre prochaines années.', 'fr'],
    ['The company said that it will open its new office in the spring.', 'en'],
    ['La universidad firmó un convenio con el ayuntamiento para los estudiantes.', 'es'],
    ['Die Stadtwerke fördern ab Mai Solaranlagen auf den Dächern der Stadt.', 'de'],
  ];
  for (const [text, lang] of cases) it(`detects ${lang} in a short release`, () => expect(detectLanguage(text)).toBe(lang));
});
