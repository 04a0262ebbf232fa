/**
 * press-extract: the core. Text in, a typed `Release` out; no file system,
 * no process, no console.
 */
import './stages/markdown.js'; // the Markdown segmenter, registered at once for library users
export { extract } from './extract.js';
export { createProcessor } from './pipeline.js';
export { toJson } from './compile/json.js';
export { toMarkdown, toMdast } from './compile/markdown.js';
export { toText, type TextStyle } from './compile/text.js';
export { languages, languageCodes, type LanguageTable } from './lang/index.js';
export { TOOL_NAME, TOOL_VERSION } from './version.js';
export type { Attribution, Dateline, ExtractOptions, LanguageCode, Quote, Release, Removed, Source, Speaker, Warning } from './types.js';
