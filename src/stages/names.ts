import type { LanguageTable } from '../lang/index.js';
import { isDegree } from '../lang/degrees.js';
import { organizationWords } from '../lang/organizations.js';

/** What an attribution phrase says about its speaker. */
export interface Mention {
  /** The person's or organisation's name as written, honorific off ("Greminger", "Jürgen Stock"). */
  name: string | null;
  /** The form as written with honorific or title ("M. Greminger", "Secrétaire Général Stock"). */
  form: string | null;
  role: string | null;
  /** A pronoun ("il", "she"): the speaker is the last one. */
  pronoun: boolean;
  /** An organisation speaks ("the company said"). */
  organization: boolean;
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}’'.&-]*|[,;:()]/gu;
const STOP_CAPS = new Set(['the', 'le', 'la', 'les', 'el', 'los', 'las', 'der', 'die', 'das', 'this', 'these', 'that', 'in', 'on', 'at', 'for', 'and', 'et', 'y', 'und', 'but', 'mais', 'pero', 'aber', 'a', 'an', 'as', 'with', 'by', 'after', 'before', 'while', 'during', 'when', 'lors', 'après', 'avant', 'pendant', 'ce', 'cette', 'ces', 'we', 'our', 'nous', 'i', 'je', 'it', 'its', 'il', 'elle', 'he', 'she', 'they', 'mr', 'mrs', 'ms']);

/** Per-language word sets, built once from the tables. */
export interface NameKnowledge {
  roleWords: Set<string>;
  honorifics: Set<string>;
  particles: Set<string>;
  articles: Set<string>;
  pronouns: Set<string>;
  openers: Set<string>;
  cueWords: Set<string>;
  /** Titles are written as the end of compounds (German). */
  compoundRoles: boolean;
  /** The role words long enough to end such a compound. */
  longRoles: string[];
  months: Set<string>;
  orgSpeakers: string[];
  /** Answers of isNameWord already given (it depends only on the word and these tables). */
  nameWords: Map<string, boolean>;
}

const cache = new WeakMap<LanguageTable, NameKnowledge>();
export function knowledge(lang: LanguageTable): NameKnowledge {
  let k = cache.get(lang);
  if (!k) {
    k = {
      roleWords: new Set(lang.roleWords),
      honorifics: new Set(lang.honorifics.map((h) => h.replace(/\.$/, ''))),
      particles: new Set(lang.nameParticles),
      articles: new Set(lang.articles),
      pronouns: new Set(lang.pronouns),
      openers: new Set(lang.sentenceOpeners),
      cueWords: new Set(lang.cues.filter((c) => !c.includes(' '))),
      compoundRoles: lang.code === 'de',
      longRoles: lang.roleWords.filter((r) => r.length >= 6),
      months: new Set([...Object.keys(lang.months), ...lang.weekdays]),
      orgSpeakers: [...lang.orgSpeakers].sort((a, b) => b.length - a.length),
      nameWords: new Map(),
    };
    cache.set(lang, k);
  }
  return k;
}

function bare(w: string): string {
  return w.toLowerCase().replace(/\.$/, '');
}

/** A capitalised word that can be part of a person's name. */
export function isNameWord(w: string, k: NameKnowledge): boolean {
  if (!/^\p{Lu}/u.test(w)) return false;
  // Asked of the same capitalised words over and over: the answers are kept (a bounded cache).
  const known = k.nameWords.get(w);
  if (known !== undefined) return known;
  const answer = readNameWord(w, k);
  if (k.nameWords.size >= 20_000) k.nameWords.clear();
  k.nameWords.set(w, answer);
  return answer;
}

function readNameWord(w: string, k: NameKnowledge): boolean {
  const b = bare(w);
  if (isRoleWord(w, k) || k.honorifics.has(b) || STOP_CAPS.has(b) || k.months.has(b) || k.openers.has(b)) return false;
  if (b.includes('-') && b.split('-').some((part) => part === 'in' || part === 'of')) return false;
  // Initials, alone or run together ("J.", "B.J.", "S.W."), stand in names; the common abbreviations do not.
  if (INITIALS.test(w) && w.length <= 6) return !ABBREVIATIONS.has(b);
  const letters = w.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 2 && letters === letters.toUpperCase()) return false; // an acronym
  return true;
}

