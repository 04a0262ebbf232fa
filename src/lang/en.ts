import type { LanguageTable } from './table.js';

/** English. Reporting verbs after the forms textacy and news quote extractors recognise, written anew. */
const verbs = [
  'said', 'says', 'added', 'adds', 'noted', 'notes', 'explained', 'explains', 'stated', 'states', 'commented', 'comments',
  'remarked', 'remarks', 'continued', 'continues', 'concluded', 'concludes', 'emphasized', 'emphasised', 'emphasizes', 'emphasises',
  'stressed', 'stresses', 'told', 'tells', 'announced', 'announces', 'declared', 'declares', 'observed', 'observes',
  'pointed out', 'points out', 'recalled', 'recalls', 'affirmed', 'affirms', 'argued', 'argues', 'insisted', 'insists',
  'highlighted', 'highlights', 'underlined', 'underlines', 'wrote', 'writes', 'shared', 'shares', 'reflected', 'reflects',
  'acknowledged', 'acknowledges', 'asserted', 'asserts', 'praised', 'praises', 'urged', 'urges', 'warned', 'warns',
  'cautioned', 'cautions', 'agreed', 'agrees', 'confirmed', 'confirms', 'expressed', 'expresses', 'replied', 'replies',
  'responded', 'responds', 'answered', 'answers', 'explained', 'asked', 'asks', 'mentioned', 'mentions', 'believes', 'believed',
  'elaborated', 'elaborates', 'summarized', 'summarised', 'summarizes', 'commended', 'commends', 'welcomed', 'welcomes',
  'celebrated', 'celebrates', 'reiterated', 'reiterates', 'predicted', 'predicts', 'announced', 'testified', 'testifies',
  'exclaimed', 'exclaims', 'admitted', 'admits', 'recounted', 'recounts', 'echoed', 'echoes', 'assured', 'assures', 'offered', 'offers',
];
const aux = ['', 'has ', 'have ', 'had ', 'also ', 'further ', 'later ', 'then '];
/** Participles that carry a quote in a sentence about something else ("…, saying that “…”"). */
const participles = ['saying', 'adding', 'noting', 'explaining', 'stating', 'stressing', 'emphasizing', 'emphasising', 'writing', 'declaring'];

