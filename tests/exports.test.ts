import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import { root } from './helpers.js';

describe('public API', () => {
  it('exports exactly these names, so the API grows on purpose', () => {
    expect(Object.keys(api).sort()).toEqual(['TOOL_NAME', 'TOOL_VERSION', 'createProcessor', 'extract', 'languageCodes', 'languages', 'toJson', 'toMarkdown', 'toMdast', 'toText']);
  });
  it('has the name and version of package.json', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect([api.TOOL_NAME, api.TOOL_VERSION]).toEqual([pkg.name, pkg.version]);
  });
  it('extract never throws, whatever it is given', () => {
    for (const input of ['', ' \n ', '«', '»«»«', '\u0000', 'x'.repeat(10000), '"'.repeat(5000), undefined as unknown as string]) {
      expect(() => api.extract(input)).not.toThrow();
    }
    expect(api.extract('').warnings.map((w) => w.rule)).toContain('empty-input');
  });
});
