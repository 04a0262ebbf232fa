import type { Release } from '../types.js';

/** How the text summary styles its parts; the shell passes colours, the default is plain. */
export interface TextStyle {
  title(s: string): string;
  label(s: string): string;
  dim(s: string): string;
  warning(s: string): string;
  /** The style of the n-th speaker, so each speaker keeps a colour of their own. */
  speaker(n: number, s: string): string;
}

const plain: TextStyle = { title: (s) => s, label: (s) => s, dim: (s) => s, warning: (s) => s, speaker: (_n, s) => s };

/** A readable summary of the release for a person: header, speakers and their quotes, areas, warnings. */
export function toText(r: Release, style: TextStyle = plain): string {
  const out: string[] = [];
  out.push(style.title(r.title ?? '(no title)'));
  if (r.subtitle) out.push(style.dim(r.subtitle));
  const place = r.dateline ? [r.dateline.city, r.dateline.region, r.dateline.country ?? r.dateline.countryCode].filter(Boolean).join(', ') : null;
  out.push([r.date ?? 'no date', place ?? 'no dateline', r.language].map((x) => style.dim(x)).join(style.dim(' · ')));
  if (r.source.path) out.push(style.dim(r.source.path));
  out.push('');
  const index = new Map(r.speakers.map((s, i) => [s.name, i]));
  for (const [i, s] of r.speakers.entries()) {
    out.push(style.speaker(i, s.name) + (s.role ? style.dim(`, ${s.role}`) : ''));
    for (const q of r.quotes.filter((q) => q.speaker === s.name)) out.push(`  “${q.text}”`);
    out.push('');
  }
  const orphans = r.quotes.filter((q) => !q.speaker || !index.has(q.speaker));
  if (orphans.length) {
    out.push(style.label('Quotes without a speaker'));
    for (const q of orphans) out.push(`  “${q.text}”`);
    out.push('');
  }
  if (r.cooperationAreas.length) {
    out.push(style.label('Cooperation areas'));
    for (const a of r.cooperationAreas) out.push(`  - ${a}`);
    out.push('');
  }
  if (r.warnings.length) {
    out.push(style.label('Warnings'));
    for (const w of r.warnings) out.push(style.warning(`  ${w.rule}: ${w.message}${w.line ? ` (line ${w.line})` : ''}`));
    out.push('');
  }
  return out.join('\n');
}
