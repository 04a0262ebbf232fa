import type { LanguageTable } from './table.js';

/** German. */
const verbs = ['sagte', 'sagt', 'erklärte', 'erklärt', 'betonte', 'betont', 'meinte', 'meint', 'ergänzte', 'ergänzt', 'unterstrich', 'unterstreicht', 'kommentierte', 'kommentiert', 'resümierte', 'resümiert', 'bekräftigte', 'bekräftigt', 'sagen', 'erklären', 'betonen', 'hob hervor', 'hebt hervor', 'fügte hinzu', 'fügt hinzu', 'führte aus', 'führt aus', 'stellte fest', 'stellt fest', 'freute sich', 'freut sich', 'zeigte sich', 'zeigt sich', 'so', 'teilte mit', 'teilt mit', 'bestätigte', 'bestätigt', 'warnte', 'warnt', 'forderte', 'fordert', 'schrieb', 'schreibt', 'berichtete', 'berichtet', 'versprach', 'verspricht', 'kündigte an', 'lobte', 'lobt', 'begrüßte', 'begrüßt', 'begrüsste', 'begrüsst', 'sagte weiter', 'erläuterte', 'erläutert', 'ist überzeugt', 'zeigt sich überzeugt', 'hat gesagt', 'hat erklärt', 'hat betont'];

export const de: LanguageTable = {
  code: 'de',
  stopwords: ['der', 'die', 'das', 'und', 'ist', 'von', 'mit', 'den', 'des', 'für', 'im', 'auf', 'dem', 'ein', 'eine', 'sich', 'zu', 'nicht', 'auch', 'wird', 'werden', 'sind', 'hat', 'haben', 'bei', 'aus', 'wie', 'einer', 'zur', 'zum', 'über'],
  months: {
    januar: 1, jan: 1, jänner: 1, februar: 2, feb: 2, märz: 3, maerz: 3, mär: 3, april: 4, apr: 4, mai: 5, juni: 6, jun: 6,
    juli: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, oktober: 10, okt: 10, november: 11, nov: 11, dezember: 12, dez: 12,
  },
  weekdays: ['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag'],
  dateFillers: ['den', 'am', 'vom'],
  cues: verbs,
  pronounCues: verbs.filter((v) => v !== 'so' && !v.includes(' ')).flatMap((v) => [`${v} er`, `${v} sie`]),
  pronouns: ['er', 'sie'],
  statementHeads: ['erklärung von', 'erklärung des', 'erklärung der', 'stellungnahme von', 'stellungnahme des', 'stellungnahme der', 'statement von'],
  statementTopics: ['zu', 'zum', 'zur', 'über', 'nach', 'anlässlich', 'bezüglich', 'wegen'],
  sentenceOpeners: ['abschließend', 'außerdem', 'zudem', 'weiter', 'weiterhin', 'dann', 'danach', 'anschließend', 'zuletzt', 'schließlich', 'ebenso', 'ferner', 'darüber', 'dabei', 'daher', 'deshalb', 'heute', 'gestern', 'laut', 'auch'],
  accordingTo: ['laut', 'so', 'nach angaben von', 'zufolge'],
  honorifics: ['herr', 'frau', 'dr', 'prof', 'professor', 'professorin', 'dipl.-ing', 'mag'],
  roleWords: ['minister', 'ministerin', 'forscher', 'forscherin', 'amtskollege', 'amtskollegin', 'amtskollegen', 'bundesrat', 'bundesrätin', 'bundespräsident', 'bundespräsidentin', 'präsident', 'präsidentin', 'direktor', 'direktorin', 'geschäftsführer', 'geschäftsführerin', 'leiter', 'leiterin', 'sprecher', 'sprecherin', 'vorsitzender', 'vorsitzende', 'gründer', 'gründerin', 'mitgründer', 'mitgründerin', 'vorstand', 'vorständin', 'ceo', 'chef', 'chefin', 'staatssekretär', 'staatssekretärin', 'botschafter', 'botschafterin', 'bürgermeister', 'bürgermeisterin', 'professor', 'professorin', 'generalsekretär', 'generalsekretärin', 'verkehrsminister', 'verkehrsministerin', 'finanzministerin', 'finanzminister', 'bav-direktor', 'vizepräsident', 'vizepräsidentin', 'projektleiter', 'projektleiterin', 'staatsanwalt', 'staatsanwältin', 'abteilungsleiter', 'abteilungsleiterin', 'referent', 'referentin', 'mitglied', 'senator', 'senatorin', 'landesbeauftragte', 'beauftragte', 'beauftragter'],
  articles: ['der', 'die', 'das', 'ein', 'eine', 'unser', 'unsere'],
  nameParticles: ['von', 'van', 'de', 'der', 'den', 'zu', 'vom', 'zum'],
  orgPrepositions: ['bei der', 'beim', 'bei', 'der', 'des', 'von der', 'vom', 'von'],
  employerPrepositions: ['bei der', 'beim', 'bei'],
  orgNouns: ['ministerium', 'bundesamt', 'amt', 'departement', 'institut', 'universität', 'hochschule', 'stiftung', 'verband', 'verein', 'bank', 'gericht', 'regierung', 'behörde', 'kommission', 'rat', 'forschungsinstitut', 'unternehmen', 'gruppe'],
  orgSpeakers: ['das unternehmen', 'die firma', 'die organisation', 'das ministerium', 'das departement', 'das bundesamt', 'die regierung', 'der verband', 'die stiftung'],
  notQuoteBefore: ['titel', 'namens', 'genannt', 'sogenannte', 'sogenannten', 'sogenannter', 'operation', 'kampagne', 'programm', 'projekt', 'preis', 'leitfaden', 'bericht', 'broschüre', 'initiative', 'plattform', 'plan', 'motto', 'wort', 'begriff', 'slogan', 'buch', 'film', 'serie', 'ausstellung', 'festival', 'wettbewerb', 'gesetz', 'artikel', 'kategorie', 'konzept', 'leitgedanken'],
  areaFrames: [{ verb: '(?:spannen|arbeiten)\\s[^.]*?zusammen', marker: 'bei' }],
  areaIntros: [
    '(?:bereiche|gebiete|felder|themen) der (?:zusammenarbeit|kooperation)[^.:;]*?(?:sind|umfassen|beinhalten|:)',
    '(?:zusammenarbeit|kooperation)[^.:;]{0,60}?(?:in den bereichen|im bereich|auf den gebieten|umfasst|konzentriert sich auf|betrifft)',
    '(?:spannen|arbeiten)[^.:;]{0,80}?zusammen(?: bei| in| im bereich)',
    '(?:zusammenarbeiten|kooperieren) (?:bei|in|im bereich)',
    '(?:dabei geht es (?:etwa |unter anderem |vor allem )?darum,)',
  ],
  noiseLines: ['teilen(?: auf .*)?', 'drucken', 'nach oben', 'zum (?:haupt)?inhalt(?: springen)?', 'weiterlesen', 'mehr erfahren', 'folgen sie uns.*', 'startseite', 'menü', 'suche', 'schließen', 'wir verwenden cookies.*', 'akzeptieren', 'ablehnen', 'als pdf herunterladen'],
  listEnders: ['usw', 'usw.', 'etc', 'etc.'],
  listAnd: ['und', 'sowie', 'oder'],
};