/** Initials, alone or run together ("J.", "B.J."). */
export const INITIALS = /^(?:\p{Lu}\.)+$/u;

/** Dotted abbreviations that are not initials (lower case, without the final dot). */
const ABBREVIATIONS = new Set(['u.s', 'u.k', 'u.n', 'e.u', 'd.c', 'n.y', 'l.a', 'p.c', 'h.e', 'u.s.a', 'e.g', 'i.e', 'a.m', 'p.m', 's.a', 'n.v', 'b.v', 'e.v', 'z.b', 'u.a', 'd.h', 'r.i.p']);

interface Tok {
  w: string;
  i: number;
}

function tokenize(s: string): Tok[] {
  const out: Tok[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(s); m; m = TOKEN.exec(s)) out.push({ w: m[0], i: m.index });
  return out;
}

/** Runs of name words (with particles inside) in `toks`, as [from, to) pairs. */
function nameRuns(toks: Tok[], k: NameKnowledge): [number, number][] {
  const runs: [number, number][] = [];
  let i = 0;
  while (i < toks.length) {
    if (!isNameWord(toks[i].w, k)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < toks.length) {
      if (isNameWord(toks[j].w, k)) j++;
      else if (k.particles.has(toks[j].w.toLowerCase()) && j + 1 < toks.length && isNameWord(toks[j + 1].w, k)) j += 2;
      else break;
    }
    runs.push([i, Math.min(j, i + 5)]);
    i = j;
  }
  return runs;
}

const PREPOSITIONS = new Set(['of', 'at', 'for', 'from', 'with', 'in', 'de', 'du', 'des', 'del', 'à', 'au', 'aux', 'chez', 'von', 'vom', 'der', 'bei', 'beim', 'für', 'zu', 'zur', 'zum', 'en', 'por', 'para', 'the', 'la', 'los', 'las', 'le', 'les', 'l’', "l'", 'd’', "d'"]);

/** A capitalised word that heads an organisation's name ("Center", "Tribune", "Parlement"). */
export function isOrganizationWord(w: string): boolean {
  return organizationWords.has(bare(w));
}

/** Runs that name a person: not an organisation after "of", "de", "von" … */
function personRuns(toks: Tok[], k: NameKnowledge): [number, number][] {
  const out: [number, number][] = [];
  for (const [a1, b] of nameRuns(toks, k)) {
    // "Said Glenn Yeffeth, Publisher:": a cue that opens the sentence is not part of the name.
    const a0 = b - a1 >= 3 && k.cueWords.has(toks[a1].w.toLowerCase()) ? a1 + 1 : a1;
    // "Parlement Ogtay Asadov": a person after an organisation's name; "Wisconsin Cancer Center": no person.
    let a = a0;
    for (let i = b - 1; i >= a0; i--) {
      if (isOrganizationWord(toks[i].w)) {
        a = i + 1;
        break;
      }
    }
    if (a > a0 && b - a < 2) continue;
    // Initials alone are not a name ("Robert A. Dowd, C.S.C.", "Y.L.:").
    if (toks.slice(a, b).every((t) => INITIALS.test(t.w))) continue;
    if (a > a0) {
      out.push([a, b]);
      continue;
    }
    const afterPreposition = a > 0 && PREPOSITIONS.has(toks[a - 1].w.toLowerCase()) && !(k.articles.has(toks[a - 1].w.toLowerCase()) && a === 1);
    if (!afterPreposition) out.push([a, b]);
    // "de la Confédération Ignazio Cassis": an organisation, then the person.
    else if (b - a >= 3 && toks.slice(b - 2, b).every((t) => isNameWord(t.w, k))) out.push([b - 2, b]);
  }
  return out;
}

