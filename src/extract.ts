import type { Processor } from 'unified';
import type { Root } from 'mdast';
import { VFile } from 'vfile';
import { createProcessor, type ReleaseData } from './pipeline.js';
import { TOOL_NAME, TOOL_VERSION } from './version.js';
import type { ExtractOptions, Release } from './types.js';

const processors = new Map<string, Processor<Root, Root, Root, undefined, undefined>>();

function processorFor(options: ExtractOptions): Processor<Root, Root, Root, undefined, undefined> {
  const key = `${options.language ?? 'auto'}|${options.markdown ?? ''}`;
  let p = processors.get(key);
  if (!p) {
    p = createProcessor({ language: options.language, markdown: options.markdown }).freeze();
    processors.set(key, p);
  }
  return p;
}

function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/**
 * Extract the structured record of one press release from its text.
 * Never throws: a failure inside a stage gives a record with the text as
 * body and an `internal-error` warning.
 */
export function extract(text: string, options: ExtractOptions = {}): Release {
  const input = typeof text === 'string' ? text : String(text ?? '');
  const source = {
    path: options.source?.path ?? null,
    bytes: options.source?.bytes ?? utf8Length(input),
    sha256: options.source?.sha256 ?? null,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
  };
  try {
    const file = new VFile({ value: input });
    const p = processorFor(options);
    const tree = p.parse(file);
    p.runSync(tree, file);
    return toRelease(file.data.release as ReleaseData, source, input);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      schemaVersion: 1,
      source,
      language: options.language && options.language !== 'auto' ? options.language : 'en',
      title: null,
      subtitle: null,
      date: null,
      dateline: null,
      speakers: [],
      quotes: [],
      cooperationAreas: [],
      captions: [],
      body: input.split(/\r\n?|\n/).map((l) => l.trim()).filter(Boolean),
      removed: [],
      warnings: [{ rule: 'internal-error', message: `Extraction failed, the text is given as body: ${message}`, line: null }],
    };
  }
}

function toRelease(d: ReleaseData, source: Release['source'], input: string): Release {
  const warnings = [...d.warnings];
  if (!input.trim()) warnings.push({ rule: 'empty-input', message: 'The input holds no text', line: null });
  return {
    schemaVersion: 1,
    source,
    language: d.language,
    title: d.title,
    subtitle: d.subtitle,
    date: d.date,
    dateline: d.dateline,
    speakers: d.speakers,
    quotes: d.quotes,
    cooperationAreas: d.cooperationAreas,
    captions: d.captions,
    body: d.body.map((b) => b.text.text),
    removed: d.removed.sort((a, b) => a.line - b.line),
    warnings,
  };
}
