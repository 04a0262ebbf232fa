import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { fixturesDir } from './helpers.js';

// One fixture per quote shape, with what a careful reader says of it, written
// by hand (the golden files pin the whole output; this table says why).
// Each quote: [the start of its text, its speaker, the rule that found it].
type Row = [string, string | null, string];
const SHAPES: Record<string, { quotes: Row[]; speakers?: Record<string, { role?: string | null; organization?: string | null; kind?: string }> }> = {
  'fr-quote-marks-spacing': {
    // « » with a non-breaking space, «» without, ‹ › with “ ” inside.
    quotes: [
      ['Nous voulons des données publiques', 'Claire Dubois', 'cue-after'],
      ['Le programme associe les communes', 'Paul Meier', 'cue-after'],
      ['Les mesures seront publiées chaque trimestre sous le titre “Lacs vaudois”', 'Claire Dubois', 'cue-after'],
    ],
    speakers: { 'Paul Meier': { role: 'vice-président de l’EPFL', organization: 'EPFL' } },
  },
  'en-quote-titles-before-names': {
    // A title word before a name is not part of it ("DA", "Assemblymember"); run-together initials are ("B.J.").
    quotes: [
      ['This line means no victim', 'Summer Stephan', 'cue-after'],
      ['We wrote the funding', 'Akilah Weber', 'cue-after'],
      ['Our technicians set up', 'B.J. Kelley', 'cue-after'],
    ],
    speakers: { 'B.J. Kelley': { role: 'operations manager at Coastline Systems', organization: 'Coastline Systems' } },
  },
  'en-quote-mismatched-marks': {
    // “ … " closes; a stray “ neither makes a quote nor swallows the next paragraphs.
    quotes: [
      ['Our customers asked for capacity', 'Dana Whitfield', 'cue-after'],
      ['The hub runs on solar power', 'Marcus Lee', 'cue-after'],
    ],
    speakers: { 'Marcus Lee': { role: 'Vice President of Operations at Harbor Logistics', organization: 'Harbor Logistics' } },
  },
  'en-quote-subject-then-cue': {
    // "“…,” Okafor said." resolves the surname; "Dr." and "Ph.D." are not name or role; "Mr." does not end the subject.
    quotes: [
      ['The round lets us double', 'Helen Okafor', 'cue-after'],
      ['Warehouses need robots', 'Tom Reilly', 'cue-after'],
      ['Northfield has shown', 'Tom Reilly', 'in-sentence'],
    ],
    speakers: {
      'Helen Okafor': { role: 'co-founder and Chief Technology Officer of Northfield Robotics', organization: 'Northfield Robotics' },
      'Tom Reilly': { role: 'Managing Partner at Granite Ventures', organization: 'Granite Ventures' },
    },
  },
  'fr-quote-inverted-cue': {
    // "a indiqué M. Rochat", "explique-t-il", and "dit-elle" after a paragraph that introduces someone else.
    quotes: [
      ['Chaque mine retirée', 'Marc Rochat', 'cue-after'],
      ['Nous finançons aussi', 'Marc Rochat', 'pronoun'],
      ['Les surfaces dépolluées', 'Anne Keller', 'pronoun'],
    ],
  },
  'es-quote-inverted-cue': {
    // A cue without a subject ("Manifestó que", "Enseguida puntualizó:") continues the speaker; "añadió Ibarra Soto".
    quotes: [
      ['Con estas tuberías nuevas', 'Ramón Ibarra Soto', 'in-sentence'],
      ['La inversión supera', 'Ramón Ibarra Soto', 'pronoun'],
      ['Cada colonia sabrá', 'Ramón Ibarra Soto', 'cue-after'],
    ],
    speakers: { 'Ramón Ibarra Soto': { role: 'titular de la Comisión Estatal del Agua', organization: 'Comisión Estatal del Agua' } },
  },
  'de-quote-inverted-cue': {
    // "sagte sie"; a sentence whose subject is a surname introduces the quote after a colon, not the capitalised noun before it.
    quotes: [
      ['Bis 2027 fahren alle Linien', 'Sabine Vogt', 'cue-after'],
      ['Die Ladepunkte stehen', 'Sabine Vogt', 'pronoun'],
      ['Im Herbst schließen wir', 'Jonas Brandt', 'colon'],
    ],
  },
  'de-quote-single-marks': {
    // » « and ‚ ‘; a compound title ("Verbandsdirektorin") is not part of the name.
    quotes: [
      ['Auf dem Land fährt der Bus', 'Petra Lang', 'cue-after'],
      ['Wir rechnen mit zwei Jahren', 'Petra Lang', 'cue-after'],
    ],
    speakers: { 'Petra Lang': { role: 'Verbandsdirektorin' } },
  },
  'en-quote-name-title-colon': {
    quotes: [
      ['Half of the people we screened', 'Maria Alvarez', 'colon'],
      ['We can now test patients', 'James Porter', 'cue-before'],
    ],
    speakers: { 'Maria Alvarez': { role: 'Chief Medical Officer at Crescent Health', organization: 'Crescent Health' } },
  },
  'fr-quote-colon-before': {
    quotes: [['Nos ports vivent de ces bateaux', 'Yann Le Goff', 'cue-before']],
    speakers: { 'Yann Le Goff': { role: 'président du conseil régional' } },
  },
  'en-quote-attribution-next-line': {
    quotes: [['This sentence sends a clear message', 'Laura Chen', 'cue-after']],
    speakers: { 'Laura Chen': { role: 'District Attorney' } },
  },
  'fr-quote-dash-line': {
    // "» - Secrétaire Général Stock": the title and surname resolve to the person the text names.
    quotes: [['La sécurité d’un continent', 'Jürgen Stock', 'dash-line']],
    speakers: { 'Jürgen Stock': { role: 'Secrétaire Général d’INTERPOL', organization: 'INTERPOL' } },
  },
  'en-quote-dash-line': {
    // "– The Honourable X, Minister of Y" on the line after the quote.
    quotes: [['Every family deserves water', 'Sarah Tremblay', 'dash-line']],
    speakers: { 'Sarah Tremblay': { role: 'Minister of Indigenous Services' } },
  },
  'fr-quote-selon': {
    // "Selon M. Faure, « … »": the honorific's dot does not end the sentence.
    quotes: [['ces pièces mettaient en danger', 'Nicolas Faure', 'according-to']],
  },
  'en-quote-according-to': {
    quotes: [['the center will test cells', 'Anika Shah', 'according-to']],
  },
  'en-quote-statement-headline': {
    // A statement release: the headline names the speaker of the quote nothing else attributes.
    quotes: [['The Ortiz family waited four years', 'Robert Hale', 'headline']],
    speakers: { 'Robert Hale': { role: 'District Attorney' } },
  },
  'fr-quote-role-only': {
    // "a déclaré la cheffe du DFJP": the person the text names for that role, never the bare role.
    quotes: [['Les criminels ne s’arrêtent pas', 'Karin Zeller', 'cue-after']],
  },
  'en-quote-organization-speaker': {
    // "the company said": the organisation the release is about.
    quotes: [['We are contacting every retailer', 'Alder Foods', 'cue-after']],
    speakers: { 'Alder Foods': { kind: 'organization' } },
  },
  'fr-quote-continues-without-reopening': {
    // A paragraph ends inside the quote and the next goes on without a new mark: one quote.
    quotes: [['Nous avons raccordé 40 000 foyers', 'Aminata Diallo', 'cue-after']],
  },
  'fr-not-quotes': {
    // An operation's name, a report's and a guide's titles, a scare-quoted word.
    quotes: [],
  },
  'en-not-quotes-forward-looking': {
    // Defined terms and the words of a forward-looking statement are not quotes.
    quotes: [['Our new wells came online', 'Rachel Kim', 'cue-after']],
  },
};

describe('quote shapes', () => {
  for (const [name, want] of Object.entries(SHAPES)) {
    it(name, () => {
      const r = extract(readFileSync(join(fixturesDir, `${name}.txt`), 'utf8'));
      expect(r.quotes.map((q) => [q.text.slice(0, want.quotes.find((w) => q.text.startsWith(w[0]))?.[0].length ?? 40), q.speaker, q.attribution.rule])).toEqual(want.quotes);
      for (const [speaker, fields] of Object.entries(want.speakers ?? {})) {
        const s = r.speakers.find((x) => x.name === speaker);
        expect(s, speaker).toBeDefined();
        expect(s).toMatchObject(fields);
      }
    });
  }
  it('every quote of the shapes points at its text in the input', () => {
    for (const name of Object.keys(SHAPES)) {
      const input = readFileSync(join(fixturesDir, `${name}.txt`), 'utf8');
      for (const q of extract(input).quotes) expect(input.slice(q.start, q.end).replace(/\s+/g, ' ')).toContain(q.text.slice(0, 20).replace(/\s+/g, ' '));
    }
  });
});
