import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { mapped, replace, type Mapped } from '../mapped.js';

/**
 * Normalise raw release text, keeping a map back to the input:
 * BOM off, CRLF/CR/form feed to LF, HTML entities decoded ("&amp;" is "&"),
 * invisible characters (soft hyphen, zero-width space) off, Unicode NFC,
 * and lines of white space only (non-breaking spaces too) made empty.
 */
export function normalizeText(input: string): Mapped {
  let m = mapped(input, 0);
  m = replace(m, /^\ufeff|\r\n?|[\f\v\u2028\u2029\u0085]/g, (x) => (x[0] === '\ufeff' ? '' : '\n'));
  m = replace(m, /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/g, decodeEntity);
  m = replace(m, /[\u00ad\u200b\u200c\u200d\u2060\ufeff]/g, () => '');
  if (m.text.normalize('NFC') !== m.text) {
    m = replace(m, /\P{M}\p{M}+/gu, (x) => x[0].normalize('NFC'));
    // Compositions that involve no combining mark (Hangul jamo): give up the fine map for them.
    if (m.text.normalize('NFC') !== m.text) m = { text: m.text.normalize('NFC'), segs: m.segs };
  }
  m = replace(m, /^[ \t\u00a0\u202f\u2007\u2009\u200a\u3000]+$/gm, () => '');
  return m;
}

function decodeEntity(x: RegExpExecArray): string {
  if (x[1] !== undefined || x[2] !== undefined) {
    const code = x[1] !== undefined ? Number.parseInt(x[1], 10) : Number.parseInt(x[2], 16);
    if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
    return String.fromCodePoint(code);
  }
  const named = decodeNamedCharacterReference(x[3]);
  return named === false ? x[0] : named;
}