function text(s: string, toks: Tok[], a: number, b: number): string {
  if (a >= b) return '';
  const last = toks[b - 1];
  return s.slice(toks[a].i, last.i + last.w.length).replace(/\s+/gu, ' ').replace(/[.,;:]+$/, (x) => (x === '.' && /\b\p{Lu}\.$|\b(?:Inc|Ltd|Corp|Co|Jr|Sr|St|Dr)\.$/u.test(s.slice(toks[a].i, last.i + last.w.length)) ? x : ''));
}

/** Abbreviations whose dot does not end a sentence ("M. Faure", "Dr. Okafor", "Inc."). */
const ABBREVIATION = String.raw`(?:\p{Lu}|Mr|Mrs|Ms|Dr|Drs|M|Mme|Mlle|Me|Pr|Prof|Sr|Sra|Srta|Dra|Lic|Ing|St|Jr|Hon|Rev|Gen|Col|Capt|Lt|Gov|Sen|Rep|No|Nr|Inc|Ltd|Corp|Co|vs|etc|approx)`;
const SENTENCE_END = new RegExp(String.raw`(?<=[.!?…])(?<!(?:^|[\s(])${ABBREVIATION}\.)\s+(?=[\p{Lu}«“„"])`, 'u');

/** The sentences of a text, not cut after a title's or an initial's dot. */
export function sentences(text: string): string[] {
  return text.split(SENTENCE_END);
}

