/**
 * The record `extract` returns for one release. Field order here is the order
 * of the JSON output; every field is always present (null or [] when absent).
 */
export type LanguageCode = 'fr' | 'en' | 'es' | 'de';

/** Where the text came from; the shell fills `path` and `sha256`. */
export interface Source {
  path: string | null;
  bytes: number;
  sha256: string | null;
  tool: { name: string; version: string };
}

/** The place a release is datelined from ("BRATISLAVA (Slovaquie) –"). */
export interface Dateline {
  text: string;
  city: string;
  region: string | null;
  country: string | null;
  countryCode: string | null;
}

/** Everyone a direct quote is attributed to. */
export interface Speaker {
  name: string;
  aliases: string[];
  role: string | null;
  organization: string | null;
  kind: 'person' | 'organization';
}

/** How a quote's speaker was found, so a reader can see which ones to check. */
export interface Attribution {
  rule: string;
  confidence: number;
}

/** One direct quote, once. `start`/`end` index the string given to `extract`. */
export interface Quote {
  text: string;
  speaker: string | null;
  cue: string | null;
  paragraph: number;
  start: number;
  end: number;
  attribution: Attribution;
}

/** A line taken out of the body, with the rule that took it. */
export interface Removed {
  text: string;
  rule: string;
  line: number;
}

/** Something the reader should know about the result. */
export interface Warning {
  rule: string;
  message: string;
  line: number | null;
}

export interface Release {
  schemaVersion: 1;
  source: Source;
  language: LanguageCode;
  title: string | null;
  subtitle: string | null;
  date: string | null;
  dateline: Dateline | null;
  speakers: Speaker[];
  quotes: Quote[];
  cooperationAreas: string[];
  captions: string[];
  body: string[];
  removed: Removed[];
  warnings: Warning[];
}

/** Options of `extract`. */
export interface ExtractOptions {
  /** Force the language instead of detecting it. */
  language?: LanguageCode | 'auto';
  /** Treat the input as Markdown (true), plain text (false) or decide from the text (undefined). */
  markdown?: boolean;
  /** Filled in by the shell: the path and digest of the bytes read. */
  source?: Partial<Omit<Source, 'tool'>>;
}
