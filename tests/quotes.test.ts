import { describe, expect, it } from 'vitest';
import { languages } from '../src/lang/index.js';
import { findAreas, splitList } from '../src/stages/areas.js';
import { organizationOf, readSpeakerAfter, readSpeakerBefore } from '../src/stages/names.js';
import { findQuotes, findSpans, looksLikeQuote } from '../src/stages/quotes.js';

describe('findSpans', () => {
  it('pairs « » with non-breaking spaces, “ ” and „ “', () => {
    const t = '«\u00a0Un\u00a0» et “deux” et „drei“';
    expect(findSpans(t).map((s) => t.slice(s.open + 1, s.close))).toEqual(['\u00a0Un\u00a0', 'deux', 'drei']);
  });
  it('keeps inner quotes of another kind inside', () => {
    const t = '« Il a dit “non” hier »';
    expect(findSpans(t)).toHaveLength(1);
  });
  it('closes “ with a straight mark', () => {
    const t = '“Mixed marks here," he said.';
    expect(findSpans(t)[0].close).toBe(t.indexOf('"'));
  });
  it('does not let a stray mark swallow the paragraph: it is reported open', () => {
    expect(findSpans('Un « mot sans fin ici')).toEqual([{ open: 3, close: -1, mark: '«' }]);
  });
});

describe('looksLikeQuote', () => {
  it('rejects titles, defined terms and single words', () => {
    expect(looksLikeQuote('Company', 'Northwind (the ', languages.en)).toBe(false);
    expect(looksLikeQuote('Pathways to Net Zero in Regional Logistics', 'its report titled ', languages.en)).toBe(false);
    expect(looksLikeQuote('Operation Blue Sky Fleet Program', 'the ', languages.en)).toBe(false);
  });
  it('accepts a partial quote in a sentence', () => {
    expect(looksLikeQuote('modèle pour relever des défis aussi complexes', 'sert de ', languages.fr)).toBe(true);
  });
});

describe('readSpeaker', () => {
  it('reads a name with its role after a cue', () => {
    expect(readSpeakerAfter('Lukáš Parízek, Secrétaire d’État auprès du ministère.', languages.fr)).toMatchObject({ name: 'Lukáš Parízek', role: 'Secrétaire d’État auprès du ministère' });
    expect(readSpeakerAfter('M. Greminger.', languages.fr)).toMatchObject({ name: 'Greminger', form: 'M. Greminger' });
  });
  it('reads a role before the name', () => {
    expect(readSpeakerBefore('S’adressant aux participants, le Secrétaire Général d’INTERPOL Jürgen Stock', languages.fr)).toMatchObject({ name: 'Jürgen Stock', role: 'Secrétaire Général d’INTERPOL' });
  });
  it('finds the organisation a role names', () => {
    expect(organizationOf('Chief Growth Officer at Sonny’s BBQ', languages.en)).toBe('Sonny’s BBQ');
    expect(organizationOf('Secrétaire Général de l’OSCE', languages.fr)).toBe('OSCE');
  });
});

describe('findQuotes', () => {
  it('attributes a quote by the cue after it', () => {
    const [q] = findQuotes(['« Nous sommes prêts à avancer », a souligné Marie Curie, directrice.'], languages.fr);
    expect(q).toMatchObject({ text: 'Nous sommes prêts à avancer', rule: 'cue-after', cue: 'a souligné' });
    expect(q.mention?.name).toBe('Marie Curie');
  });
  it('attributes by a subject and cue after the quote', () => {
    const [q] = findQuotes(['“We are proud of this plant and its people,” McAfee said.'], languages.en);
    expect(q.mention?.name).toBe('McAfee');
  });
  it('gives both halves of a split quote to one speaker', () => {
    const qs = findQuotes(['“People asked for this for years,” said Karen Holt. “Now we can offer it.”'], languages.en);
    expect(qs.map((q) => q.rule)).toEqual(['cue-after', 'split']);
  });
  it('joins a quote that runs over two paragraphs', () => {
    const qs = findQuotes(['Elle a déclaré : « Première partie du propos qui continue.', '« Seconde partie du propos », a-t-elle ajouté.'], languages.fr);
    expect(qs).toHaveLength(1);
    expect(qs[0].text).toBe('Première partie du propos qui continue. Seconde partie du propos');
  });
  it('reads an inverted pronoun cue', () => {
    const [q] = findQuotes(['« Nous allons continuer ce travail », explique-t-il.'], languages.fr);
    expect(q.rule).toBe('pronoun');
  });
  it('leaves a quote with nothing to support a speaker unattributed', () => {
    const [q] = findQuotes(['The sign read “Welcome to the new terminal building today” in large letters.'], languages.en);
    expect(q.rule).toBe('none');
  });
});

describe('findAreas', () => {
  it('reads a stated list of cooperation areas', () => {
    expect(findAreas([{ text: 'Les principaux domaines de coopération sont : la sécurité, la santé et l’éducation.', item: false }], languages.fr)).toEqual(['la sécurité', 'la santé', 'l’éducation']);
  });
  it('reads areas given as list items after a colon', () => {
    expect(findAreas([{ text: 'Areas of cooperation include:', item: false }, { text: 'smart mobility', item: true }, { text: 'green energy', item: true }], languages.en)).toEqual(['smart mobility', 'green energy']);
  });
  it('does not read other lists as areas', () => {
    expect(findAreas([{ text: 'Threats such as terrorism, organised crime and trafficking remain.', item: false }], languages.en)).toEqual([]);
  });
  it('splits on semicolons before commas', () => expect(splitList('a, b; c', languages.en)).toEqual(['a, b', 'c']));
});
