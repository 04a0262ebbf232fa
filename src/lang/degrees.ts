/**
 * Degrees and suffixes written after a name ("Helen Okafor, Ph.D.,", "John
 * Smith Jr."): not part of the name and not a role. Lower case, dots off.
 */
export const degrees: ReadonlySet<string> = new Set([
  'phd', 'md', 'mba', 'msc', 'ma', 'ms', 'bsc', 'ba', 'jd', 'llm', 'esq', 'cpa', 'cfa', 'rn', 'dds', 'dmd', 'dvm', 'pharmd', 'mph', 'edd', 'psyd',
  'jr', 'sr', 'ii', 'iii', 'iv', 'faia', 'facp', 'facc', 'frcp', 'dr med', 'dipl-ing', 'lic', 'mag',
]);

/** True when a phrase is a degree or name suffix ("Ph.D.", "M.D.", "Jr."). */
export function isDegree(phrase: string): boolean {
  const p = phrase.toLowerCase().replace(/\./g, '').trim();
  return degrees.has(p) || degrees.has(p.replace(/\s+/g, ''));
}
