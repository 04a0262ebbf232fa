import { formLines, notReleaseLines } from '../lang/pages.js';
import type { Warning } from '../types.js';
import type { Line } from './lines.js';

const BOT = new RegExp(notReleaseLines.join('|'), 'iu');
const FORM = new RegExp(formLines.join('|'), 'iu');

/**
 * Whether the text is a release at all. A bot check or access wall, or a page
 * without one sentence of prose (a sign-up form), still gives a record, with
 * a `not-a-release` warning saying why; nothing is taken out for it.
 */
export function assessRelease(lines: readonly Line[], body: readonly string[]): Warning | null {
  const bot = lines.find((l) => l.text.text.length <= 300 && BOT.test(l.text.text));
  if (bot) return { rule: 'not-a-release', message: 'this page is a bot check or an access wall, not a release', line: bot.no };
  const prose = body.some((t) => (t.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0) >= 10 && /[.!?…»”"]/.test(t));
  if (prose || !lines.some((l) => l.text.text)) return null;
  const form = lines.filter((l) => FORM.test(l.text.text)).length >= 2;
  return { rule: 'not-a-release', message: form ? 'this page is a sign-up form, not a release' : 'no sentence of prose: this page may not be a release', line: null };
}
