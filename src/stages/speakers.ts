import type { LanguageTable } from '../lang/index.js';
import type { Speaker } from '../types.js';
import { appositionRole, INITIALS, knowledge, isNameWord, isOrganizationWord, organizationOf, readSpeakerBefore, type Mention } from './names.js';
import type { RawQuote } from './quotes.js';

/**
 * A full name the text names somewhere, with the role it gives them there.
 * Roles are read when first asked for: most names in a release never are.
 */
interface Person {
  name: string;
  readonly role: string | null;
  /** The apposition after the name, when a title before it gave `role` ("conseillère fédérale X, cheffe du DFJP"). */
  readonly apposition: string | null;
  paragraph: number;
  /** Where in its paragraph the name stands. */
  index: number;
}

function person(name: string, paragraph: number, index: number, read: () => { role: string | null; apposition: string | null }): Person {
  let roles: { role: string | null; apposition: string | null } | null = null;
  const get = () => (roles ??= read());
  return {
    name,
    paragraph,
    index,
    get role() {
      return get().role;
    },
    get apposition() {
      return get().apposition;
    },
  };
}

const NAME_RUN = /(?<!\p{L}|(?<!\p{L})\p{Lu}\.)\p{Lu}(?:\.(?:\p{Lu}\.)*|[\p{L}’'-]*)(?:\s+(?:(?:de|du|van|von|der|den|da|di|del|la|le|bin|al|ibn)\s+)?\p{Lu}(?:\.(?:\p{Lu}\.)*|[\p{L}’'-]*)){1,7}/gu;

/**
 * A headline's title case: no final full stop (an ellipsis may stand), five or more words of four letters or more, nine in ten
 * of them capitalised ("DA Stephan Releases ‘2024 Annual Report’ Highlighting Public Safety Achievements").
 * A sentence crowded with names and organisations still has its verbs in lower case.
 */
