import type { Release } from '../types.js';

/** The release as JSON: pretty (two spaces) or compact on one line, UTF-8, accents as they are. */
export function toJson(release: Release | Release[], options: { pretty?: boolean } = {}): string {
  return JSON.stringify(release, null, options.pretty === false ? undefined : 2);
}
