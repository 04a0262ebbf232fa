import type { LanguageTable } from '../lang/index.js';
import { wordCount } from './lines.js';
import { escape, knowledge, readOrganizationSubject, sentences, readSpeakerAfter, readSpeakerBefore, readSubject, type Mention } from './names.js';

/** A quoted span in a paragraph: marks at `open` and `close` (close -1 when the paragraph ends inside it). */
export interface Span {
  open: number;
  close: number;
  mark: string;
}

const OPENERS: Record<string, string[]> = {
  '«': ['»'],
  '“': ['”', '"', '“'],
  '„': ['“', '”', '"'],
  '"': ['"', '”'],
  '‹': ['›'],
  '‚': ['‘', '’'],
  '»': ['«'],
};
const CLOSERS = new Set(['»', '”', '"', '“', '›', '‘', '’', '«']);
/** Every opening or closing mark, to jump from one to the next. */
const MARKS = /[«»“”„"‹›‚‘’]/g;

function isSpaceOrStart(c: string | undefined): boolean {
  return c === undefined || /[\s([{\-–—/:;,]/u.test(c);
}
function isSpaceOrEnd(c: string | undefined): boolean {
  return c === undefined || /[\s)\]}.,;:!?…\-–—/]/u.test(c);
}

/**
 * The top-level quoted spans of a paragraph, in order. Marks pair with
 * their own kind (« », “ ”, „ “, " ", ‹ ›, ‚ ‘, and German » «); a closing
 * mark of another kind ends “ … " too. Inner quotes stay inside. An opening
 * mark that never closes is reported with close -1 only when nothing follows
 * it that could close, so a stray mark never swallows more than its paragraph.
 */
export function findSpans(t: string): Span[] {
  const spans: Span[] = [];
  const stack: { mark: string; at: number }[] = [];
  MARKS.lastIndex = 0;
  for (let mk = MARKS.exec(t); mk; mk = MARKS.exec(t)) {
    const i = mk.index;
    const c = t[i];
    const prev = t[i - 1];
    const next = t[i + 1];
    const top = stack[stack.length - 1];
    // Close the innermost open quote when this mark can close it.
    if (top && OPENERS[top.mark].includes(c) && !(c === top.mark && c !== '"' && c !== '“' && c !== '»') && (prev !== undefined && !/\s/.test(prev) || c === '»' || c === '«' || c === '›') && (isSpaceOrEnd(next) || c === '»' || c === '«' || /["”»’]/.test(next ?? ''))) {
      stack.pop();
      if (stack.length === 0) spans.push({ open: top.at, close: i, mark: top.mark });
      continue;
    }
    if (top && c === '"' && top.mark !== '"' && isSpaceOrEnd(next) && prev !== undefined && !/\s/.test(prev)) {
      // A straight mark closing a curly quote of another kind at the top level.
      if (stack.length === 1 && (top.mark === '“' || top.mark === '„')) {
        stack.pop();
        spans.push({ open: top.at, close: i, mark: top.mark });
      }
      continue;
    }
    if (c in OPENERS) {
      if (c === '»' && !(isSpaceOrStart(prev) && next !== undefined && /\p{L}/u.test(next))) continue;
      if (c === '"' && !(isSpaceOrStart(prev) || /[«“„(*_]/.test(prev ?? ''))) continue;
      if (c === '‚' && !isSpaceOrStart(prev)) continue;
      if (stack.length >= 6) continue;
      stack.push({ mark: c, at: i });
    }
  }
  if (stack.length) spans.push({ open: stack[0].at, close: -1, mark: stack[0].mark });
  return spans;
}

/** Which rule found a speaker, and how sure it is. */
export const RULES = {
  'cue-after': 0.9,
  'cue-before': 0.85,
  colon: 0.8,
  'dash-line': 0.8,
  'according-to': 0.8,
  split: 0.8,
  pronoun: 0.7,
  continuation: 0.6,
  headline: 0.6,
  'in-sentence': 0.6,
  none: 0,
} as const;
export type RuleId = keyof typeof RULES;

/** A quote found in the paragraphs, before its speaker is resolved to a person. */
export interface RawQuote {
  text: string;
  /** Paragraph index and character range of the text inside the marks, per paragraph it runs over. */
  pieces: { paragraph: number; start: number; end: number }[];
  mention: Mention | null;
  cue: string | null;
  rule: RuleId;
}

interface Cues {
  cue: RegExp;
  after: RegExp;
  afterPronoun: RegExp;
  subjectThenCue: RegExp;
  beforeColon: RegExp;
  according: RegExp;
  notQuote: RegExp;
  namedThing: RegExp;
  /** A cue at the very start of a text. */
  cueAtStart: RegExp;
}

/**
 * A regular-expression alternation of phrases, factored so that it stays
 * small: phrases that end on the same set of words share one group
 * ("(?:(?:has|had|also) )?(?:said|added|…)" rather than every product of
 * auxiliary and verb). The cue tables hold hundreds of forms, and the size
 * of a pattern is what it costs to compile on a run's first release.
 */
export function compactAlternation(phrases: readonly string[]): string {
  const esc = (x: string) => escape(x).replace(/’/g, "['’]");
  const byHead = new Map<string, Set<string>>();
  for (const p of new Set(phrases)) {
    const cut = p.lastIndexOf(' ');
    const head = cut < 0 ? '' : p.slice(0, cut);
    const last = cut < 0 ? p : p.slice(cut + 1);
    if (!byHead.has(head)) byHead.set(head, new Set());
    byHead.get(head)!.add(last);
  }
  // Heads with the same set of last words form one group.
  const groups = new Map<string, { heads: string[]; lasts: string[] }>();
  for (const [head, lasts] of byHead) {
    const sorted = [...lasts].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    const key = sorted.join('|');
    if (!groups.has(key)) groups.set(key, { heads: [], lasts: sorted });
    groups.get(key)!.heads.push(head);
  }
  const parts = [...groups.values()].map(({ heads, lasts }) => {
    const words = `(?:${lasts.map(esc).join('|')})`;
    const named = heads.filter(Boolean).sort((a, b) => b.length - a.length).map(esc);
    if (!named.length) return { text: words, len: 0 };
    const prefix = `(?:${named.join('|')})\\s+`;
    return { text: heads.includes('') ? `(?:${prefix})?${words}` : `${prefix}${words}`, len: Math.max(...heads.map((h) => h.length)) };
  });
  // Longer heads first, so that "a également déclaré" is not cut to "a".
  return parts.sort((a, b) => b.len - a.len).map((p) => p.text).join('|');
}

const cueCache = new WeakMap<LanguageTable, Cues>();
function cues(lang: LanguageTable): Cues {
  let c = cueCache.get(lang);
  if (c) return c;
  const alt = (xs: string[]) => [...new Set(xs)].sort((a, b) => b.length - a.length).map((x) => escape(x).replace(/’/g, "['’]")).join('|');
  const cue = compactAlternation(lang.cues);
  const pcue = alt(lang.pronounCues.length ? lang.pronounCues : ['\u0000']);
  const pron = alt(lang.pronouns);
  c = {
    cue: new RegExp(`(?<![\\p{L}-])(?:${cue})(?![\\p{L}-])`, 'giu'),
    // "», a souligné Lukáš Parízek, …" / ",” said George McAllan, …"
    after: new RegExp(`^[\\s,.;:!?…]*(?:[–—-]\\s*)?(${cue})(?![\\p{L}-])[\\s,]+(?:(?:encore|également|aussi|ensuite|enfin|alors|also|then|further|later|today|earlier|además|también|weiter|auch)\\s+)?(.+)$`, 'isu'),
    afterPronoun: new RegExp(`^[\\s,.;:!?…]*(?:(${pcue})|(?:(${pron})\\s+(${cue})))(?![\\p{L}-])`, 'iu'),
    // "“…,” McAfee said." / "», so Müller." handled by after; here the subject comes first.
    subjectThenCue: new RegExp(`^[\\s,.;:!?…]*(?:[–—-]\\s*)?((?:[^.!?«»“”„"]|(?<=(?:^|[\\s(])\\p{Lu}\\p{Ll}{0,3})\\.){1,160}?)\\s+(${cue})(?![\\p{L}-])`, 'iu'),
    beforeColon: new RegExp(`(?:${cue})(?![\\p{L}-])[^.!?«»“”„"]{0,40}?(?:\\s+que|\\s+that|\\s+dass)?\\s*[:,]?\\s*$`, 'iu'),
    according: new RegExp(`(?:^|[\\s,(])(?:${alt(lang.accordingTo)})\\s+(.+)$`, 'iu'),
    cueAtStart: new RegExp(`^(?:${cue})`, 'iu'),
    namedThing: new RegExp(`(?:^|[\\s(’'])(?:${alt(lang.notQuoteBefore)})(?![\\p{L}])`, 'iu'),
    notQuote: new RegExp(`(?:^|[\\s(])(?:${alt(lang.notQuoteBefore)})\\s*[:,]?\\s*(?:(?:the|la|le|l[’']|el|der|die|das|du|de|des|a|an|un|une)\\s+)?$`, 'iu'),
  };
  cueCache.set(lang, c);
  return c;
}

/** The text after a quote's closing mark, up to the next opening mark. */
function afterText(t: string, close: number, next: Span | undefined): string {
  return t.slice(close + 1, next ? next.open : t.length);
}

/** The text of the sentence before a quote's opening mark, after the previous quote. */
function beforeText(t: string, open: number, prev: Span | undefined): string {
  return t.slice(prev ? prev.close + 1 : 0, open);
}

/** True when the quoted words read as a quote, not a title, a term or a scare quote. */
export function looksLikeQuote(inner: string, before: string, lang: LanguageTable): boolean {
  const words = wordCount(inner);
  if (words < 3) return false;
  if (cues(lang).notQuote.test(before.slice(-40))) return false;
  const ended = /[.!?…]\s*$/.test(inner) || /[.!?…,]$/.test(inner.trim());
  if (words < 5 && !ended) return false;
  // "Le titre de l'étude se veut neutre : « … »", "le rapport de l'Inspection générale sur « … »": a name that the sentence announces, with no cue.
  if (!ended && words <= 25) {
    const sentence = before.split(/[.!?…]\s+/).at(-1) ?? before;
    const c = cues(lang);
    c.cue.lastIndex = 0;
    if (c.namedThing.test(sentence) && !c.cue.test(sentence)) return false;
  }
  // Title case without a verb-like ending: a report's, a guide's or an award's name.
  const long = inner.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  const caps = long.filter((w) => /^\p{Lu}/u.test(w)).length;
  if (!ended && long.length >= 2 && caps / long.length >= 0.75) return false;
  return true;
}

/**
 * Find every direct quote in the paragraphs and say who the text attributes
 * it to, by the first rule that applies: a cue after the quote ("», a
 * souligné X"), a subject and cue after it ("McAfee said"), a pronoun cue
 * ("explique-t-il"), a cue and a colon before it ("X a déclaré :"), "selon X",
 * a dash line ("» - Secrétaire Général Stock"), the cue of a quote it was split
 * from, a cue in the same sentence (a partial quote), the previous paragraph's
 * colon, or the previous quote's speaker for a quote that stands alone.
 */
export function findQuotes(paragraphs: readonly string[], lang: LanguageTable): RawQuote[] {
  const c = cues(lang);
  const out: RawQuote[] = [];
  let carry: RawQuote | null = null; // a quote still open at the end of a paragraph
  let carryMark = '';
  let lastSpoken: RawQuote | null = null;
  let lastParagraphWithQuote = -10;
  for (let p = 0; p < paragraphs.length; p++) {
    const t = paragraphs[p];
    const spans = findSpans(t);
    if (carry) {
      const first = spans[0];
      if (first && t.slice(0, first.open).trim() === '') {
        // The quote reopens at the head of this paragraph: one quote over several paragraphs.
        const end = first.close < 0 ? t.length : first.close;
        const piece = trimPiece(t, first.open + 1, end);
        carry.pieces.push({ paragraph: p, ...piece });
        carry.text += ' ' + t.slice(piece.start, piece.end);
        if (first.close >= 0) {
          spans.shift();
          finishAttribution(carry, t, first.close, spans[0], c, lang);
          carry = null;
          if (!spans.length) continue;
        } else {
          continue;
        }
      } else {
        // The quote goes on without reopening and closes in this paragraph ("… nativement.¶ node.js … préfèrent », précise X").
        const close = strayCloser(t, carryMark, first ? first.open : t.length);
        if (close >= 0) {
          const piece = trimPiece(t, 0, close);
          carry.pieces.push({ paragraph: p, ...piece });
          carry.text += ' ' + t.slice(piece.start, piece.end);
          const rest = spans.filter((x) => x.open > close);
          finishAttribution(carry, t, close, rest[0], c, lang);
          spans.splice(0, spans.length, ...rest);
        }
        carry = null;
        if (!spans.length) continue;
      }
    }
    for (let k = 0; k < spans.length; k++) {
      const s = spans[k];
      const prev = spans[k - 1];
      const next = spans[k + 1];
      const end = s.close < 0 ? t.length : s.close;
      const piece = trimPiece(t, s.open + 1, end);
      const inner = t.slice(piece.start, piece.end);
      const before = beforeText(t, s.open, prev);
      if (s.close < 0) {
        // Open to the end of the paragraph: a quote only when it opens the paragraph (it may go on in the next).
        const reopens = /^\s*[«“„"‹]/.test(paragraphs[p + 1] ?? '');
        if ((t.slice(0, s.open).trim() !== '' && !reopens) || wordCount(inner) < 3) continue;
      } else if (!looksLikeQuote(inner, before, lang) || inList(t, s, prev, next, inner)) continue;
      const q: RawQuote = { text: inner, pieces: [{ paragraph: p, ...piece }], mention: null, cue: null, rule: 'none' };
      if (s.close < 0) {
        carry = q;
        carryMark = s.mark;
        out.push(q);
        attributeBefore(q, before, c, lang);
        if (q.rule === 'none' && p > 0) attributeFromIntro(q, paragraphs[p - 1], lang);
        if (q.rule === 'none' && lastSpoken && p - lastParagraphWithQuote <= 2) {
          q.mention = lastSpoken.mention;
          q.rule = 'continuation';
        }
        continue;
      }
      finishAttribution(q, t, s.close, next, c, lang);
      if (q.rule === 'none') attributeBefore(q, before, c, lang);
      if (q.rule === 'none' && prev && out.length && out[out.length - 1].pieces.at(-1)?.paragraph === p && out[out.length - 1].rule !== 'none') {
        const between = t.slice(prev.close + 1, s.open);
        if (between.length < 300) {
          q.mention = out[out.length - 1].mention;
          q.cue = out[out.length - 1].cue;
          q.rule = 'split';
        }
      }
      const opensParagraph = /^[\s.,;:–—-]*$/.test(t.slice(0, s.open));
      if (q.rule === 'none' && opensParagraph && p > 0) attributeFromIntro(q, paragraphs[p - 1], lang);
      if (q.rule === 'none' && !next && afterText(t, s.close, undefined).trim() === '' && p + 1 < paragraphs.length) attributeFromNextLine(q, paragraphs[p + 1], c, lang);
      if (q.rule === 'none' && opensParagraph && lastSpoken && p - lastParagraphWithQuote <= 2) {
        q.mention = lastSpoken.mention;
        q.rule = 'continuation';
      }
      out.push(q);
      if (q.rule !== 'none') {
        lastSpoken = q;
        lastParagraphWithQuote = p;
      }
    }
    if (out.length && out[out.length - 1].pieces.some((x) => x.paragraph === p) && out[out.length - 1].rule !== 'none') {
      lastSpoken = out[out.length - 1];
      lastParagraphWithQuote = p;
    }
  }
  return out;
}

const LIST_GAP = /^[\s,;]*(?:(?:or|and|ou|et|o|y|oder|und)\s*)?$/u;

/** A few quoted words in a run of quoted words ("“believe,” “will likely result,” “expect”"): a word list, not a quote. */
function inList(t: string, s: Span, prev: Span | undefined, next: Span | undefined, inner: string): boolean {
  if (wordCount(inner) > 5) return false;
  return (!!prev && LIST_GAP.test(t.slice(prev.close + 1, s.open))) || (!!next && LIST_GAP.test(t.slice(s.close + 1, next.open)));
}

/** The first closing mark for `mark` before `limit` that nothing in the paragraph opened, or -1. */
function strayCloser(t: string, mark: string, limit: number): number {
  const closers = OPENERS[mark] ?? [];
  for (let i = 0; i < limit; i++) {
    if (!closers.includes(t[i]) || i === 0) continue;
    if (/[«“„‹]/.test(t.slice(0, i))) return -1;
    if (isSpaceOrEnd(t[i + 1]) || /["”»’]/.test(t[i + 1] ?? '')) return i;
  }
  return -1;
}

function trimPiece(t: string, a: number, b: number): { start: number; end: number } {
  let s = a;
  let e = b;
  while (s < e && /\s/.test(t[s])) s++;
  while (e > s && /\s/.test(t[e - 1])) e--;
  return { start: s, end: e };
}

/** Attribution from what follows the closing mark. */
function finishAttribution(q: RawQuote, t: string, close: number, next: Span | undefined, c: Cues, lang: LanguageTable): void {
  const after = afterText(t, close, next);
  const pr = c.afterPronoun.exec(after);
  if (pr) {
    q.mention = { name: null, form: null, role: null, pronoun: true, organization: false };
    q.cue = (pr[1] ?? `${pr[2]} ${pr[3]}`).trim();
    q.rule = 'pronoun';
    return;
  }
  const a = c.after.exec(after);
  if (a) {
    const m = readSpeakerAfter(a[2], lang);
    if (m) {
      q.mention = m;
      q.cue = a[1];
      q.rule = m.pronoun ? 'pronoun' : 'cue-after';
      return;
    }
  }
  const sc = c.subjectThenCue.exec(after);
  // "…esencial». Núria Marín, presidenta …, ha añadido que «…»": a cue in the next sentence that opens the next quote is not this one's.
  const nextSentence = sc && /^\s*[.!?]/.test(after) && /^[\s,]*(?:que|that|dass|:)?[\s:]*(?:[«“„"‹]|$)/iu.test(after.slice(sc.index + sc[0].length));
  if (sc && !nextSentence) {
    const m = readSpeakerBefore(sc[1], lang);
    if (m && (m.name || m.pronoun || m.organization || m.role)) {
      q.mention = m;
      q.cue = sc[2];
      q.rule = m.pronoun ? 'pronoun' : 'cue-after';
      return;
    }
  }
  const dash = /^\s*[–—-]\s*([^.!?]{2,120})\s*$/u.exec(after);
  if (dash) {
    const m = readSpeakerAfter(dash[1], lang) ?? readSpeakerBefore(dash[1], lang);
    if (m) {
      q.mention = m;
      q.rule = 'dash-line';
      return;
    }
  }
  attributeAccordingTo(q, after.split(/[.!?](?:\s|$)/)[0], c, lang);
}

/** "selon X", "according to X", "según X", "laut X" in `text`. */
function attributeAccordingTo(q: RawQuote, text: string, c: Cues, lang: LanguageTable): boolean {
  const acc = c.according.exec(text);
  const m = acc ? readSpeakerAfter(acc[1], lang) : null;
  if (!acc || !m) return false;
  q.mention = m;
  q.cue = acc[0].trim().split(/\s+/)[0];
  q.rule = 'according-to';
  return true;
}

const PRONOUN: Mention = { name: null, form: null, role: null, pronoun: true, organization: false };

/** A cue that opens its sentence with no subject ("Enseguida puntualizó:", "Manifestó que"): the last speaker goes on. */
function noSubject(subject: string, cue: string, lang: LanguageTable): boolean {
  const { openers } = knowledge(lang);
  const words = subject.trim().split(/\s+/).filter(Boolean);
  if (/^[,;:]/.test(subject.trim())) return false;
  if (!words.length) return /^\p{Lu}/u.test(cue);
  return /^\p{Lu}/u.test(words[0]) && words.every((w) => openers.has(w.replace(/,$/, '').toLowerCase()));
}

/** Attribution from what stands before the opening mark in the same sentence. */
function attributeBefore(q: RawQuote, before: string, c: Cues, lang: LanguageTable): void {
  const sentence = sentences(before).at(-1) ?? before;
  const colon = c.beforeColon.exec(sentence);
  if (colon) {
    const subject = sentence.slice(0, colon.index);
    // "Said Glenn Yeffeth, Publisher:": the speaker follows a cue that opens the sentence.
    const tail = colon[0].replace(c.cueAtStart, '').replace(/(?:\s+(?:que|that|dass))?[\s:,]*$/iu, '');
    const m = readSpeakerBefore(subject, lang) ?? (noSubject(subject, colon[0], lang) ? (/\p{L}/u.test(tail) ? readSpeakerAfter(tail, lang) : PRONOUN) : null);
    if (m) {
      q.mention = m;
      q.cue = colon[0].replace(/[\s:,]+$/, '').replace(/\s+(?:que|that|dass)$/i, '');
      q.rule = m.pronoun ? 'pronoun' : 'cue-before';
      return;
    }
  }
  // "Name, Title:" before the quote, or a statement headline "X: «…»"
  const intro = /^(.{3,300}?):\s*$/su.exec(sentence.trim() + ' ');
  if (intro) {
    const m = readSubject(intro[1], lang);
    if (m?.name && !m.organization) {
      q.mention = m;
      q.rule = 'colon';
      return;
    }
  }
  if (attributeAccordingTo(q, sentence, c, lang)) return;
  // A partial quote inside a sentence whose subject speaks ("X a observé que … sert de « … »").
  c.cue.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = c.cue.exec(sentence); m; m = c.cue.exec(sentence)) last = m;
  const implicit = !!last && noSubject(sentence.slice(0, last.index), last[0], lang);
  if (last && (/^\p{Ll}/u.test(last[0]) || implicit)) {
    const m = readSpeakerBefore(sentence.slice(0, last.index), lang) ?? (implicit ? PRONOUN : readOrganizationSubject(sentence, lang));
    if (m && (m.name || m.pronoun)) {
      q.mention = m;
      q.cue = last[0];
      q.rule = 'in-sentence';
      return;
    }
  }
}

/** An attribution standing alone on the line after the quote ("State’s Attorney Burke said"). */
function attributeFromNextLine(q: RawQuote, line: string, c: Cues, lang: LanguageTable): void {
  const l = line.split(/[«“„"]/)[0];
  if (wordCount(l) > 14) return;
  finishAttribution(q, ' ' + l, -1, undefined, c, lang);
}

/**
 * The speaker a statement release's headline names ("Statement from District
 * Attorney Sean Teare on …", "Déclaration de la ministre X sur …"), or null.
 */
export function headlineSpeaker(title: string | null, lang: LanguageTable): Mention | null {
  if (!title) return null;
  const heads = lang.statementHeads.map(escape).join('|');
  const m = new RegExp(`(?:^|[\\s:–—-])(?:${heads})\\s+(.+)$`, 'iu').exec(title);
  if (!m) return null;
  const topics = lang.statementTopics.map(escape).join('|');
  const who = m[1].split(new RegExp(`\\s+(?:${topics})(?![\\p{L}])`, 'iu'))[0].replace(/[.:,;]+$/, '');
  const mention = readSpeakerAfter(who, lang);
  return mention && (mention.name || mention.role) && !mention.pronoun ? mention : null;
}

/** Attribution for a quote that opens its paragraph, from a paragraph before that ends with a colon. */
export function attributeFromIntro(q: RawQuote, previous: string, lang: LanguageTable): boolean {
  const c = cues(lang);
  const sentence = previous.split(/(?<=[.!?…])\s+/u).at(-1) ?? previous;
  if (!/:\s*$/.test(sentence)) return false;
  const colon = c.beforeColon.exec(sentence);
  const subject = colon ? sentence.slice(0, colon.index) : sentence.replace(/:\s*$/, '');
  const m = colon ? readSpeakerBefore(subject, lang) : readSubject(subject, lang);
  if (!m || !(m.name || m.pronoun || m.role)) return false;
  q.mention = m;
  q.cue = colon ? colon[0].replace(/[\s:,]+$/, '') : null;
  q.rule = colon ? 'cue-before' : 'colon';
  return true;
}
