import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { fixturesDir } from './helpers.js';

// One fixture per release format, with the header fields, warnings and
// areas a careful reader gives it, written by hand (the golden files pin the
// whole output; this table says what each fixture is for).
interface Want {
  title: string | null;
  subtitle?: string | null;
  date: string | null;
  /** [city, region, country, countryCode], or null for no dateline. */
  dateline: [string, string | null, string | null, string | null] | null;
  warnings?: string[];
  areas?: string[];
  /** The first body paragraph starts so. */
  body?: string;
  /** Lines taken out, by rule. */
  removed?: string[];
}

const FORMATS: Record<string, Want> = {
  'en-prosecutor-page-menu.txt': {
    // A scraped prosecutor's page: the page title with the office's name, a menu, a breadcrumb, a weekday date.
    title: 'Man Sentenced for Stealing From Elderly Neighbors',
    date: '2025-03-06',
    dateline: ['Lakeview', 'OH', null, 'US'],
    body: '(Lakeview, OH) – A Lakeview man',
    removed: ['menu', 'web-chrome', 'page-title'],
  },
  'en-globenewswire-dateline.txt': { title: 'Coastline Bank names new chief risk officer', date: '2025-06-05', dateline: ['Cornelius', 'N.C.', null, 'US'] },
  'en-247pressrelease-dateline.md': { title: 'Harbor Music Festival announces its 2024 lineup', date: '2024-08-14', dateline: ['Seoul', null, 'KOREA', 'KR'], removed: ['link-footer'] },
  'en-newmediawire-dateline.md': { title: 'Greenway Robotics opens a research center in Hong Kong', date: '2025-09-15', dateline: ['Hong Kong', null, null, 'HK'], removed: ['footer-image'] },
  'en-mediaoutreach-dateline.md': { title: 'Lotus Airways adds a daily flight to Osaka', date: '2026-07-04', dateline: ['Hanoi', null, 'VIETNAM', 'VN'], removed: ['footer-image'] },
  'en-newsdirect-no-dateline.md': {
    // No dateline: null, and the first paragraph intact; the wire's tag line is chrome; the contact block stays.
    title: 'Clearwater Labs reports a 40 percent rise in quarterly revenue',
    date: null,
    dateline: null,
    body: 'Clearwater Labs, a maker of water-testing kits',
    removed: ['web-chrome'],
  },
  'es-front-matter-section-title.md': {
    // The release's own title field over the site section's ("Actualidad").
    title: 'La Universidad de Sevilla abre un centro de investigación marina',
    date: '2021-11-29',
    dateline: null,
    removed: ['front-matter'],
  },
  'fr-paris-le-date-source-line.txt': {
    title: 'Le ministère de la Culture lance un plan pour les bibliothèques rurales',
    date: '2015-11-18',
    dateline: ['Paris', null, null, null],
    removed: ['web-chrome'],
  },
  'de-date-forms-dash-line.txt': { title: 'Hochschule Kiel startet Studiengang Meerestechnik', date: '2024-04-11', dateline: ['Kiel', null, null, null], body: 'Die Fachhochschule Kiel' },
  'en-repeated-headline-subtitle.txt': {
    title: 'County opens three new cooling centers',
    subtitle: 'Centers will stay open until 10 p.m. during heat warnings',
    date: null,
    dateline: ['Phoenix', 'Ariz.', null, 'US'],
    removed: ['repeated-headline'],
  },
  'en-contact-before-headline.txt': {
    // A contact block before the headline is part of the release; the headline is the title.
    title: 'Riverton Library wins national award for its reading program',
    date: '2025-10-02',
    dateline: ['Riverton', 'Wyo.', null, 'US'],
    body: 'Contact: Jane Moore',
  },
  'en-bot-check-page.txt': { title: 'Pardon Our Interruption', date: null, dateline: null, warnings: ['not-a-release'] },
  'en-date-conflict.txt': {
    // The page's "Published" date and the release's "Date:" differ: the release's, with a warning.
    title: 'Woman Charged With Arson at Warehouse',
    date: '2022-05-22',
    dateline: ['Santa Ana', 'Calif.', null, 'US'],
    warnings: ['date-conflict'],
  },
  'en-dateline-markdown-link.md': { title: 'Sunbelt Outfitters opens its 50th store', date: '2025-08-08', dateline: ['Orlando', 'Fla.', null, 'US'] },
  'es-weekday-date-no-dateline.md': { title: 'Mexicali renueva su alumbrado público', date: '2020-12-15', dateline: null, body: 'El Ayuntamiento de Mexicali' },
  'es-place-state-semicolon-dateline.md': {
    // "Ciudad, Estado; Día fecha." under a blog's metadata: the place is the dateline, the state its region.
    title: 'Ensenada inaugura un nuevo muelle para la pesca artesanal',
    date: '2021-03-09',
    dateline: ['Ensenada', 'Baja California', null, 'MX'],
    body: 'El Ayuntamiento de Ensenada',
  },
  'fr-areas-joint-work.txt': {
    // "travailleront ensemble sur …" is a list of areas; the threats in the next paragraph are not.
    title: 'La France et le Maroc renforcent leur coopération universitaire',
    date: '2024-03-04',
    dateline: ['Rabat', null, null, null],
    areas: ['la formation des ingénieurs', 'la recherche sur l’eau', 'la mobilité des doctorants'],
  },
  'de-areas-framed-before-verb.txt': {
    title: 'Agroscope und die ETH Zürich bauen ihre Zusammenarbeit aus',
    date: '2025-05-12',
    dateline: ['Bern', null, null, null],
    areas: ['der Züchtung trockenheitsresistenter Weizensorten', 'der Überwachung von Bodenorganismen'],
  },
  'en-areas-mou-covers.txt': {
    // "The MoU covers …"; the charges listed afterwards are not areas.
    title: 'Port of Valencia and Port of Rotterdam sign a memorandum of understanding',
    date: '2025-03-03',
    dateline: ['Rotterdam', null, 'Netherlands', 'NL'],
    areas: ['green shipping corridors', 'digital port logistics', 'the training of port workers'],
  },
};

describe('release formats', () => {
  for (const [file, want] of Object.entries(FORMATS)) {
    it(file, () => {
      const r = extract(readFileSync(join(fixturesDir, file), 'utf8'));
      expect(r.title).toBe(want.title);
      if (want.subtitle !== undefined) expect(r.subtitle).toBe(want.subtitle);
      expect(r.date).toBe(want.date);
      expect(r.dateline ? [r.dateline.city, r.dateline.region, r.dateline.country, r.dateline.countryCode] : null).toEqual(want.dateline);
      expect(r.warnings.map((w) => w.rule)).toEqual(want.warnings ?? []);
      expect(r.cooperationAreas).toEqual(want.areas ?? []);
      if (want.body) expect(r.body[0].startsWith(want.body), r.body[0]).toBe(true);
      for (const rule of want.removed ?? []) expect(r.removed.map((x) => x.rule)).toContain(rule);
    });
  }
});
