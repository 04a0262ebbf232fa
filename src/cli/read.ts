import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { readFileSync, statSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Why an input could not be read as text. */
export type InputErrorCode = 'not-found' | 'is-directory' | 'permission' | 'binary' | 'too-large' | 'unreadable';

export class InputError extends Error {
  constructor(
    readonly code: InputErrorCode,
    readonly path: string,
    message: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}

/** Text read from bytes, with what the reader had to guess. */
export interface Decoded {
  text: string;
  bytes: number;
  sha256: string;
  encoding: string;
  warnings: { rule: string; message: string; line: null }[];
}

type Chardet = typeof import('chardet');
type Iconv = typeof import('iconv-lite');
let loaded: { chardet: Chardet; iconv: Iconv } | null = null;

/** chardet and iconv-lite, loaded the first time a file is not UTF-8 (or an encoding is forced): most runs never need them. */
function legacy(): { chardet: Chardet; iconv: Iconv } {
  if (!loaded) {
    const require = createRequire(import.meta.url);
    loaded = { chardet: require('chardet') as Chardet, iconv: require('iconv-lite') as Iconv };
  }
  return loaded;
}

/** Legacy encodings a guess may land on for releases in French, English, Spanish and German. */
const LEGACY = new Set(['windows-1252', 'iso-8859-1', 'iso-8859-15', 'windows-1250', 'iso-8859-2', 'macintosh']);

/** Whether iconv-lite knows an encoding name (for --encoding). */
export function encodingExists(name: string): boolean {
  return legacy().iconv.encodingExists(name);
}

/**
 * Bytes to text: an encoding the user forced (--encoding), else UTF-8 (BOM
 * dropped), UTF-16 with a BOM, and otherwise the legacy encoding chardet
 * guesses among those of Western European text (Windows-1252 when it cannot
 * tell), decoded by iconv-lite, with a warning naming the guess. Bytes that
 * are not text are refused.
 */
export function decode(buf: Uint8Array, path: string, forced?: string): Decoded {
  const sha256 = createHash('sha256').update(buf).digest('hex');
  const base = { bytes: buf.length, sha256, warnings: [] as Decoded['warnings'] };
  if (forced) return { ...base, text: legacy().iconv.decode(Buffer.from(buf), forced, { stripBOM: true }), encoding: forced };
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return { ...base, text: new TextDecoder('utf-16le').decode(buf.subarray(2)), encoding: 'utf-16le' };
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return { ...base, text: new TextDecoder('utf-16be').decode(buf.subarray(2)), encoding: 'utf-16be' };
  if (looksBinary(buf)) throw new InputError('binary', path, 'not text (binary data)');
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buf);
    return { ...base, text, encoding: 'utf-8' };
  } catch {
    const { chardet, iconv } = legacy();
    const guess = chardet.analyse(buf).find((c) => LEGACY.has(c.name.toLowerCase()))?.name.toLowerCase() ?? 'windows-1252';
    const text = iconv.decode(Buffer.from(buf), guess);
    return { ...base, text, encoding: guess, warnings: [{ rule: 'legacy-encoding', message: `not valid UTF-8: read as ${guess} (a guess; --encoding forces another)`, line: null }] };
  }
}

/** NUL bytes, or many control characters, in the first 8 KB. */
function looksBinary(buf: Uint8Array): boolean {
  const n = Math.min(buf.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i];
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return n > 0 && control / n > 0.1;
}

/**
 * Read one file as text, with typed errors. The reads are synchronous: a
 * worker thread does nothing else meanwhile, and a run of one file has
 * nothing to overlap them with.
 */
export async function readInput(path: string, maxBytes: number, encoding?: string): Promise<Decoded> {
  let size: number;
  try {
    const s = statSync(path);
    if (s.isDirectory()) throw new InputError('is-directory', path, 'is a folder, not a file');
    size = s.size;
  } catch (e) {
    throw toInputError(e, path);
  }
  if (size > maxBytes) throw new InputError('too-large', path, `too large (${size} bytes; the limit is ${maxBytes}, see --max-bytes)`);
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch (e) {
    throw toInputError(e, path);
  }
  if (buf.length > maxBytes) throw new InputError('too-large', path, `too large (${buf.length} bytes; the limit is ${maxBytes}, see --max-bytes)`);
  return decode(buf, path, encoding);
}

function toInputError(e: unknown, path: string): InputError {
  if (e instanceof InputError) return e;
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new InputError('not-found', path, 'no such file');
  if (code === 'EACCES' || code === 'EPERM') return new InputError('permission', path, 'permission denied');
  if (code === 'EISDIR') return new InputError('is-directory', path, 'is a folder, not a file');
  if (code === 'ELOOP') return new InputError('unreadable', path, 'too many symbolic links (a loop)');
  return new InputError('unreadable', path, `cannot be read (${code ?? (e instanceof Error ? e.message : String(e))})`);
}

/** The files under a folder with one of the extensions, sorted, as paths joined to the folder argument. */
export async function walk(dir: string, exts: readonly string[], seen = new Set<string>()): Promise<string[]> {
  const out: string[] = [];
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    throw toInputError(e, dir);
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  // Every folder walked is remembered, so that a link back to one (a loop) is not walked again.
  try {
    const here = await stat(dir);
    seen.add(`${here.dev}:${here.ino}`);
  } catch {
    // reading the entries worked; the folder is walked without the check
  }
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(p, exts, seen)));
    else if (e.isSymbolicLink()) {
      try {
        const s = await stat(p);
        const id = `${s.dev}:${s.ino}`;
        if (s.isDirectory()) {
          if (seen.has(id)) continue;
          seen.add(id);
          out.push(...(await walk(p, exts, seen)));
        } else if (exts.some((x) => e.name.toLowerCase().endsWith(x))) out.push(p);
      } catch {
        if (exts.some((x) => e.name.toLowerCase().endsWith(x))) out.push(p); // a broken link (a file gone): reading it reports the problem
      }
    } else if (exts.some((x) => e.name.toLowerCase().endsWith(x))) out.push(p);
  }
  return out;
}

/** Read a whole stream as bytes. */
export async function readStream(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks);
}