function titleCase(t: string): boolean {
  if (t.length > 300 || /(?<!\.\.)[.!?:;»”"]\s*$/.test(t)) return false;
  const words = t.match(/\p{L}{4,}/gu) ?? [];
  return words.length >= 5 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= words.length * 0.9;
}

/** Every full name (two to five capitalised words) in the paragraphs, with a role where one stands beside it. */
export function findPeople(paragraphs: readonly string[], lang: LanguageTable): Person[] {
  const k = knowledge(lang);
  const out: Person[] = [];
  paragraphs.forEach((t, p) => {
    // A line in title case (a headline repeated in the body) marks every word with a capital: no name can be told there.
    if (titleCase(t)) return;
    NAME_RUN.lastIndex = 0;
    for (let m = NAME_RUN.exec(t); m; m = NAME_RUN.exec(t)) {
      const words = m[0].split(/\s+/);
      // The name is what follows the last title word or acronym of the run ("Secrétaire Général Jürgen Stock").
      let a = 0;
      // Particles stand inside a name ("Yann Le Goff", "Luiz da Silva"): "DA Summer Stephan" opens with a title, not a particle.
      for (let i = 0; i < words.length; i++) if ((!isNameWord(words[i], k) && !(i > 0 && k.particles.has(words[i].toLowerCase()))) || isOrganizationWord(words[i]) || (i === 0 && words.length >= 3 && k.cueWords.has(words[0].toLowerCase()))) a = i + 1;
      if (words.length - a < 2) {
        a = 0;
        while (a < words.length && !isNameWord(words[a], k)) a++;
      }
      let b = words.length;
      while (b > a && !isNameWord(words[b - 1], k)) b--;
      const nameWords = words.slice(a, b);
      if (nameWords.length < 2 || nameWords.length > 5 || nameWords.every((w) => INITIALS.test(w)) || nameWords.some((w, i) => (!isNameWord(w, k) && !(i > 0 && k.particles.has(w.toLowerCase()))) || isOrganizationWord(w))) continue;
      const name = nameWords.join(' ').replace(/[.,]$/, '');
      const at = m.index;
      const endAt = at + m[0].length;
      const lastIsName = b === words.length;
      out.push(
        person(name, p, at, () => {
          const before = readSpeakerBefore(t.slice(Math.max(0, at - 160), endAt), lang);
          let role = before && before.name === name ? before.role : null;
          const after = t.slice(endAt, endAt + 400);
          let apposition: string | null = null;
          if (/^,\s+\S/.test(after) && lastIsName) {
            const r = appositionRole(after.replace(/^,\s+/, ''), lang);
            if (r && !/^(?:who|qui|quien|der|die|and|et|y|und)\b/i.test(r)) apposition = r;
          }
          if (!role) role = apposition;
          return { role, apposition: apposition === role ? null : apposition };
        }),
      );
    }
  });
  return out;
}

function lastWord(s: string): string {
  return s.split(/\s+/).at(-1)?.toLowerCase() ?? '';
}

/** The distinct names of the text, by their first and last word, with the first paragraph each stands in. */
interface NameIndex {
  byWord: Map<string, Map<string, number>>;
}

function indexNames(people: readonly Person[]): NameIndex {
  const byWord = new Map<string, Map<string, number>>();
  const add = (w: string, p: Person) => {
    let names = byWord.get(w);
    if (!names) byWord.set(w, (names = new Map()));
    if (!names.has(p.name)) names.set(p.name, p.paragraph);
  };
  for (const p of people) {
    const pw = p.name.split(/\s+/);
    add(pw[pw.length - 1].toLowerCase(), p);
    add(pw[0].toLowerCase(), p);
  }
  return { byWord };
}

/**
 * Resolve a surname, a title and surname or a full name to the fullest name
 * the text gives: among the names that end with it (or, for one word, start
 * with it), the longest named at or before the quote's paragraph, else the
 * longest. Looked up by word, so a long release costs no more per quote.
 */
function canonical(name: string, index: NameIndex, paragraph: number): string {
  const words = name.split(/\s+/);
  const tail = lastWord(name);
  const lower = name.toLowerCase();
  const names = index.byWord.get(tail);
  if (!names) return name;
  let best: string | null = null;
  let bestBefore: string | null = null;
  for (const [candidate, first] of names) {
    const cw = candidate.split(/\s+/);
    if (cw.length < words.length) continue;
    const c = candidate.toLowerCase();
    // A full name grows only by first names: words after it in a title-case line are not part of it.
    const fits = words.length === 1 ? lastWord(candidate) === tail || cw[0].toLowerCase() === tail : c.endsWith(` ${lower}`) || c === lower;
    if (!fits) continue;
    if (!best || candidate.length > best.length) best = candidate;
    if (first <= paragraph && (!bestBefore || candidate.length > bestBefore.length)) bestBefore = candidate;
  }
  return bestBefore ?? best ?? name;
}

/** A quote's speaker as a resolved name, or null. */
export interface Resolved {
  speakers: Speaker[];
  names: (string | null)[];
}

/**
 * Turn the mentions the quote rules found into speakers: a surname or a
 * title and surname becomes the full name, a pronoun the previous speaker, a
 * role the person the text names for it; roles and organisations come from
 * the attribution or from where the text first names the person.
 */
export function resolveSpeakers(quotes: readonly RawQuote[], paragraphs: readonly string[], lang: LanguageTable, title: string | null = null): Resolved {
  // Nothing to resolve: the names of the text need not be read.
  if (!quotes.some((q) => q.mention)) return { speakers: [], names: quotes.map(() => null) };
  const people = findPeople(paragraphs, lang);
  const index = indexNames(people);
  let subject: string | null | undefined;
  const byName = new Map<string, Speaker>();
  const names: (string | null)[] = [];
  let previous: string | null = null;
  let previousEnd: [number, number] = [-1, -1];
  const before = (a: [number, number], b: [number, number]) => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
  for (const q of quotes) {
    const m = q.mention;
    const paragraph = q.pieces[0].paragraph;
    const start: [number, number] = [paragraph, q.pieces[0].start];
    let name: string | null = null;
    if (!m) name = null;
    else if (m.pronoun) {
      // "…», dit-elle" after a paragraph that names someone new: the pronoun is hers, not the last speaker's.
      const between = people.findLast((x) => x.paragraph < paragraph && before(previousEnd, [x.paragraph, x.index]) && before([x.paragraph, x.index], start) && !!x.role);
      name = between?.name ?? previous ?? people.findLast((x) => x.paragraph <= paragraph)?.name ?? null;
    }
    else if (m.name) name = m.organization ? m.name : canonical(m.name, index, paragraph);
    else if (m.organization) name = subject === undefined ? (subject = releaseOrganization(paragraphs, title, new Set(quotes.map((x) => x.mention?.name).filter((x): x is string => !!x).map((x) => canonical(x, index, 0))), m.form ?? '')) : subject;
    else if (m.role) name = personForRole(m.role, people, paragraph, q.pieces[0].start);
    names.push(name);
    if (!name || !m) continue;
    previous = name;
    const last = q.pieces[q.pieces.length - 1];
    previousEnd = [last.paragraph, last.end];
    let s = byName.get(name);
    if (!s) {
      s = { name, aliases: [], role: null, organization: null, kind: m.organization ? 'organization' : 'person' };
      byName.set(name, s);
    }
    // A quote attributed to a role alone: the person keeps the title the text gives them, the role phrase becomes an alias.
    addMention(s, m.name || m.pronoun ? m : { ...m, role: null });
  }
  for (const s of byName.values()) {
    // A fuller statement of the same title where the text introduces the person ("Secrétaire Général" → "Secrétaire Général d’INTERPOL").
    const fuller = people.find((p) => p.name === s.name && p.role && (!s.role || (p.role.length > s.role.length && p.role.toLowerCase().startsWith(s.role.toLowerCase()))));
    if (s.kind === 'person' && fuller) s.role = fuller.role;
    if (s.role) s.organization = organizationOf(s.role, lang);
    if (s.kind === 'person') {
      const surname = s.name.split(/\s+/).at(-1)!;
      if (surname !== s.name && !s.aliases.includes(surname) && s.aliases.some((a) => a.endsWith(surname))) s.aliases.unshift(surname);
    }
  }
  return { speakers: [...byName.values()], names };
}

const ORG_RUN = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}’'&.-]*(?:\s+(?:&\s+|(?:of|de|du|des|del|der|für)\s+)?\p{Lu}[\p{L}\p{N}’'&.-]*){0,4}/gu;

