import type { LanguageTable } from '../lang/index.js';
import { escape } from './names.js';

const introCache = new WeakMap<LanguageTable, RegExp>();
function introRe(lang: LanguageTable): RegExp {
  let re = introCache.get(lang);
  if (!re) {
    re = new RegExp(`(?:${lang.areaIntros.join('|')})(?:(?<!\\p{L})|(?!\\p{L}))\\s*:?\\s*`, 'iu');
    introCache.set(lang, re);
  }
  return re;
}

/**
 * The items of a stated list of cooperation areas ("Les principaux domaines
 * de coopération sont : …", "areas of cooperation include …"), inline or as
 * the list items that follow an introduction ending with a colon.
 */
export function findAreas(paragraphs: readonly { text: string; item: boolean }[], lang: LanguageTable): string[] {
  const re = introRe(lang);
  for (let p = 0; p < paragraphs.length; p++) {
    const t = paragraphs[p].text;
    const m = re.exec(t);
    if (!m) continue;
    const rest = t.slice(m.index + m[0].length);
    const sentence = endOfSentence(rest);
    if (sentence.trim().length < 3) {
      // The list follows as items.
      const items: string[] = [];
      for (let q = p + 1; q < paragraphs.length && paragraphs[q].item; q++) items.push(cleanItem(paragraphs[q].text));
      if (items.length) return items.filter(Boolean);
      continue;
    }
    const items = splitList(sentence, lang);
    if (isList(items)) return items;
  }
  return framedAreas(paragraphs, lang);
}

/** A list before the verb that frames it as joint work ("Auch bei X und bei Y spannen die beiden … zusammen"). */
function framedAreas(paragraphs: readonly { text: string }[], lang: LanguageTable): string[] {
  const and = new RegExp(`\\s+(?:${lang.listAnd.map(escape).join('|')})(?:\\s+\\p{Ll}+)?\\s*$`, 'iu');
  for (const frame of lang.areaFrames) {
    const verb = new RegExp(`(?:^|[\\s(«"“„])${frame.verb}`, 'giu');
    for (const { text } of paragraphs) {
      for (const m of text.matchAll(verb)) {
        const sentence = text.slice(0, m.index).split(/(?<=[.!?])\s+/).at(-1) ?? '';
        const items = (frame.marker ? markedItems(sentence, frame.marker, and) : splitList(sentence, lang)).map(cleanItem).filter(Boolean);
        if (isList(items)) return items;
      }
    }
  }
  return [];
}

/** The phrases that open with `marker` ("bei der Prüfung …", "bei der Bekämpfung …"), without the "und" between them. */
function markedItems(sentence: string, marker: string, and: RegExp): string[] {
  const re = new RegExp(`(?<![\\p{L}])${escape(marker)}\\s+`, 'giu');
  const at = [...sentence.matchAll(re)].map((x) => ({ from: x.index!, text: x.index! + x[0].length }));
  return at.map((x, i) => sentence.slice(x.text, i + 1 < at.length ? at[i + 1].from : sentence.length).trim().replace(and, ''));
}

/** Items that read as a list of fields: two or more, each a short phrase, none a quotation or a clause about something else. */
function isList(items: readonly string[]): boolean {
  return items.length >= 2 && items.every((x) => (x.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0) <= 12 && !/[«»“”„"]/.test(x) && /\p{L}{2}/u.test(x));
}

function endOfSentence(s: string): string {
  const m = /(?<!\b(?:\p{Lu}|etc|z\.B|u\.a|e\.g|i\.e|Inc|Ltd|Co))[.!?](?=\s|$)/u.exec(s);
  return m ? s.slice(0, m.index) : s;
}

/** Split a list on semicolons, else commas; on the final "and/et/y/und" only when nothing else splits it. */
export function splitList(s: string, lang: LanguageTable): string[] {
  let parts = s.includes(';') ? s.split(/\s*;\s*/) : splitCommas(s);
  // "…, robotics and digital transformation, laying a solid foundation …": the list ends before a participle clause.
  const clause = parts.findIndex((x, i) => i > 0 && /^\s*\p{Ll}+(?:ing|ant|ando|iendo|end)\s+\S+\s+\S+/u.test(x));
  if (clause > 0) parts = parts.slice(0, clause);
  const and = new RegExp(`\\s+(?:${lang.listAnd.map(escape).join('|')})\\s+`, 'iu');
  if (parts.length === 1) parts = s.split(and);
  else {
    const last = parts[parts.length - 1];
    parts[parts.length - 1] = last.replace(new RegExp(`^(?:${lang.listAnd.map(escape).join('|')})\\s+`, 'iu'), '');
    // "a, b and c": the last comma part holds two items when the others are short.
    const m = and.exec(parts[parts.length - 1]);
    const halves = m ? [parts[parts.length - 1].slice(0, m.index), parts[parts.length - 1].slice(m.index + m[0].length)] : [];
    if (m && halves.every((x) => x.trim().split(/\s+/).length <= 4)) {
      const tail = parts.pop()!;
      parts.push(tail.slice(0, m.index), tail.slice(m.index + m[0].length));
    }
  }
  return parts.map(cleanItem).filter((x) => x && x.length <= 160);
}

function splitCommas(s: string): string[] {
  // Commas inside parentheses do not split.
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of s) {
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (ch === ',' && depth === 0) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

function cleanItem(s: string): string {
  return s.replace(/^[\s\-–—•*·]+/, '').replace(/^(?:such as|including|notamment|comme|como|wie|etwa)\s+/i, '').replace(/^(?:and|et|y|und|as well as|ainsi que|así como)\s+/i, '').replace(/^(?:etc\.?|usw\.?)$/i, '').replace(/[\s.;:,]+$/, '').trim();
}
