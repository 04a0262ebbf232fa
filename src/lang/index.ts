import type { LanguageCode } from '../types.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import type { LanguageTable } from './table.js';

export type { LanguageTable } from './table.js';

/** Every language the tool knows, by ISO 639-1 code. */
export const languages: Record<LanguageCode, LanguageTable> = { fr, en, es, de };

/** The codes `--lang` accepts, besides "auto". */
export const languageCodes = Object.keys(languages) as LanguageCode[];
