import type { LanguageTable } from './table.js';

/** French. Cue verbs cover the forms seen in releases and news (after GenderGapTracker's and GenderedNews' lists, written anew). */
const verbs = [
  ['déclare', 'déclaré'], ['souligne', 'souligné'], ['indique', 'indiqué'], ['observe', 'observé'],
  ['ajoute', 'ajouté'], ['explique', 'expliqué'], ['affirme', 'affirmé'], ['estime', 'estimé'],
  ['précise', 'précisé'], ['rappelle', 'rappelé'], ['conclut', 'conclu'], ['dit', 'dit'],
  ['confie', 'confié'], ['commente', 'commenté'], ['insiste', 'insisté'], ['note', 'noté'],
  ['relève', 'relevé'], ['poursuit', 'poursuivi'], ['martèle', 'martelé'], ['assure', 'assuré'],
  ['lance', 'lancé'], ['annonce', 'annoncé'], ['salue', 'salué'], ['reconnaît', 'reconnu'],
  ['réagit', 'réagi'], ['résume', 'résumé'], ['témoigne', 'témoigné'], ['raconte', 'raconté'],
  ['répond', 'répondu'], ['argue', 'argué'], ['avertit', 'averti'], ['prévient', 'prévenu'],
  ['s’exclame', 's’est exclamé'], ['se réjouit', 's’est réjoui'], ['se félicite', 's’est félicité'],
  ['fait valoir', 'fait valoir'], ['fait savoir', 'fait savoir'], ['fait remarquer', 'fait remarquer'],
  ['constate', 'constaté'], ['ajoute encore', 'ajouté encore'], ['écrit', 'écrit'], ['martèle', 'martelé'],
  ['interpelle', 'interpellé'], ['plaide', 'plaidé'], ['détaille', 'détaillé'], ['admet', 'admis'],
  ['complète', 'complété'], ['renchérit', 'renchéri'], ['juge', 'jugé'], ['considère', 'considéré'],
  ['exprime', 'exprimé'], ['met en avant', 'mis en avant'], ['appelle', 'appelé'], ['réaffirme', 'réaffirmé'],
] as const;

/** Present participles that carry a quote in a sentence about something else ("…, soulignant que « … »"). */
const participles = ['déclarant', 'soulignant', 'ajoutant', 'expliquant', 'affirmant', 'estimant', 'précisant', 'rappelant', 'indiquant', 'insistant', 'notant', 'assurant', 'jugeant', 'relevant'];

const cues = [...participles, ...verbs.flatMap(([present, past]) => [
  present,
  past.startsWith('s’est') ? past : `a ${past}`,
  past.startsWith('s’est') ? past.replace('s’est', 'se sont') : `ont ${past}`,
  past.startsWith('s’est') ? past : `avait ${past}`,
  past.startsWith('s’est') ? past : `a également ${past}`,
  past.startsWith('s’est') ? past : `a encore ${past}`,
  past.startsWith('s’est') ? past : `a aussi ${past}`,
])];