/** Cut a phrase at the end of its sentence or clause ("…, who …", "…, qui …"). */
export function clause(s: string): string {
  let t = s;
  const end = /(?<!\b(?:\p{Lu}|Inc|Ltd|Corp|Co|Jr|Sr|St|Dr|Prof|Pr|Mgr|Me|Hon|Rev|Gen|Col|Capt|Lt|Sra|Dra|Lic|Ing|Mr|Mrs|Ms|M|Mme|Gov|Sen|Rep|Dept|No|Nr|U\.S|Fla|Calif|Ariz|Tex|Mass|Ill|Pa|Va|Ga|Wash|Ore|Colo|Conn|Ky|La|Md|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Tenn|Wis|Wyo|Ala|Ark|Kan|Del|vs|etc|approx))[.!?;](?=\s|$)|\s[–—]\s|[«“„"]|\n/u.exec(t);
  if (end) t = t.slice(0, end.index);
  const rel = /,\s+(?:who|which|where|whose|qui|que|dont|où|quien|que|quienes|donde|der|die|das|welche|welcher|and|et|y|und|while|alors|adding|ajoutant|añadiendo)\b/iu.exec(t);
  if (rel) t = t.slice(0, rel.index);
  return t.trim();
}

/**
 * The role in an apposition after a name ("…, co-founder and CTO of Northfield
 * Robotics, built the first …" → "co-founder and CTO of Northfield Robotics"):
 * degrees off the front, and the parts up to the first that goes on in lower
 * case without a title, a small word or a name (the sentence's verb).
 */
export function appositionRole(after: string, lang: LanguageTable): string | null {
  return roleAfter(after, knowledge(lang));
}

function roleAfter(after: string, k: NameKnowledge): string | null {
  const parts = clause(after).split(/\s*,\s*(?![^(]*\))/);
  while (parts.length && isDegree(parts[0])) parts.shift();
  const kept: string[] = [];
  for (const part of parts) {
    const first = part.split(/\s+/, 1)[0] ?? '';
    const small = PREPOSITIONS.has(first.toLowerCase()) || k.articles.has(first.toLowerCase()) || /^(?:and|et|y|und|en|chargée?|in|for|à|au)$/i.test(first);
    if (!first || (kept.length && /^\p{Ll}/u.test(first) && !isRoleWord(first, k) && !small)) break;
    if (k.cueWords.has(first.toLowerCase())) break;
    // "… Chair of the Expert Segment said": the title ends at the cue.
    const cue = tokenize(part).find((t) => /^\p{Ll}/u.test(t.w) && k.cueWords.has(t.w));
    if (cue) {
      if (cue.i > 0) kept.push(part.slice(0, cue.i).trim());
      break;
    }
    // A first part in lower case is a title only with a title word or a named organisation in it ("ingénieur de production chez Simple Finance").
    if (!kept.length && /^\p{Ll}/u.test(first) && !tokenize(part).some((t) => isRoleWord(t.w, k)) && !/\s(?:\p{Ll}+[’']?\s+)?[’']?\p{Lu}/u.test(part)) break;
    kept.push(part);
  }
  const role = kept.join(', ').replace(/[.,;:]+$/, '').trim();
  return role && role.length <= 200 ? role : null;
}

/**
 * Read a speaker phrase that follows a cue ("a souligné Lukáš Parízek, Secrétaire d’État …",
 * "said George McAllan, Chief Growth Officer at Sonny’s BBQ", "a indiqué M. Greminger").
 */
export function readSpeakerAfter(phrase: string, lang: LanguageTable): Mention | null {
  const k = knowledge(lang);
  const s = clause(phrase);
  return readPhrase(s, k, 'first');
}

/**
 * Read the subject that stands before a cue ("HKTDC Research Director Irina Fan",
 * "Le Secrétaire Général de l’OSCE Thomas Greminger", "David Shapiro, CEO of B2i Digital,").
 */
export function readSpeakerBefore(phrase: string, lang: LanguageTable): Mention | null {
  const k = knowledge(lang);
  let s = phrase.replace(/[\s,]+$/, '');
  // Start at the last sentence or clause boundary before the subject.
  const b = /^.*(?:[.!?;:»”]\s+|\s[–—]\s|(?<=\p{L}|\d)\.[–—-]\s*)/su.exec(s);
  if (b) s = s.slice(b[0].length);
  const parts = s.split(/\s*,\s*(?![^(]*\))/);
  // "David Shapiro, Chief Executive Officer of B2i Digital" before the cue: the nearest part that holds a full name.
  if (parts.length >= 2) {
    const read = parts.map((p) => readPhrase(p, k, 'last'));
    const from = Math.max(0, parts.length - 3);
    // "Bitcoin Mechanic, Jefe Global de Ventas de OCEAN": a part that opens on a title or a lower-case word after a part that is a name is its apposition.
    const apposition = (i: number) => {
      const first = parts[i].trim().split(/\s+/, 1)[0] ?? '';
      const prev = read[i - 1];
      return i > 0 && (/^\p{Ll}/u.test(first) || k.roleWords.has(bare(first))) && !!prev?.name && !prev.organization && parts[i - 1].trim().endsWith(prev.name);
    };
    for (const full of [true, false]) {
      for (let i = parts.length - 1; i >= from; i--) {
        const m = read[i];
        if (!m?.name || m.organization || (full && !m.name.includes(' ')) || apposition(i)) continue;
        if (m.role) return m;
        // The role is the apposition after the name, or a title alone in the part before it ("El rector de la UB, Joan Guàrdia, ha dado …").
        const titled = (p: string) => tokenize(p).some((t) => k.roleWords.has(bare(t.w)));
        let j = i + 1;
        while (j < parts.length && titled(parts[j])) j++;
        if (j > i + 1) return { ...m, role: parts.slice(i + 1, j).join(', ') };
        const opensWithTitle = (p: string) => {
          const w = p.trim().split(/\s+/, 2);
          return isRoleWord(w[0] ?? '', k) || (k.articles.has((w[0] ?? '').toLowerCase()) && isRoleWord(w[1] ?? '', k));
        };
        if (i > 0 && titled(parts[i - 1]) && (!read[i - 1]?.name || opensWithTitle(parts[i - 1]))) return { ...m, role: stripArticle(parts[i - 1], k) };
        if (i < parts.length - 1 && j === i + 1 && i === parts.length - 2 && !/^\p{Ll}+\s/u.test(parts[i + 1])) return { ...m, role: parts[i + 1] || null };
        return m;
      }
    }
    return read[parts.length - 1];
  }
  return readPhrase(s, k, 'last');
}

/**
 * The subject of a sentence that introduces a quote without a cue verb next
 * to it ("Pavel Sokolovas, Mitbegründer von kevin., drückt … aus:"): the first
 * full name in the sentence, with the role beside it.
 */
export function readSubject(sentence: string, lang: LanguageTable): Mention | null {
  const k = knowledge(lang);
  const toks = tokenize(sentence);
  const all = personRuns(toks, k);
  const runs = all.filter(([a, b]) => b - a >= 2);
  if (!runs.length) {
    const upTo = (r: [number, number]) => sentence.slice(0, toks[r[1] - 1].i + toks[r[1] - 1].w.length);
    // "Excerpts from Chairman Wyden:": a surname after a title; "Sokolovas umriss die technische Reise:": a surname that opens the sentence.
    const titled = all.find(([a]) => a > 0 && (isRoleWord(toks[a - 1].w, k) || k.honorifics.has(bare(toks[a - 1].w))));
    if (titled) return readPhrase(upTo(titled), k, 'last');
    if (all[0]?.[0] === 0) return readPhrase(upTo(all[0]), k, 'first');
    return readSpeakerBefore(sentence, lang);
  }
  const [a, b] = runs[0];
  const end = toks[b - 1].i + toks[b - 1].w.length;
  return readPhrase(sentence.slice(0, end) + sentence.slice(end).replace(/^(,[^,]{2,120},).*$/su, '$1').replace(/,$/, ''), k, 'last') ?? readPhrase(sentence.slice(toks[a].i), k, 'first');
}

function readPhrase(s0: string, k: NameKnowledge, which: 'first' | 'last'): Mention | null {
  const s = s0.trim();
  if (!s) return null;
  const lower = s.toLowerCase();
  const firstWord = lower.split(/[\s,]/, 1)[0];
  if (k.pronouns.has(firstWord) && s.split(/\s+/).length <= 2) return { name: null, form: null, role: null, pronoun: true, organization: false };
  for (const o of k.orgSpeakers) if (lower === o || lower.startsWith(o + ' ') || lower.startsWith(o + ',')) return { name: null, form: o, role: null, pronoun: false, organization: true };
  const comma = s.indexOf(',');
  const head = comma >= 0 ? s.slice(0, comma) : s;
  const tail = comma >= 0 ? s.slice(comma + 1).trim() : '';
  const toks = tokenize(head);
  const runs = personRuns(toks, k);
  if (!runs.length && tail) {
    // "el director ejecutivo de Olympic Transport, Fernando Paez"
    const tt = tokenize(tail);
    const tr = personRuns(tt, k);
    if (tr.length && tr[0][0] === 0 && tr[0][1] - tr[0][0] >= 2) {
      const hasRole = toks.some((t) => k.roleWords.has(bare(t.w)));
      return { name: text(tail, tt, tr[0][0], tr[0][1]), form: null, role: hasRole ? stripArticle(head, k) : null, pronoun: false, organization: false };
    }
  }
  if (!runs.length) {
    // A role alone ("le chef du DFJP", "die Finanzministerin"), or an organisation ("Agroscope", "OSCE").
    const words = toks.filter((t) => /\p{L}/u.test(t.w));
    if (!words.length || words.length > 12) return null;
    const hasRole = words.some((t) => k.roleWords.has(bare(t.w)));
    const acronym = words.length <= 3 && words.some((t) => /^\p{Lu}[\p{Lu}\p{N}&-]+$/u.test(t.w));
    if (hasRole) {
      const role = stripArticle(head.replace(CIRCUMSTANCE, ''), k);
      return { name: null, form: role, role, pronoun: false, organization: false };
    }
    if (acronym) return { name: stripArticle(head, k), form: stripArticle(head, k), role: null, pronoun: false, organization: true };
    return null;
  }
  // A run that a title follows ("Cook County State’s Attorney Eileen O’Neill Burke") is an organisation before the title.
  const titled = (r: [number, number]) => r[1] < toks.length && k.roleWords.has(bare(toks[r[1]].w));
  const [a, b] = which === 'first' ? runs.find((r) => !titled(r)) ?? runs[0] : runs[runs.length - 1];
  const name = text(head, toks, a, b);
  // The title runs back from the name over role words, capitalised words and the small words between them.
  let r = a;
  while (r > 0) {
    const w = toks[r - 1].w;
    const lw = bare(w);
    if (k.roleWords.has(lw) || k.honorifics.has(lw) || /^\p{Lu}/u.test(w) || (/^[\p{L}’']+$/u.test(w) && (PREPOSITIONS.has(lw) || k.articles.has(lw) || /^[dl][’']/iu.test(w)) && r - 1 > 0)) r--;
    else break;
  }
  while (r < a && (k.articles.has(toks[r].w.toLowerCase()) || PREPOSITIONS.has(toks[r].w.toLowerCase()) || /^(?:pour|for|para|für|selon|according|laut|según)$/i.test(toks[r].w))) r++;
  let hon = a;
  while (hon > r && k.honorifics.has(bare(toks[hon - 1].w))) hon--;
  const titleBefore = r < hon ? text(head, toks, r, hon) : '';
  const beforeIsRole = titleBefore && toks.slice(r, hon).some((t) => isRoleWord(t.w, k) || /^\p{Lu}[\p{Lu}\p{N}&-]+$/u.test(t.w));
  // A title and a surname ("Secrétaire Général Stock") is a form of the name; a title before a full name is not.
  const form = text(head, toks, beforeIsRole && b - a === 1 ? r : hon, b);
  const afterName = toks.slice(b).filter((t) => /\p{L}/u.test(t.w));
  let role: string | null = beforeIsRole ? titleBefore : null;
  if (!role && tail && afterName.length === 0) role = roleAfter(tail, k);
  if (role && role.length > 200) role = role.slice(0, 200);
  return { name, form, role, pronoun: false, organization: false };
}

/**
 * An organisation that opens a sentence as its subject ("The Chicago Tribune
 * highlighted …", "Die Stiftung Mercator …"): capitalised words, one of them
 * an organisation word.
 */
export function readOrganizationSubject(sentence: string, lang: LanguageTable): Mention | null {
  const k = knowledge(lang);
  const m = /^\s*(?:(?:[Tt]he|[Ll]a|[Ll]e|[Ll][’']|[Ee]l|[Ll]os|[Ll]as|[Dd]er|[Dd]ie|[Dd]as)\s*)?((?:\p{Lu}[\p{L}\p{N}’'&-]*\s+(?:(?:of|de|du|des|del|für)\s+)?){0,5}\p{Lu}[\p{L}\p{N}’'&-]*)/u.exec(sentence);
  if (!m) return null;
  const words = m[1].split(/\s+/);
  if (!words.some((w) => isOrganizationWord(w)) || words.some((w) => k.pronouns.has(w.toLowerCase()))) return null;
  const name = m[1].replace(/[’']s$/u, '');
  return { name, form: name, role: null, pronoun: false, organization: true };
}

/** Where and when a role spoke, after the role ("la cheffe du DFJP à l’issue de la rencontre"). */
const CIRCUMSTANCE = /\s(?:à l[’']issue|lors|après|avant|pendant|devant|during|after|before|following|at the end|in an? |nach|während|vor|durante|tras|ante|al final)(?![\p{L}]).*$/su;

function stripArticle(s: string, k: NameKnowledge): string {
  const t = s.trim().replace(/[.,;:]+$/, '');
  const m = /^(\S+?)(?:\s+|(?<=['’]))/u.exec(t);
  if (m && k.articles.has(m[1].toLowerCase())) return t.slice(m[0].length).trim();
  return t;
}

/**
 * The organisation a role names: an acronym or name that the title is built
 * on ("HKTDC Research Director", "FiBL-Direktor", "CPD’s Chief of Detectives"),
 * else an acronym or capitalised name after "of", "at", "de l’" (the first
 * such phrase, or the acronym that ends it: "Jefe Global de Ventas de OCEAN"),
 * or a lower-case organisation noun ("ministère des …").
 */
export function organizationOf(role: string, lang: LanguageTable): string | null {
  const r = role.trim();
  const k = knowledge(lang);
  const lead = /^(\p{Lu}[\p{Lu}\p{N}&]{1,9}|\p{Lu}[\p{L}\p{N}&]+)(?:[’']s\s+|-|\s+)(\p{L}[\p{L}-]*)/u.exec(r);
  if (lead && isRoleWord(lead[2], k) && (/^\p{Lu}[\p{Lu}\p{N}&]+$/u.test(lead[1]) || /[’']s\s|-/u.test(r.slice(lead[1].length, lead[1].length + 3)))) return lead[1];
  const nouns = new Set(lang.orgNouns);
  const found: { at: number; rest: string; rank: number }[] = [];
  for (const [rank, p] of lang.orgPrepositions.entries()) {
    const re = new RegExp(`(?:^|\\s)${escape(p)}${/['’]$/.test(p) ? '' : '\\s+'}`, 'giu');
    for (let m = re.exec(r); m; m = re.exec(r)) {
      let rest = r.slice(m.index + m[0].length).trim().replace(/[.,;]+$/, '');
      rest = rest.replace(/^(?:the|la|le|el|los|las|der|die|das)\s+/i, '');
      const first = rest.split(/\s+/)[0] ?? '';
      // "Secrétaire d’État auprès du ministère …": a title's own complement is not its organisation.
      if (!(/^[\p{Lu}\p{N}]/u.test(first) || nouns.has(first.toLowerCase())) || isRoleWord(first, k)) continue;
      found.push({ at: m.index, rest: cutOrganization(rest, k), rank });
    }
  }
  if (found.length) {
    found.sort((x, y) => x.at - y.at || y.rest.length - x.rest.length);
    const last = found[found.length - 1].rest;
    if (found.length > 1 && /^\p{Lu}[\p{Lu}\p{N}&-]+$/u.test(last) && found[0].rest.endsWith(last)) return last;
    // "Vice President of Operations at Harbor Logistics": in a chain of phrases, the employer comes after "at", "chez", "bei".
    const employer = found.find((f) => f !== found[0] && found[0].rest.endsWith(f.rest) && lang.employerPrepositions.includes(lang.orgPrepositions[f.rank]));
    return (employer ?? found[0]).rest;
  }
  const acronym = /\b(\p{Lu}[\p{Lu}\p{N}&]{1,9})\b/u.exec(r);
  return acronym ? acronym[1] : null;
}

/** An organisation's name ends before a second title ("… and Chair of …") or a clause (", host country of …"). */
function cutOrganization(rest: string, k: NameKnowledge): string {
  const words = rest.split(/\s+/);
  for (let i = 1; i < words.length - 1; i++) {
    if (/^(?:and|et|y|und)$/.test(words[i]) && isRoleWord(words[i + 1], k)) return words.slice(0, i).join(' ');
  }
  return rest.replace(/,\s+\p{Ll}.*$/su, '');
}

/** A title word, alone or in a compound ("Direktor", "FiBL-Direktor", "médecin-chef"). */
export function isRoleWord(w: string, k: NameKnowledge): boolean {
  const b = bare(w);
  if (k.roleWords.has(b) || (b.includes('-') && b.split('-').some((part) => k.roleWords.has(part)))) return true;
  // German compounds end on their title ("Landesvorständin", "Verbandsdirektorin").
  return k.compoundRoles && b.length >= 9 ? k.longRoles.some((r) => b.endsWith(r)) : false;
}

export function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
