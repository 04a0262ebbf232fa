import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract, toMarkdown, type Release } from '../src/index.js';
import { fixtures, schemaErrors } from './helpers.js';

// Golden files: fixtures/NAME.txt (or .md) beside NAME.expected.json, and
// NAME.expected.md where the Markdown output is pinned too. UPDATE_GOLDEN=1
// rewrites them; read the diff before committing it.
const update = process.env.UPDATE_GOLDEN === '1';

function run(input: string): Release {
  const r = extract(readFileSync(input, 'utf8'));
  r.source.bytes = 0; // the golden files pin the extraction, not the byte count of a checkout
  return r;
}

describe('golden fixtures', () => {
  for (const { name, input } of fixtures()) {
    it(`gives the expected release for ${name}`, () => {
      const got = run(input);
      expect(schemaErrors(got)).toBe('');
      const jsonPath = input.replace(/\.(txt|md)$/, '.expected.json');
      if (update || !existsSync(jsonPath)) writeFileSync(jsonPath, `${JSON.stringify(got, null, 2)}\n`);
      expect(got).toEqual(JSON.parse(readFileSync(jsonPath, 'utf8')));
      const mdPath = input.replace(/\.(txt|md)$/, '.expected.md');
      if (existsSync(mdPath) || (update && name === 'interpol-osce-bratislava')) {
        if (update) writeFileSync(mdPath, toMarkdown(got));
        expect(toMarkdown(got)).toBe(readFileSync(mdPath, 'utf8'));
      }
    });
  }
});

describe('the seed release (INTERPOL and OSCE in Bratislava)', () => {
  const r = run(fixtures().find((f) => f.name === 'interpol-osce-bratislava')!.input);
  it('finds four quotes, not five or six, each attributed', () => {
    expect(r.quotes).toHaveLength(4);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Lukáš Parízek', 'Thomas Greminger', 'Thomas Greminger', 'Jürgen Stock']);
  });
  it('names three speakers with roles and organisations', () => {
    expect(r.speakers.map((s) => [s.name, s.organization])).toEqual([
      ['Lukáš Parízek', 'ministère des Affaires étrangères et européennes de la République slovaque'],
      ['Thomas Greminger', 'OSCE'],
      ['Jürgen Stock', 'INTERPOL'],
    ]);
    expect(r.speakers.find((s) => s.name === 'Thomas Greminger')?.role).toBe('Secrétaire Général de l’OSCE');
    expect(r.speakers.find((s) => s.name === 'Thomas Greminger')?.aliases).toContain('M. Greminger');
  });
  it('reads the dateline and the date', () => {
    expect(r.dateline).toMatchObject({ city: 'Bratislava', country: 'Slovaquie', countryCode: 'SK' });
    expect(r.date).toBe('2019-12-05');
  });
  it('lists the four cooperation areas and not the threats', () => {
    expect(r.cooperationAreas).toEqual([
      'la sécurité des frontières',
      'la lutte contre le terrorisme',
      'la police scientifique et la gestion des données de police',
      'la lutte contre la traite d’êtres humains et le trafic de migrants',
    ]);
    expect(r.cooperationAreas.join(' ')).not.toContain('criminalité organisée');
  });
  it('keeps the four distinct captions once each and no body line twice', () => {
    expect(r.captions).toHaveLength(4);
    expect(new Set(r.body).size).toBe(r.body.length);
    expect(r.body.join('\n')).not.toContain('Le 26ème Conseil ministériel de l’OSCE\n');
  });
  it('takes the pull quotes out of the body and lists them as removed', () => {
    expect(r.removed.filter((x) => x.rule === 'pull-quote').map((x) => x.line)).toEqual([10, 32]);
    expect(r.body.some((b) => b.startsWith('« INTERPOL travaille'))).toBe(false);
  });
});
