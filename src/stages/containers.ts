import { pieceAt } from './lines.js';

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Which of a list of texts hold a given string: the look-up behind pull
 * quotes (a line repeating a longer one) and repeated quotes. A text that
 * holds a needle holds each of the needle's inner words (a word with a
 * boundary inside the needle on both sides) as a whole word, so for a large
 * list only the texts that hold the needle's rarest inner word are compared.
 * Where that word is in hundreds of texts, or the needle has no inner word,
 * all the texts are searched at once, within a budget of characters searched
 * (past it, nothing more is found). Small lists are always searched whole:
 * a release of usual size pays for no index, and one with 100,000 quotes or
 * lines costs no more per look-up than one with four.
 */
export class Containers {
  private joined: string | null = null;
  private starts: number[] = [];
  private holders: Map<string, number[]> | null = null;
  private budget = 50_000_000;

  constructor(private readonly texts: readonly string[]) {}

  /** The indices of the texts that hold `needle`, in order, each once. */
  find(needle: string): number[] {
    if (!needle) return [];
    const all = this.all();
    // Few texts, or few characters: one search over them all is cheapest.
    if (this.texts.length > 64 && all.length > 20_000) {
      const inner = innerWords(needle);
      if (inner.length) {
        const holders = this.index();
        let rarest: number[] | undefined;
        for (const w of inner) {
          const list = holders.get(w) ?? [];
          if (!rarest || list.length < rarest.length) rarest = list;
        }
        if (rarest!.length <= 256) return rarest!.filter((i) => this.texts[i].includes(needle));
      }
      if ((this.budget -= all.length) < 0) return [];
    }
    const out: number[] = [];
    for (let at = all.indexOf(needle); at >= 0; at = all.indexOf(needle, at + 1)) {
      const i = pieceAt(this.starts, at);
      if (out[out.length - 1] !== i) out.push(i);
    }
    return out;
  }

  private all(): string {
    if (this.joined === null) {
      let all = '';
      for (const t of this.texts) {
        this.starts.push(all.length);
        all += `${t}\u0000`;
      }
      this.joined = all;
    }
    return this.joined;
  }

  private index(): Map<string, number[]> {
    if (!this.holders) {
      const holders = new Map<string, number[]>();
      this.texts.forEach((t, i) => {
        for (const m of t.matchAll(WORD)) {
          const list = holders.get(m[0]);
          if (!list) holders.set(m[0], [i]);
          else if (list[list.length - 1] !== i) list.push(i);
        }
      });
      this.holders = holders;
    }
    return this.holders;
  }
}

/** The words of `s` with a boundary inside `s` on both sides. */
function innerWords(s: string): string[] {
  const out: string[] = [];
  for (const m of s.matchAll(WORD)) if (m.index > 0 && m.index + m[0].length < s.length) out.push(m[0]);
  return out;
}