/**
 * The organisation "the company", "le ministère" or "die Stiftung" stands for:
 * the name the release gives most often, the headline counting double, that
 * is not a speaker's, preferring one that holds the noun ("Ministry of …" for
 * "the ministry"); null when nothing is named twice.
 */
function releaseOrganization(paragraphs: readonly string[], title: string | null, speakers: ReadonlySet<string>, form: string): string | null {
  const noun = form.split(/\s+/).at(-1)?.toLowerCase() ?? '';
  const persons = new Set([...speakers].flatMap((p) => [p, ...p.split(/\s+/)]));
  const counts = new Map<string, { n: number; first: number }>();
  let at = 0;
  const texts = [title ?? '', title ?? '', ...paragraphs];
  texts.forEach((t, i) => {
    ORG_RUN.lastIndex = 0;
    for (let m = ORG_RUN.exec(t); m; m = ORG_RUN.exec(t)) {
      const name = m[0].replace(/[’']s$|[.,]$/u, '');
      const letters = name.replace(/[^\p{L}]/gu, '');
      if (persons.has(name) || letters.length < 3 || (letters === letters.toUpperCase() && name.includes(' '))) continue;
      // Words that open a paragraph (a heading, a list item) or a sentence are counted only where they also stand inside one.
      if (i >= 2 && m.index === 0) continue;
      if (/[.!?]\s*$/.test(t.slice(0, m.index)) && !counts.has(name)) continue;
      const c = counts.get(name) ?? { n: 0, first: at++ };
      c.n++;
      counts.set(name, c);
    }
  });
  const ranked = [...counts].filter(([, c]) => c.n >= 2).sort((a, b) => b[1].n - a[1].n || a[1].first - b[1].first);
  const withNoun = ranked.find(([name]) => name.toLowerCase().split(/\s+/).includes(noun));
  return (withNoun ?? ranked[0])?.[0] ?? null;
}

function addMention(s: Speaker, m: Mention): void {
  if (m.form && m.form !== s.name && !s.aliases.includes(m.form)) s.aliases.push(m.form);
  if (m.name && m.name !== s.name && !s.aliases.includes(m.name)) s.aliases.push(m.name);
  if (!s.role && m.role) s.role = m.role;
}

function norm(s: string): string {
  return s.toLowerCase().replace(/^(?:le|la|l[’']|the|el|der|die|das)\s*/, '').replace(/\s+/g, ' ').trim();
}

const SMALL = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'of', 'the', 'at', 'for', 'en', 'el', 'del', 'der', 'die', 'das', 'und', 'et', 'and', 'y']);
function content(s: string): Set<string> {
  return new Set(norm(s).split(/[^\p{L}\p{N}]+/u).filter((w) => w && !SMALL.has(w)));
}

/**
 * The person the text names for a role ("le chef du DFJP" → whoever is called
 * that): a person whose role shares two content words with it (or all of a
 * one-word role), else the person named last before the quote in its paragraph.
 */
function personForRole(role: string, people: readonly Person[], paragraph: number, at: number): string | null {
  const r = content(role);
  if (!r.size) return null;
  let best: Person | null = null;
  let bestScore = 0;
  for (const p of people) {
    for (const title of [p.role, p.apposition]) {
      if (!title) continue;
      const pr = content(title);
      let shared = 0;
      for (const w of pr) if (r.has(w)) shared++;
      const enough = shared >= 2 || (shared === 1 && r.size === 1 && pr.size === 1);
      if (enough && shared > bestScore) {
        best = p;
        bestScore = shared;
      }
    }
  }
  if (best) return best.name;
  return people.findLast((p) => p.paragraph === paragraph && p.index < at)?.name ?? null;
}
