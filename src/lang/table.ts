import type { LanguageCode } from '../types.js';

/**
 * What one language contributes. The rules take these as data; adding a
 * language means adding a table like `fr.ts`, not touching the rules.
 * Phrases are lower case; patterns are regular-expression sources.
 */
export interface LanguageTable {
  code: LanguageCode;
  /** Frequent short words, for language detection (a stopword vote). */
  stopwords: string[];
  /** Month names and abbreviations (lower case, without the final dot) to 1-12. */
  months: Record<string, number>;
  /** Weekday names, which may prefix a date. */
  weekdays: string[];
  /** Words that may stand between day, month and year ("de", "le"). */
  dateFillers: string[];
  /** Reporting verbs in the forms that stand before or after a speaker ("a déclaré", "said"). */
  cues: string[];
  /** Cue forms with the pronoun glued on ("explique-t-il", "sagte er"). */
  pronounCues: string[];
  /** Pronouns that stand for the last speaker. */
  pronouns: string[];
  /** Adverbs and connectors that open a sentence capitalised and are never names ("Enseguida", "Ensuite", "Abschließend"). */
  sentenceOpeners: string[];
  /** Headline openings of a statement release whose speaker follows ("statement from", "déclaration de"). */
  statementHeads: string[];
  /** Words that end the speaker in such a headline ("on", "sur", "zu"). */
  statementTopics: string[];
  /** "selon", "according to": a quote's speaker follows. */
  accordingTo: string[];
  /** Honorifics dropped from names (without the final dot). */
  honorifics: string[];
  /** Words that make up titles and roles ("Secrétaire", "Director"), lower case. */
  roleWords: string[];
  /** Articles that may open a role or a speaker phrase. */
  articles: string[];
  /** Lower-case words allowed inside a person's name ("de", "van"). */
  nameParticles: string[];
  /** Prepositions after which a role names its organisation, most telling first. */
  orgPrepositions: string[];
  /** Those of `orgPrepositions` that name an employer ("at", "chez", "bei"). */
  employerPrepositions: string[];
  /** Nouns that open an organisation's name in lower case ("ministère"). */
  orgNouns: string[];
  /** Words referring to an organisation as a speaker ("the company"). */
  orgSpeakers: string[];
  /** Words right before a quoted span that make it a title, a name or a term, not a quote. */
  notQuoteBefore: string[];
  /** Phrases that introduce a list of cooperation areas (regular-expression sources). */
  areaIntros: string[];
  /**
   * Verb phrases that follow the list they frame as joint work, in the same
   * sentence ("Bei X und bei Y spannen die beiden … zusammen", "X et Y
   * constituent des piliers de la coopération"): `verb` a regular-expression
   * source, `marker` the word each item opens with ("bei"), if any.
   */
  areaFrames: { verb: string; marker?: string }[];
  /** Web chrome lines in this language (regular-expression sources, whole line). */
  noiseLines: string[];
  /** Words that end a list item ("etc."). */
  listEnders: string[];
  /** The word joining the last item of a list ("et", "and"). */
  listAnd: string[];
}