export const en: LanguageTable = {
  code: 'en',
  stopwords: ['the', 'and', 'of', 'to', 'in', 'is', 'for', 'that', 'with', 'on', 'as', 'was', 'by', 'are', 'this', 'be', 'has', 'have', 'from', 'at', 'its', 'their', 'which', 'will', 'an', 'were', 'our', 'we', 'it', 'been'],
  months: {
    january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
    july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
  },
  weekdays: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thurs', 'fri', 'sat', 'sun'],
  dateFillers: ['the', 'of', 'st', 'nd', 'rd', 'th'],
  cues: [...verbs.flatMap((v) => aux.map((a) => a + v)), ...participles],
  pronounCues: [],
  pronouns: ['he', 'she', 'they', 'it'],
  statementHeads: ['statement from', 'statement by', 'statement of', 'joint statement from', 'joint statement by'],
  statementTopics: ['on', 'regarding', 'about', 'following', 'after', 'in response to', 'concerning', 'for'],
  sentenceOpeners: ['about', 'later', 'then', 'finally', 'also', 'additionally', 'moreover', 'furthermore', 'meanwhile', 'today', 'yesterday', 'afterwards', 'lastly', 'separately', 'similarly', 'likewise', 'however', 'according', 'alongside', 'from', 'contact', 'his', 'her', 'defendant'],
  accordingTo: ['according to', 'in the words of'],
  honorifics: ['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'h.e', 'his excellency', 'her excellency', 'excellency', 'the honourable', 'the honorable', 'honourable', 'honorable', 'hon', 'rev', 'judge', 'justice'],
  roleWords: ['president', 'vice', 'chief', 'officer', 'executive', 'director', 'secretary', 'general', 'minister', 'prosecutor', 'attorney', 'district', 'assistant', 'deputy', 'head', 'chair', 'chairman', 'chairwoman', 'chairperson', 'founder', 'co-founder', 'cofounder', 'ceo', 'cfo', 'cto', 'coo', 'cmo', 'manager', 'managing', 'partner', 'senior', 'lead', 'principal', 'spokesperson', 'spokesman', 'spokeswoman', 'commissioner', 'governor', 'mayor', 'senator', 'representative', 'ambassador', 'envoy', 'special', 'counsel', 'sheriff', 'chief', 'detective', 'sergeant', 'captain', 'lieutenant', 'officer', 'professor', 'researcher', 'scientist', 'analyst', 'engineer', 'editor', 'coordinator', 'administrator', 'supervisor', 'superintendent', 'board', 'member', 'trustee', 'treasurer', 'adviser', 'advisor', 'consultant', 'architect', 'owner', 'dean', 'provost', 'chancellor', 'rector', 'state’s', "state's", 'county', 'ada', 'da', 'first', 'assistant', 'growth', 'operating', 'financial', 'technology', 'marketing', 'commercial', 'research', 'global', 'regional', 'national', 'international', 'division', 'unit', 'bureau', 'section', 'svp', 'evp', 'vp', 'md', 'gm', 'coach', 'economist', 'officer-in-charge', 'judge', 'justice', 'police', 'inspector', 'agent', 'special', 'acting', 'interim', 'executive', 'general', 'secretary-general', 'director-general', 'undersecretary', 'under-secretary', 'high', 'commissioner', 'deputy', 'co-chair', 'physician', 'doctor', 'surgeon', 'nurse', 'pastor', 'congressman', 'congresswoman', 'congressmember', 'assemblymember', 'assemblyman', 'assemblywoman', 'councilmember', 'councilman', 'councilwoman', 'author', 'publicist', 'producer', 'investigator', 'supervising', 'charge'],
  articles: ['the', 'a', 'an', 'its', 'our', 'their'],
  nameParticles: ['de', 'van', 'von', 'der', 'den', 'da', 'di', 'del', 'la', 'le', 'bin', 'al', 'ibn', 'st.'],
  orgPrepositions: ['at the', 'at', 'of the', 'of', 'for the', 'for', 'with the', 'with'],
  employerPrepositions: ['at the', 'at'],
  orgNouns: ['ministry', 'department', 'office', 'agency', 'council', 'commission', 'university', 'institute', 'foundation', 'association', 'bank', 'court', 'bureau', 'center', 'centre', 'group', 'company', 'government', 'board'],
  orgSpeakers: ['the company', 'the firm', 'the organization', 'the organisation', 'the agency', 'the department', 'the office', 'the ministry', 'the government', 'the group', 'the association', 'the foundation', 'the statement', 'the release'],
  notQuoteBefore: ['titled', 'entitled', 'called', 'named', 'dubbed', 'nicknamed', 'known as', 'operation', 'campaign', 'program', 'programme', 'project', 'award', 'prize', 'guide', 'report', 'brochure', 'initiative', 'platform', 'plan', 'word', 'words', 'term', 'terms', 'phrase', 'slogan', 'theme', 'motto', 'the book', 'book', 'film', 'series', 'show', 'exhibition', 'festival', 'contest', 'competition', 'trophy', 'act', 'bill', 'law', 'article', 'category', 'as', 'or', 'and', 'such as'],
  areaFrames: [{ verb: '(?:are|form|remain) (?:the )?(?:pillars|cornerstones|key areas|focus areas) of (?:the )?(?:cooperation|partnership|relations)' }],
  areaIntros: [
    'areas? of (?:cooperation|collaboration|partnership|cooperation and exchange)[^.:;]*?(?:include|includes|including|are|is|will be|covers?|such as|:)',
    '(?:cooperation|collaboration|partnership|co-operation)[^.:;]{0,60}?(?:focus(?:es|ed)? on|cover(?:s|ed|ing)?(?: (?:the )?(?:areas?|fields?|sectors?),?(?: such as| including| of)?)?|will focus on|in the (?:areas?|fields?|sectors?) of|in areas such as)',
    '(?:cooperate|collaborate|work together|co-operate)(?:d)? (?:closely )?(?:in|on) (?:the (?:areas?|fields?|sectors?) of |(?:areas|fields|issues|topics) such as )',
    'partner(?:ed)? (?:closely )?(?:in|on) (?:the (?:areas?|fields?|sectors?) of |areas such as |fields such as )',
    '(?:the )?(?:mou|memorandum of understanding|agreement|memorandum)[^.:;]{0,60}?(?:covers?|includes?|spans?|focus(?:es)? on)',
    'joint (?:projects|research|work|initiatives) (?:in|on)',
  ],
  noiseLines: [
    'share(?: (?:this|on|via)\\b.*)?', 'tweet', 'print(?: this page)?', 'email', 'skip to (?:main )?content', 'back to top', 'read more', 'learn more', 'download as pdf', 'order printed copy',
    'follow us.*', 'home', 'menu', 'search', 'close', 'we use cookies.*', 'accept(?: all)?(?: cookies)?', 'reject all', 'cookie settings', 'press release', 'news release', 'for immediate release',
    'click here for pdf', 'click here.*', 'view (?:the )?(?:original|full) (?:release|story).*', 'print this article', 'report a crime', 'subscribe.*', 'sign up.*', 'related news', 'related posts',
    'scroll to top', 'search for', '\\d{1,2} min(?:ute)?s? read', 'author', 'published', 'updated', 'latest posts', 'newsroom', 'news', 'press', 'media advisory', 'website sign in', 'link to: .*', 'previous post.*', 'next post.*',
  ],
  listEnders: ['etc', 'etc.'],
  listAnd: ['and', 'as well as', 'or'],
};