export const fr: LanguageTable = {
  code: 'fr',
  stopwords: ['le', 'la', 'les', 'de', 'des', 'du', 'et', 'a', 'à', 'il', 'elle', 'est', 'une', 'un', 'dans', 'pour', 'que', 'qui', 'sur', 'au', 'aux', 'avec', 'par', 'ont', 'sont', 'cette', 'ses', 'leur', 'nous', 'été', 'plus', 'pas', 'ce', 'son', 'entre', 'aussi'],
  months: {
    janvier: 1, janv: 1, février: 2, fevrier: 2, févr: 2, fév: 2, mars: 3, avril: 4, avr: 4, mai: 5, juin: 6,
    juillet: 7, juil: 7, août: 8, aout: 8, septembre: 9, sept: 9, octobre: 10, oct: 10, novembre: 11, nov: 11, décembre: 12, decembre: 12, déc: 12,
  },
  weekdays: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  dateFillers: ['le', 'er'],
  cues,
  pronounCues: verbs.flatMap(([present]) => [`${present}-t-il`, `${present}-t-elle`, `${present}-il`, `${present}-elle`, `${present}-ils`, `${present}-elles`])
    .concat(['a-t-il déclaré', 'a-t-elle déclaré', 'a-t-il ajouté', 'a-t-elle ajouté', 'a-t-il souligné', 'a-t-elle souligné', 'a-t-il expliqué', 'a-t-elle expliqué', 'a-t-il indiqué', 'a-t-elle indiqué', 'a-t-il précisé', 'a-t-elle précisé', 'a-t-il dit', 'a-t-elle dit', 'a-t-il affirmé', 'a-t-elle affirmé', 'a-t-il estimé', 'a-t-elle estimé', 'a-t-il poursuivi', 'a-t-elle poursuivi', 'a-t-il conclu', 'a-t-elle conclu', 'a-t-il rappelé', 'a-t-elle rappelé']),
  pronouns: ['il', 'elle', 'ils', 'elles'],
  statementHeads: ['déclaration de', 'déclaration du', 'déclaration de la', 'déclaration des', 'communiqué de', 'communiqué du', 'communiqué de la', 'message de', 'message du'],
  statementTopics: ['sur', 'à propos', 'après', 'suite', 'concernant', 'relative', 'relatif', 'au sujet', 'à la suite', 'pour', 'lors'],
  sentenceOpeners: ['ensuite', 'enfin', 'puis', 'aussi', 'également', 'par', 'pour', 'dans', 'selon', 'aujourd’hui', 'hier', 'toutefois', 'cependant', 'néanmoins', 'ainsi', 'en', 'lors', 'depuis'],
  accordingTo: ['selon', 'd’après', "d'après", 'pour reprendre les mots de'],
  honorifics: ['prof', 'm', 'mme', 'mlle', 'mm', 'me', 'dr', 'pr', 'docteur', 'professeur', 'monsieur', 'madame', 's.e', 'son excellence', 'maître'],
  roleWords: ['secrétaire', 'général', 'générale', 'président', 'présidente', 'directeur', 'directrice', 'ministre', 'conseiller', 'conseillère', 'fédéral', 'fédérale', 'chef', 'cheffe', 'porte-parole', 'délégué', 'déléguée', 'représentant', 'représentante', 'spécial', 'spéciale', 'ambassadeur', 'ambassadrice', 'responsable', 'vice-président', 'vice-présidente', 'fondateur', 'fondatrice', 'cofondateur', 'cofondatrice', 'co-fondateur', 'co-fondatrice', 'adjoint', 'adjointe', 'maire', 'procureur', 'procureure', 'commissaire', 'professeur', 'professeure', 'chercheur', 'chercheuse', 'coordinateur', 'coordinatrice', 'administrateur', 'administratrice', 'gérant', 'gérante', 'membre', 'haut', 'haute', 'premier', 'première', 'sous-directeur', 'chargé', 'chargée', 'état', 'd’état', 'pdg', 'dg', 'ceo', 'vice-chancelier', 'chancelier', 'chancelière', 'trésorier', 'trésorière', 'rapporteur', 'manager', 'associé', 'associée', 'exécutif', 'exécutive', 'sénateur', 'sénatrice', 'député', 'députée', 'gouverneur', 'préfet', 'préfète', 'juge', 'avocat', 'avocate', 'médecin', 'chef-adjoint', 'chercheur', 'doyen', 'recteur', 'rectrice'],
  articles: ['le', 'la', 'les', 'l’', "l'", 'un', 'une', 'son', 'sa', 'notre'],
  nameParticles: ['de', 'du', 'des', 'd’', "d'", 'la', 'le', 'van', 'von', 'der', 'den', 'di', 'da', 'del', 'ben', 'bin', 'al', 'el'],
  orgPrepositions: ['auprès du', 'auprès de la', 'auprès de l’', 'au sein du', 'au sein de la', 'au sein de l’', 'de l’', "de l'", 'du', 'de la', 'des', 'd’', "d'", 'de', 'chez'],
  employerPrepositions: ['chez', 'auprès du', 'auprès de la', 'auprès de l’'],
  orgNouns: ['ministère', 'département', 'office', 'direction', 'secrétariat', 'conseil', 'commission', 'agence', 'institut', 'université', 'école', 'fondation', 'association', 'fédération', 'banque', 'cour', 'tribunal', 'parquet', 'ambassade', 'mission', 'délégation', 'service', 'bureau', 'centre', 'groupe', 'société', 'entreprise', 'organisation', 'assemblée', 'sénat', 'gouvernement', 'préfecture', 'mairie', 'région', 'canton', 'ville'],
  orgSpeakers: ['la société', 'l’entreprise', "l'entreprise", 'le groupe', 'l’organisation', "l'organisation", 'le ministère', 'le département', 'l’office', "l'office", 'le gouvernement', 'le communiqué', 'l’association', "l'association"],
  notQuoteBefore: ['intitulé', 'intitulée', 'intitulés', 'intitulées', 'baptisé', 'baptisée', 'dénommé', 'dénommée', 'appelé', 'appelée', 'nommé', 'nommée', 'surnommé', 'surnommée', 'opération', 'campagne', 'programme', 'projet', 'prix', 'guide', 'rapport', 'brochure', 'initiative', 'label', 'plateforme', 'plan', 'titre', 'mention', 'catégorie', 'mot', 'terme', 'expression', 'slogan', 'thème', 'devise', 'circulaire', 'dossier', 'ouvrage', 'livre', 'film', 'émission', 'film', 'exposition', 'festival', 'concours', 'trophée', 'loi', 'article'],
  areaFrames: [{ verb: '(?:constituent|sont|forment) (?:des|les) (?:piliers|axes|domaines)[^.]{0,40}?(?:de la coopération|des relations|du partenariat)' }],
  areaIntros: [
    'domaines? (?:principaux |prioritaires |clés )?de (?:la )?(?:coopération|collaboration|partenariat)[^.:;]*?(?:sont|comprennent|incluent|portent sur|concernent|couvrent|englobent|seront|:)',
    '(?:coopération|collaboration|partenariat)[^.:;]{0,60}?(?:porte|portera|portent|porteront) (?:notamment |en particulier |principalement )?sur',
    '(?:coopéreront|collaboreront|travailleront ensemble|coopérer|collaborer|travailler ensemble) (?:notamment |en particulier |étroitement )?(?:dans les domaines? (?:de la |de l’|de |des |du )?|sur |en matière de )',
    '(?:coopération|collaboration) (?:renforcée )?(?:notamment |en particulier )?(?:dans les domaines? (?:de la |de l’|de |des |du )?|en matière de )',
    '(?:l’accord|la convention|le contrat|le protocole)[^.:;]{0,60}?(?:porte|couvre|prévoit|concerne)(?: notamment)?(?: sur)?',
  ],
  noiseLines: [
    'partager(?: (?:sur|cet article|la page))?.*', 'imprimer(?: (?:la page|cet article))?', 'retour en haut(?: de (?:la )?page)?', 'aller au contenu(?: principal)?', 'passer au contenu(?: principal)?',
    'télécharger(?: (?:au format|le|en)) ?pdf', 'télécharger au format pdf', 'commander un exemplaire papier', 'lire la suite', 'en savoir plus', 'suivez-nous.*', 'accueil', 'menu', 'rechercher', 'fermer',
    'nous utilisons des cookies.*', 'accepter(?: les cookies)?', 'refuser', 'tweeter', 'envoyer par (?:e-)?mail', 'version imprimable', 'haut de page', 'plan du site', 'mentions légales',
  ],
  listEnders: ['etc', 'etc.'],
  listAnd: ['et', 'ainsi que', 'ou'],
};
